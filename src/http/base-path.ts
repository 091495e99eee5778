/**
 * Reverse-proxy support. `basePath` is the prefix clients see in every URL. A proxy may forward
 * the prefix unchanged or strip it; requests that arrive without it are given it back, so both
 * proxy styles reach the same resources.
 */
export function withBasePath(request: Request, basePath: string): Request {
  if (!basePath) return request
  const url = new URL(request.url)
  if (url.pathname === basePath || url.pathname.startsWith(basePath + '/')) return request
  url.pathname = basePath + url.pathname
  return new Request(url, request)
}

/** `/.well-known/carddav` lives at the host root, whatever the prefix; accept both slash forms. */
export function wellKnownPaths(basePath: string): string[] {
  const roots = basePath ? ['', basePath] : ['']
  return roots.flatMap((root) => [`${root}/.well-known/carddav`, `${root}/.well-known/carddav/`])
}
