/**
 * If-Match / If-None-Match (RFC 9110 §13.1). Lists and `*` are accepted and unquoted ETags are
 * tolerated (quoted here). If-Match compares strongly (a weak tag never matches); If-None-Match
 * compares weakly. Writes hand the parsed condition to the store, which checks it inside the
 * write transaction; reads are decided here.
 */
import type { WriteCondition } from '../store/types.js'

export type EtagList = readonly string[] | '*'

export function parseEtagList(header: string | null): EtagList | undefined {
  if (header === null) return undefined
  const trimmed = header.trim()
  if (trimmed === '') return undefined
  if (trimmed === '*') return '*'
  const tags = splitTags(trimmed).map(normaliseTag).filter((tag) => tag !== '')
  return tags.length > 0 ? tags : undefined
}

/** The condition of a PUT or DELETE. */
export function writeCondition(headers: Headers): WriteCondition {
  const condition: WriteCondition = {}
  const ifMatch = parseEtagList(headers.get('If-Match'))
  const ifNoneMatch = parseEtagList(headers.get('If-None-Match'))
  if (ifMatch !== undefined) condition.ifMatch = ifMatch
  if (ifNoneMatch !== undefined) condition.ifNoneMatch = ifNoneMatch === '*' ? '*' : ifNoneMatch.map(withoutWeakness)
  return condition
}

/** For GET/HEAD of an existing resource: 412 when If-Match fails, 304 when If-None-Match matches. */
export function readConditionStatus(headers: Headers, etag: string): 304 | 412 | undefined {
  const ifMatch = parseEtagList(headers.get('If-Match'))
  if (ifMatch !== undefined && ifMatch !== '*' && !ifMatch.includes(etag)) return 412
  const ifNoneMatch = parseEtagList(headers.get('If-None-Match'))
  if (ifNoneMatch === '*') return 304
  if (ifNoneMatch !== undefined && ifNoneMatch.map(withoutWeakness).includes(withoutWeakness(etag))) return 304
  return undefined
}

function normaliseTag(raw: string): string {
  const tag = raw.trim()
  if (tag === '') return ''
  const weak = tag.startsWith('W/')
  const opaque = weak ? tag.slice(2) : tag
  const quoted = opaque.startsWith('"') && opaque.endsWith('"') && opaque.length >= 2 ? opaque : `"${opaque.replace(/"/g, '')}"`
  return weak ? `W/${quoted}` : quoted
}

function withoutWeakness(tag: string): string {
  return tag.startsWith('W/') ? tag.slice(2) : tag
}

/** Splits at commas outside quotes (an ETag's opaque part may not contain '"', but may contain ','). */
function splitTags(header: string): string[] {
  const tags: string[] = []
  let current = ''
  let quoted = false
  for (const c of header) {
    if (c === '"') quoted = !quoted
    if (c === ',' && !quoted) {
      tags.push(current)
      current = ''
    } else current += c
  }
  tags.push(current)
  return tags
}
