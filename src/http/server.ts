/** Starts the HTTP or HTTPS listener for an app. */
import { readFileSync } from 'node:fs'
import { createServer as createHttpsServer } from 'node:https'
import type { AddressInfo } from 'node:net'
import { serve, type ServerType } from '@hono/node-server'

export interface ListenOptions {
  fetch: (request: Request) => Response | Promise<Response>
  host: string
  port: number
  /** PEM files; both or neither. */
  tls?: { certFile: string; keyFile: string }
}

export interface RunningServer {
  /** Base URL with the real port (useful when port 0 was asked for). */
  url: string
  port: number
  close(): Promise<void>
}

export function listen(options: ListenOptions): Promise<RunningServer> {
  const tlsOptions = options.tls && {
    createServer: createHttpsServer,
    serverOptions: { cert: readFileSync(options.tls.certFile), key: readFileSync(options.tls.keyFile) },
  }
  return new Promise((resolve, reject) => {
    let server: ServerType | undefined = undefined
    const onListening = (info: AddressInfo) => {
      const scheme = options.tls ? 'https' : 'http'
      const host = info.family === 'IPv6' ? `[${info.address}]` : info.address
      resolve({
        url: `${scheme}://${host}:${info.port}`,
        port: info.port,
        close: () => new Promise<void>((done) => {
          server!.close(() => done())
          if ('closeAllConnections' in server!) server!.closeAllConnections()
        }),
      })
    }
    server = serve({ fetch: options.fetch, hostname: options.host, port: options.port, ...tlsOptions }, onListening)
    server.once('error', reject)
  })
}
