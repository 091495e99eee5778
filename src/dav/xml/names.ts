/**
 * XML names in Clark notation (`{namespace}local`). Every comparison in src/dav uses these
 * resolved names, never the prefix a client happened to send. A QName literal is written once,
 * in the definition that owns it, through dav(), card() or cs().
 */

export const NS = {
  dav: 'DAV:',
  card: 'urn:ietf:params:xml:ns:carddav',
  cs: 'http://calendarserver.org/ns/',
} as const

/** The fixed prefixes of our output, declared once on every root element we write. */
export const OUTPUT_PREFIXES: ReadonlyArray<readonly [prefix: string, namespace: string]> = [
  ['d', NS.dav],
  ['card', NS.card],
  ['cs', NS.cs],
]

export type QName = string & { readonly __brand: 'QName' }

export function qname(namespace: string, local: string): QName {
  return `{${namespace}}${local}` as QName
}

export const dav = (local: string): QName => qname(NS.dav, local)
export const card = (local: string): QName => qname(NS.card, local)
export const cs = (local: string): QName => qname(NS.cs, local)

export function splitQName(name: QName): { namespace: string; local: string } {
  const close = name.indexOf('}')
  return { namespace: name.slice(1, close), local: name.slice(close + 1) }
}
