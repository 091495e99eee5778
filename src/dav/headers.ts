/** Request headers of WebDAV: Depth (RFC 4918 §10.2), Brief and Prefer (RFC 8144). */
import { DavError } from './errors.js'

export type Depth = 0 | 1 | 'infinity'

/** A missing Depth counts as `missing` (PROPFIND treats it as 1 on collections, like sabre). */
export function parseDepth(header: string | null, missing: Depth): Depth {
  if (header === null) return missing
  const value = header.trim().toLowerCase()
  if (value === '0') return 0
  if (value === '1') return 1
  if (value === 'infinity') return 'infinity'
  throw DavError.badRequest('Depth must be 0, 1 or infinity')
}

/** `Brief: t` or `Prefer: return=minimal`, as iOS and macOS send them. */
export function prefersMinimal(headers: Headers): boolean {
  if (headers.get('Brief')?.trim().toLowerCase() === 't') return true
  const prefer = headers.get('Prefer')
  return prefer !== null && prefer.split(',').some((preference) => preference.trim().toLowerCase() === 'return=minimal')
}
