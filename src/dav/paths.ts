/**
 * The URL space, and the only code that knows its layout:
 *
 *   {base}/                                    root
 *   {base}/principals/                         principal collection
 *   {base}/principals/<user>/                  a principal
 *   {base}/addressbooks/                       collection of homes
 *   {base}/addressbooks/<user>/                a user's address book home
 *   {base}/addressbooks/<user>/<slug>/         an address book
 *   {base}/addressbooks/<user>/<slug>/<name>   a card (any name without '/')
 *
 * One canonical href encoding: every byte outside `A-Za-z0-9-._~` is percent-encoded (and `/`
 * separates segments); input paths are decoded exactly once. Collection hrefs end with `/`;
 * collection paths are accepted without it too.
 */

export type DavPath =
  | { kind: 'root' }
  | { kind: 'principals' }
  | { kind: 'principal'; user: string }
  | { kind: 'homes' }
  | { kind: 'home'; user: string }
  | { kind: 'book'; user: string; slug: string }
  | { kind: 'card'; user: string; slug: string; name: string }

const PRINCIPALS = 'principals'
const HOMES = 'addressbooks'

/** Percent-encodes one path segment: everything outside the RFC 3986 unreserved set. */
export function encodeSegment(segment: string): string {
  return encodeURIComponent(segment).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
}

function segmentsOf(path: DavPath): string[] {
  switch (path.kind) {
    case 'root':
      return []
    case 'principals':
      return [PRINCIPALS]
    case 'principal':
      return [PRINCIPALS, path.user]
    case 'homes':
      return [HOMES]
    case 'home':
      return [HOMES, path.user]
    case 'book':
      return [HOMES, path.user, path.slug]
    case 'card':
      return [HOMES, path.user, path.slug, path.name]
  }
}

/** The canonical href of a resource, with the base path; collections end with '/'. */
export function hrefOf(basePath: string, path: DavPath): string {
  const encoded = segmentsOf(path).map(encodeSegment)
  const joined = encoded.length ? `/${encoded.join('/')}` : ''
  return path.kind === 'card' ? `${basePath}${joined}` : `${basePath}${joined}/`
}

/** The path below the base path, or null when `pathname` lies outside it. */
export function stripBasePath(basePath: string, pathname: string): string | null {
  if (!basePath) return pathname
  if (pathname === basePath) return '/'
  return pathname.startsWith(`${basePath}/`) ? pathname.slice(basePath.length) : null
}

/** Parses a percent-encoded URL path (base path included); null for anything outside our space. */
export function parsePathname(basePath: string, pathname: string): DavPath | null {
  const relative = stripBasePath(basePath, pathname)
  if (relative === null || !relative.startsWith('/')) return null
  const raw = relative.slice(1).split('/')
  const hasTrailingSlash = raw.length > 0 && raw[raw.length - 1] === ''
  if (hasTrailingSlash) raw.pop()
  const segments: string[] = []
  for (const segment of raw) {
    const decoded = decodeSegment(segment)
    if (decoded === null) return null
    segments.push(decoded)
  }
  const path = pathFromSegments(segments)
  if (path?.kind === 'card' && hasTrailingSlash) return null
  return path
}

/** Resolves an href from a request body (absolute path or full URL, encoded or not). */
export function parseHref(basePath: string, href: string, requestUrl: URL): DavPath | null {
  let url: URL
  try {
    url = new URL(href.trim(), requestUrl)
  } catch {
    return null
  }
  return parsePathname(basePath, url.pathname)
}

function decodeSegment(segment: string): string | null {
  let decoded: string
  try {
    decoded = decodeURIComponent(segment)
  } catch {
    return null
  }
  if (decoded === '' || decoded === '.' || decoded === '..' || decoded.includes('/')) return null
  return decoded
}

function pathFromSegments(segments: string[]): DavPath | null {
  const [top, user, slug, name, ...rest] = segments
  if (rest.length > 0) return null
  if (top === undefined) return { kind: 'root' }
  if (top === PRINCIPALS) {
    if (slug !== undefined) return null
    return user === undefined ? { kind: 'principals' } : { kind: 'principal', user }
  }
  if (top !== HOMES) return null
  if (user === undefined) return { kind: 'homes' }
  if (slug === undefined) return { kind: 'home', user }
  if (name === undefined) return { kind: 'book', user, slug }
  return { kind: 'card', user, slug, name }
}
