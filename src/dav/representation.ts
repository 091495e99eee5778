/**
 * Which vCard version a client gets. Cards are served as vCard 3.0 (what Apple clients need)
 * unless the client asks for 4.0: `Accept: text/vcard; version=4.0` on GET, or
 * `<card:address-data version="4.0"/>` in a REPORT (RFC 6352 §10.4, default 3.0). A card stored
 * in the requested version is served byte for byte; otherwise it is converted. The ETag is the
 * stored card's in every representation.
 */
import type { Card, VCardVersion } from '../store/types.js'
import { convertVCard, parseVCard, serializeVCard, VCardSyntaxError } from '../vcard/index.js'
import { parseAccept } from './media-type.js'
import { attributeIgnoringCase, type XmlNode } from './xml/parse.js'

const DEFAULT_VERSION: VCardVersion = '3.0'
export const VCARD_CONTENT_TYPE = 'text/vcard; charset=utf-8'
const VCARD_MEDIA_TYPES = new Set(['text/vcard', 'text/x-vcard'])

function toVersion(value: string | undefined): VCardVersion {
  return value?.trim() === '4.0' ? '4.0' : DEFAULT_VERSION
}

/** The version asked for by an Accept header: its most preferred vCard media range decides. */
export function versionFromAccept(accept: string | null): VCardVersion {
  if (!accept) return DEFAULT_VERSION
  let best: { quality: number; version: VCardVersion } | undefined
  for (const range of parseAccept(accept)) {
    if (!VCARD_MEDIA_TYPES.has(range.type) || range.quality <= 0) continue
    if (!best || range.quality > best.quality) best = { quality: range.quality, version: toVersion(range.params.get('version')) }
  }
  return best?.version ?? DEFAULT_VERSION
}

/** The version asked for by an address-data element (attribute names matched ignoring case). */
export function versionFromAddressData(node: XmlNode | undefined): VCardVersion {
  return node ? toVersion(attributeIgnoringCase(node, 'version')) : DEFAULT_VERSION
}

/**
 * The card's text in `version`: the stored bytes when the versions agree, else a conversion.
 * A stored card that no longer parses is served as stored rather than failing a whole report.
 */
export function cardText(card: Card, version: VCardVersion): string {
  if (card.version === version) return card.body
  try {
    return serializeVCard(convertVCard(parseVCard(card.body), version))
  } catch (error) {
    if (error instanceof VCardSyntaxError) return card.body
    throw error
  }
}
