/**
 * The CardDAV/WebDAV protocol layer as one framework-agnostic function (Web Request/Response):
 * strip the base path, resolve the resource for the authenticated user, dispatch through the
 * METHODS table, and turn errors into responses (DavError knows its own; store errors go
 * through mapStoreError; anything else is a logged 500 without details).
 */
import type { Logger } from '../log.js'
import type { AddressBook, Store } from '../store/types.js'
import type { DavContext } from './context.js'
import { DavError, mapStoreError } from './errors.js'
import { allowHeader, METHODS, unsupportedMethodStatus } from './methods/index.js'
import { optionsResponse } from './methods/options.js'
import { hrefOf, parsePathname, stripBasePath } from './paths.js'
import { resolveTarget } from './resolve.js'

export interface DavOptions {
  store: Store
  log: Logger
  /** '' or a prefix such as '/carddav' (no trailing slash); every href carries it. */
  basePath: string
  /** Largest card a PUT may store, in bytes; advertised as CARDDAV:max-resource-size. */
  maxResourceSize: number
}

/** Handles one request for an authenticated user (null only for OPTIONS, which needs no auth). */
export function createDavHandler(options: DavOptions): (request: Request, user: string | null) => Promise<Response> {
  return async (request, user) => {
    const url = new URL(request.url)
    const method = request.method.toUpperCase()
    let book: AddressBook | undefined
    try {
      if (stripBasePath(options.basePath, url.pathname) === null) throw new DavError(404)
      const path = parsePathname(options.basePath, url.pathname)
      if (method === 'OPTIONS') return optionsResponse(allowHeader(path?.kind))
      const def = METHODS[method]
      if (!def) throw new DavError(unsupportedMethodStatus(method), { headers: { Allow: allowHeader(path?.kind) } })
      if (user === null) throw new DavError(401)
      if (!path) throw new DavError(404)
      const ctx: DavContext = { ...options, user, request, url }
      options.log.debug('dav request', { method, path: url.pathname })
      const target = resolveTarget(ctx, path)
      if (target === 'not-found') throw new DavError(404)
      if (target === 'no-parent') throw new DavError(def.createsResource ? 409 : 404)
      if (!def.on.includes(target.kind)) throw new DavError(405, { headers: { Allow: allowHeader(target.kind) } })
      if (target.kind === 'card' && !target.card && !def.createsResource) throw new DavError(404)
      if (target.kind === 'book' || target.kind === 'card') book = target.book
      return await def.handle(ctx, target)
    } catch (error) {
      return errorResponse(error, options, method, book)
    }
  }
}

function errorResponse(error: unknown, options: DavOptions, method: string, book: AddressBook | undefined): Response {
  if (error instanceof DavError) return error.getResponse()
  const cardHref = (name: string) =>
    book ? hrefOf(options.basePath, { kind: 'card', user: book.owner, slug: book.slug, name }) : name
  const mapped = mapStoreError(error, cardHref)
  if (mapped) return mapped.getResponse()
  options.log.error('dav request failed', { method, error: error instanceof Error ? (error.stack ?? error.message) : String(error) })
  return new DavError(500).getResponse()
}
