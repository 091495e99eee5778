import { createApp } from '../../http/app.js'
import { hashPassword, randomPassword } from '../../http/password.js'
import { listen } from '../../http/server.js'
import { createLogger } from '../../log.js'
import type { Store } from '../../store/types.js'
import { COMMON_OPTIONS, UsageError, type Command, type Io } from '../command.js'
import type { ConfigKey } from '../config.js'
import { configFrom, DEFAULT_USER, openStore } from '../context.js'

const FLAG_TO_KEY: Record<string, ConfigKey> = {
  host: 'server.host',
  port: 'server.port',
  'base-path': 'server.base_path',
  'tls-cert': 'server.tls_cert',
  'tls-key': 'server.tls_key',
}

/** The server's writes wait this long for an import's lock (blocking), then retry asynchronously. */
const SERVER_BUSY_TIMEOUT_MS = 200

export const serveCommand: Command = {
  name: 'serve',
  summary: 'Serve the address books over CardDAV (default http://127.0.0.1:5232/).',
  usage: 'serve [options]',
  options: {
    host: { type: 'string', value: 'ADDR', help: 'address to listen on (config: server.host, default 127.0.0.1)' },
    port: { type: 'string', short: 'p', value: 'PORT', help: 'port to listen on (config: server.port, default 5232)' },
    'base-path': { type: 'string', value: 'PATH', help: 'URL prefix behind a reverse proxy, e.g. /carddav (config: server.base_path)' },
    'tls-cert': { type: 'string', value: 'FILE', help: 'PEM certificate: serve HTTPS directly (config: server.tls_cert)' },
    'tls-key': { type: 'string', value: 'FILE', help: 'PEM private key for --tls-cert (config: server.tls_key)' },
    ...COMMON_OPTIONS,
  },
  details: [
    'With no account that has a password, serve creates the account "me" with a random password and prints it once.',
    'Clients find the address book by themselves from the server URL (/.well-known/carddav, then the principal).',
    'Apple devices send passwords only over HTTPS with a trusted certificate: use --tls-cert/--tls-key or a reverse proxy.',
  ],
  async run(values, positionals, io) {
    if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`)
    const overrides = Object.fromEntries(Object.entries(FLAG_TO_KEY).filter(([flag]) => values[flag] !== undefined).map(([flag, key]) => [key, values[flag]]))
    const config = configFrom(values, io, overrides)
    const log = createLogger(config['log.level'], (line) => io.stderr.write(line + '\n'))
    const store = openStore(config, { busyTimeoutMs: SERVER_BUSY_TIMEOUT_MS })
    let server: Awaited<ReturnType<typeof listen>> | undefined
    try {
      await ensureAccount(store, io)
      const basePath = config['server.base_path']
      const app = createApp({ store, log, basePath, maxResourceSize: config['carddav.max_resource_size'], maxBodySize: config['server.max_body_size'] })
      const tls = config['server.tls_cert'] ? { certFile: config['server.tls_cert'], keyFile: config['server.tls_key'] } : undefined
      server = await listen({ fetch: app.fetch, host: config['server.host'], port: config['server.port'], tls })
      const url = `${server.url}${basePath}/`
      const names = store.listUsers().filter((u) => u.passwordHash).map((u) => u.name).join(', ')
      io.stdout.write(`linkingout is serving CardDAV at ${url}\n  On a device, add a CardDAV account with this server address, the user name (${names}) and its password.\n`)
      if (!tls) io.stdout.write('  Plain HTTP: iOS and macOS send passwords only over HTTPS (see README: "HTTPS").\n')
      await untilStopped()
      io.stderr.write('Stopping.\n')
      return 0
    } finally {
      await server?.close()
      store.close()
    }
  },
}

/** A fresh data directory gets an account, so the first `serve` works with no other setup. */
async function ensureAccount(store: Store, io: Io): Promise<void> {
  const users = store.listUsers()
  if (users.some((user) => user.passwordHash)) {
    for (const user of users.filter((u) => !u.passwordHash)) {
      io.stderr.write(`Note: user ${user.name} has no password and cannot sync; set one with: linkingout user passwd ${user.name}\n`)
    }
    return
  }
  const password = randomPassword()
  store.ensureBook(DEFAULT_USER)
  store.setPasswordHash(DEFAULT_USER, await hashPassword(password))
  io.stdout.write(`Created the account "${DEFAULT_USER}" with the password ${password}\n  (shown only this once; change it with: linkingout user passwd ${DEFAULT_USER})\n`)
}

function untilStopped(): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop)
      process.off('SIGTERM', stop)
      resolve()
    }
    process.on('SIGINT', stop)
    process.on('SIGTERM', stop)
  })
}
