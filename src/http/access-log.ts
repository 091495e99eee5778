/**
 * Request id and access log. The info line carries no personal data: paths name users and
 * cards, so only the method, status, duration and size are logged at info; the path goes to debug.
 */
import { randomUUID } from 'node:crypto'
import type { MiddlewareHandler } from 'hono'
import type { Logger } from '../log.js'

export function accessLog(log: Logger): MiddlewareHandler {
  return async function logRequest(c, next) {
    const id = randomUUID().slice(0, 8)
    c.set('requestId', id)
    const started = performance.now()
    await next()
    c.res.headers.set('X-Request-Id', id)
    const fields = {
      id,
      method: c.req.method,
      status: c.res.status,
      ms: Math.round(performance.now() - started),
      bytes: c.res.headers.get('content-length') ?? undefined,
    }
    log.info('request', fields)
    log.debug('request path', { id, path: new URL(c.req.url).pathname, depth: c.req.header('depth') })
  }
}
