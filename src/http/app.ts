/**
 * The HTTP pipeline, in order: request id and access log, body size limit, the
 * `/.well-known/carddav` redirect (before auth, as clients probe it unauthenticated), Basic
 * auth (OPTIONS may pass without credentials), then the DAV handler. Holds no protocol logic.
 */
import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { createDavHandler } from '../dav/index.js'
import type { Logger } from '../log.js'
import type { Store } from '../store/types.js'
import { accessLog } from './access-log.js'
import { createBasicAuthenticator, WWW_AUTHENTICATE } from './basic-auth.js'
import { withBasePath, wellKnownPaths } from './base-path.js'

export interface AppOptions {
  store: Store
  log: Logger
  /** Path prefix clients see, '' or '/something' (no trailing slash). */
  basePath: string
  /** Largest vCard a client may store, in bytes. */
  maxResourceSize: number
  /** Largest request body of any kind, in bytes (413 above it). */
  maxBodySize: number
}

type AppEnv = { Variables: { user: string | null; requestId: string } }

export function createApp(options: AppOptions): Hono<AppEnv> {
  const { store, log, basePath } = options
  const app = new Hono<AppEnv>()
  const authenticator = createBasicAuthenticator(store)
  const dav = createDavHandler({ store, log, basePath, maxResourceSize: options.maxResourceSize })

  app.use('*', accessLog(log))
  app.use(
    '*',
    bodyLimit({
      maxSize: options.maxBodySize,
      onError: (c) => c.text('Request body too large\n', 413),
    }),
  )
  for (const path of wellKnownPaths(basePath)) {
    app.all(path, (c) => c.body(null, 301, { Location: `${basePath}/`, 'Content-Length': '0' }))
  }
  app.use('*', async (c, next) => {
    const user = await authenticator.authenticate(c.req.header('authorization'))
    if (!user && c.req.method !== 'OPTIONS') {
      if (c.req.header('authorization')) log.warn('authentication failed', { id: c.get('requestId') })
      return c.text('Authentication required\n', 401, { 'WWW-Authenticate': WWW_AUTHENTICATE })
    }
    c.set('user', user)
    await next()
  })
  app.all('*', (c) => dav(withBasePath(c.req.raw, basePath), c.get('user')))
  app.onError((error, c) => {
    log.error('unhandled error', { id: c.get('requestId'), error: error.stack ?? String(error) })
    return c.text('Internal Server Error\n', 500)
  })
  return app
}
