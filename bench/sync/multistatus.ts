/**
 * Reads the parts of a 207 Multi-Status body a sync client needs, whatever prefixes the server
 * chose (`d:`, `ns0:`, or a default namespace): each response's href, its status, and the
 * properties in each propstat; plus the top-level sync-token of a sync-collection answer.
 * Element names are matched by local name: the bench asks only for DAV: and CardDAV names that do
 * not collide. Runs after the clock stops, so it aims for simplicity, not speed.
 */

export interface PropValue {
  status: number
  /** Inner XML of the property element ('' when empty or self-closing). */
  inner: string
}

export interface MultistatusEntry {
  /** Path of the href, percent-decoded (absolute URLs are reduced to their path). */
  path: string
  /** The response-level status (e.g. 404 for a removed member), or null when it has propstats. */
  status: number | null
  /** Properties by local name. */
  props: Map<string, PropValue>
}

export interface Multistatus {
  entries: MultistatusEntry[]
  syncToken: string | null
}

const PREFIX = '(?:[A-Za-z_][\\w.-]*:)?'

/** Every element with this local name: its attributes text and inner XML. */
export function elements(xml: string, localName: string): { attributes: string; inner: string }[] {
  const name = localName.replace(/[-.]/g, '\\$&')
  const pattern = new RegExp(`<${PREFIX}${name}(?=[\\s/>])([^>]*?)(?:/>|>([\\s\\S]*?)</${PREFIX}${name}\\s*>)`, 'g')
  return [...xml.matchAll(pattern)].map((m) => ({ attributes: m[1] ?? '', inner: m[2] ?? '' }))
}

export function firstText(xml: string, localName: string): string | null {
  const found = elements(xml, localName)[0]
  return found ? decodeText(found.inner).trim() : null
}

export function statusCode(line: string | null): number | null {
  const match = /HTTP\/\d(?:\.\d)?\s+(\d{3})/.exec(line ?? '')
  return match ? Number(match[1]) : null
}

export function parseMultistatus(xml: string): Multistatus {
  const responses = elements(xml, 'response')
  const entries = responses.map(({ inner }) => readResponse(inner))
  const outside = xml.replace(new RegExp(`<${PREFIX}response(?=[\\s>])[\\s\\S]*?</${PREFIX}response\\s*>`, 'g'), '')
  return { entries, syncToken: firstText(outside, 'sync-token') }
}

function readResponse(xml: string): MultistatusEntry {
  const propstats = elements(xml, 'propstat')
  const props = new Map<string, PropValue>()
  for (const { inner } of propstats) {
    const status = statusCode(firstText(inner, 'status')) ?? 0
    const prop = elements(inner, 'prop')[0]?.inner ?? ''
    for (const m of prop.matchAll(new RegExp(`<(${PREFIX}([\\w.-]+))(?=[\\s/>])[^>]*?(?:/>|>([\\s\\S]*?)</\\1\\s*>)`, 'g'))) {
      props.set(m[2]!, { status, inner: m[3] ?? '' })
    }
  }
  const withoutPropstats = xml.replace(new RegExp(`<${PREFIX}propstat(?=[\\s>])[\\s\\S]*?</${PREFIX}propstat\\s*>`, 'g'), '')
  return {
    path: hrefPath(firstText(xml, 'href') ?? ''),
    status: propstats.length > 0 ? null : statusCode(firstText(withoutPropstats, 'status')),
    props,
  }
}

/** The successful (2xx) text of a property, entity-decoded, or null. */
export function propText(entry: MultistatusEntry, localName: string): string | null {
  const value = entry.props.get(localName)
  return value && value.status >= 200 && value.status < 300 ? decodeText(value.inner) : null
}

export function hrefPath(href: string): string {
  const path = /^[a-z][a-z0-9+.-]*:\/\/[^/]*(\/.*)?$/i.exec(href)?.[1] ?? href
  try {
    return decodeURIComponent(path)
  } catch {
    return path
  }
}

const NAMED_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }

export function decodeText(xml: string): string {
  return xml.replace(/<!\[CDATA\[([\s\S]*?)\]\]>|&(#x[0-9a-fA-F]+|#\d+|[a-z]+);/g, (whole, cdata: string | undefined, entity: string | undefined) => {
    if (cdata !== undefined) return cdata
    if (entity!.startsWith('#x')) return String.fromCodePoint(parseInt(entity!.slice(2), 16))
    if (entity!.startsWith('#')) return String.fromCodePoint(Number(entity!.slice(1)))
    return NAMED_ENTITIES[entity!] ?? whole
  })
}
