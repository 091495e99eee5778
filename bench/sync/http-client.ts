/**
 * A small keep-alive HTTP/1.1 client over node:http, shaped like DAVx5's OkHttp client: one
 * connection at a time, preemptive Basic auth, `Accept-Encoding: gzip` (OkHttp adds it by itself).
 * Each exchange is timed from sending the request to the last byte of the response; decoding the
 * body (gunzip) happens after the clock stops, so the time is the server's plus the loopback's.
 */
import { Agent, request as httpRequest } from 'node:http'
import { performance } from 'node:perf_hooks'
import { gunzipSync } from 'node:zlib'

/** The clients' own limit on one request (aiohttp's and undici's default: 300 s). */
export const REQUEST_TIMEOUT_MS = 300_000

export class RequestTimeoutError extends Error {
  constructor(readonly method: string, readonly path: string, readonly limitMs: number) {
    super(`${method} ${path} gave no complete answer within ${limitMs / 1000} s`)
    this.name = 'RequestTimeoutError'
  }
}

export interface DavRequest {
  method: string
  path: string
  headers?: Record<string, string>
  body?: string
}

export interface DavResponse {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
  /** Request sent → last response byte received. */
  ms: number
}

export interface DavClient {
  send(request: DavRequest): Promise<DavResponse>
  close(): void
}

export interface ClientOptions {
  port: number
  /** Sent on every request, as DAVx5 does once it has credentials. */
  authorization: string
  timeoutMs?: number
}

export function createClient({ port, authorization, timeoutMs = REQUEST_TIMEOUT_MS }: ClientOptions): DavClient {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 })
  return {
    send: (request) => exchange(agent, port, authorization, timeoutMs, request),
    close: () => agent.destroy(),
  }
}

function exchange(agent: Agent, port: number, authorization: string, timeoutMs: number, { method, path, headers, body }: DavRequest): Promise<DavResponse> {
  return new Promise((resolve, reject) => {
    const payload = body === undefined ? undefined : Buffer.from(body, 'utf8')
    const req = httpRequest({
      agent,
      host: '127.0.0.1',
      port,
      method,
      path,
      headers: {
        Authorization: authorization,
        'Accept-Encoding': 'gzip',
        'User-Agent': 'linkingout-bench-sync (DAVx5-style)',
        ...(payload ? { 'Content-Length': String(payload.length) } : {}),
        ...headers,
      },
    })
    const timer = setTimeout(() => req.destroy(new RequestTimeoutError(method, path, timeoutMs)), timeoutMs)
    req.on('error', (error) => {
      clearTimeout(timer)
      reject(error)
    })
    req.on('response', (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('error', (error) => {
        clearTimeout(timer)
        reject(error)
      })
      res.on('end', () => {
        const ms = performance.now() - started
        clearTimeout(timer)
        const raw = Buffer.concat(chunks)
        const decoded = res.headers['content-encoding'] === 'gzip' && raw.length > 0 ? gunzipSync(raw) : raw
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: decoded.toString('utf8'), ms })
      })
    })
    const started = performance.now()
    req.end(payload)
  })
}
