/**
 * The METHODS table: dispatch and the Allow header both come from it. MOVE, COPY, MKCOL and
 * LOCK are deliberately absent (no studied client uses them): they get 405.
 */
import { ALL_KINDS, type TargetKind } from '../context.js'
import { handleDelete } from './delete.js'
import { handleGet } from './get.js'
import { optionsResponse } from './options.js'
import { handlePropfind } from './propfind.js'
import { handleProppatch } from './proppatch.js'
import { handlePut } from './put.js'
import { handleReport } from './report.js'
import type { MethodDef } from './types.js'

export const METHODS: Readonly<Record<string, MethodDef>> = {
  // createDavHandler answers OPTIONS before authentication and resolution (any path under the
  // base, existing or not); the entry makes it part of Allow and of the dispatch table.
  OPTIONS: { on: ALL_KINDS, createsResource: true, handle: async (_ctx, target) => optionsResponse(allowHeader(target.kind)) },
  GET: { on: ['card'], handle: handleGet },
  HEAD: { on: ['card'], handle: handleGet },
  PROPFIND: { on: ALL_KINDS, handle: handlePropfind },
  PROPPATCH: { on: ALL_KINDS, handle: handleProppatch },
  REPORT: { on: ALL_KINDS, handle: handleReport },
  PUT: { on: ['card'], createsResource: true, handle: handlePut },
  DELETE: { on: ['card'], handle: handleDelete },
}

/** Methods of WebDAV and HTTP that we know and do not offer: 405 rather than 501. */
const KNOWN_UNSUPPORTED = new Set(['POST', 'PATCH', 'MOVE', 'COPY', 'MKCOL', 'LOCK', 'UNLOCK', 'ACL', 'MKCALENDAR', 'SEARCH', 'BIND', 'UNBIND', 'REBIND', 'TRACE', 'CONNECT'])

/** The Allow header for a kind of resource; every method when the kind is unknown. */
export function allowHeader(kind?: TargetKind): string {
  return Object.entries(METHODS)
    .filter(([, def]) => kind === undefined || def.on.includes(kind))
    .map(([method]) => method)
    .join(', ')
}

/** 405 for methods we know but do not offer (or that do not apply here), 501 for the rest. */
export function unsupportedMethodStatus(method: string): 405 | 501 {
  return METHODS[method] || KNOWN_UNSUPPORTED.has(method) ? 405 : 501
}
