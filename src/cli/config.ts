/**
 * The configuration schema: one table that supplies defaults, validation, the example file's
 * comments and `--help` text. Precedence: command-line flags > environment > config file > defaults.
 */
import { readFileSync } from 'node:fs'
import { parse as parseToml } from 'smol-toml'
import type { LogLevel } from '../log.js'

export class ConfigError extends Error {
  override name = 'ConfigError'
}

type Parser<T> = (value: unknown, key: string) => T

const text: Parser<string> = (value, key) => {
  if (typeof value !== 'string') throw new ConfigError(`${key} must be a string`)
  return value
}
const port: Parser<number> = (value, key) => {
  const n = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n > 65535) throw new ConfigError(`${key} must be a port number (0-65535)`)
  return n
}
const positiveInt: Parser<number> = (value, key) => {
  const n = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value
  if (typeof n !== 'number' || !Number.isInteger(n) || n <= 0) throw new ConfigError(`${key} must be a positive integer`)
  return n
}
const bool: Parser<boolean> = (value, key) => {
  if (typeof value === 'boolean') return value
  if (value === 'true' || value === '1') return true
  if (value === 'false' || value === '0') return false
  throw new ConfigError(`${key} must be true or false`)
}
const basePath: Parser<string> = (value, key) => {
  const path = text(value, key).replace(/\/+$/, '')
  if (path !== '' && !/^\/[A-Za-z0-9._~\-/]*$/.test(path)) throw new ConfigError(`${key} must be empty or a path such as /carddav`)
  return path
}
const LOG_LEVELS = ['debug', 'info', 'warn', 'error', 'silent'] as const
const logLevel: Parser<LogLevel> = (value, key) => {
  if (typeof value === 'string' && (LOG_LEVELS as readonly string[]).includes(value)) return value as LogLevel
  throw new ConfigError(`${key} must be one of ${LOG_LEVELS.join(', ')}`)
}

interface OptionDef<T> {
  default: T
  parse: Parser<T>
  help: string
  /** Environment variable that overrides the file. */
  env?: string
}

const option = <T>(def: OptionDef<T>): OptionDef<T> => def

export const CONFIG_SCHEMA = {
  'server.host': option({ default: '127.0.0.1', parse: text, help: 'Address to listen on. Use 0.0.0.0 to accept connections from other machines (then use TLS).' }),
  'server.port': option({ default: 5232, parse: port, help: 'TCP port to listen on.' }),
  'server.base_path': option({ default: '', parse: basePath, help: 'URL path prefix when served behind a reverse proxy under a sub-path, e.g. "/carddav". Empty when served at the root.' }),
  'server.tls_cert': option({ default: '', parse: text, help: 'PEM certificate file. With tls_key, serve HTTPS directly (Apple devices send passwords only over HTTPS).' }),
  'server.tls_key': option({ default: '', parse: text, help: 'PEM private key file for tls_cert.' }),
  'server.max_body_size': option({ default: 16 * 1024 * 1024, parse: positiveInt, help: 'Largest request body in bytes; larger requests get 413.' }),
  'storage.data_dir': option({ default: './data', parse: text, env: 'LINKINGOUT_DATA', help: 'Directory that holds the SQLite database (created readable by its owner only).' }),
  'carddav.max_resource_size': option({ default: 1024 * 1024, parse: positiveInt, help: 'Largest vCard a client may store, in bytes (advertised as max-resource-size).' }),
  'import.message_text': option({ default: false, parse: bool, help: 'Put the text of the last message exchanged with each connection into the card note (by default only the count and date).' }),
  'log.level': option({ default: 'info' as LogLevel, parse: logLevel, env: 'LINKINGOUT_LOG_LEVEL', help: 'debug, info, warn, error or silent. Card contents and e-mail addresses are never logged above debug.' }),
} as const

export type ConfigKey = keyof typeof CONFIG_SCHEMA
export type Config = { readonly [K in ConfigKey]: (typeof CONFIG_SCHEMA)[K]['default'] }

export interface LoadConfigOptions {
  /** Path of a TOML file; missing means defaults only. */
  file?: string
  env?: Record<string, string | undefined>
  /** Values from command-line flags (already named by key). */
  overrides?: Partial<Record<ConfigKey, unknown>>
}

export function loadConfig(options: LoadConfigOptions = {}): Config {
  const fromFile = options.file ? readConfigFile(options.file) : {}
  const config: Record<string, unknown> = {}
  for (const [key, def] of Object.entries(CONFIG_SCHEMA) as [ConfigKey, OptionDef<unknown>][]) {
    const envValue = def.env ? options.env?.[def.env] : undefined
    const raw = options.overrides?.[key] ?? envValue ?? fromFile[key] ?? def.default
    config[key] = def.parse(raw, key)
  }
  if (Boolean(config['server.tls_cert']) !== Boolean(config['server.tls_key'])) {
    throw new ConfigError('server.tls_cert and server.tls_key must be given together')
  }
  return Object.freeze(config) as Config
}

function readConfigFile(file: string): Record<string, unknown> {
  let parsed: Record<string, unknown>
  try {
    parsed = parseToml(readFileSync(file, 'utf8'))
  } catch (error) {
    const reason = (error as Error).message.split('\n')[0]
    throw new ConfigError(`cannot read config file ${file}: ${reason}`)
  }
  const flat: Record<string, unknown> = {}
  for (const [section, table] of Object.entries(parsed)) {
    if (typeof table !== 'object' || table === null || Array.isArray(table)) throw new ConfigError(`${file}: "${section}" must be a [section]`)
    for (const [name, value] of Object.entries(table)) {
      const key = `${section}.${name}`
      if (!(key in CONFIG_SCHEMA)) throw new ConfigError(`${file}: unknown setting ${key}`)
      flat[key] = value
    }
  }
  return flat
}
