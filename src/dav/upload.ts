/**
 * Checks and repairs a vCard a client PUTs (RFC 6352 §6.3.2.1), without touching the store.
 * The text is stored as received unless it must be repaired: C0 control characters are
 * stripped and a missing UID is added; `rewritten` then tells PUT to withhold the ETag.
 */
import { randomUUID } from 'node:crypto'
import type { VCardVersion } from '../store/types.js'
import {
  findProperties,
  hasControlCharacters,
  parseVCards,
  propertyText,
  serializeVCard,
  stripControlCharacters,
  type VCard,
  VCardSyntaxError,
} from '../vcard/index.js'
import { DavError } from './errors.js'
import { parseMediaType } from './media-type.js'

export interface PreparedUpload {
  body: string
  uid: string
  version: VCardVersion
  /** True when `body` is not byte for byte what the client sent. */
  rewritten: boolean
}

const VCARD_MEDIA_TYPES = new Set(['text/vcard', 'text/x-vcard', 'text/directory'])
/** Types that declare nothing in particular: fetch() labels any string body text/plain. */
const UNDECLARED_MEDIA_TYPES = new Set(['text/plain', 'application/octet-stream'])
const UTF8_CHARSETS = new Set(['utf-8', 'utf8', 'us-ascii'])
const STORED_VERSIONS: ReadonlySet<string> = new Set<VCardVersion>(['3.0', '4.0'])
/** A member name (without `.vcf`) that can serve as a UID as it is. */
const SAFE_UID = /^[A-Za-z0-9][A-Za-z0-9._~@:+=-]{0,254}$/

/**
 * Content-Type must name vCard (any parameters, quoted or not); a missing or generic one
 * (text/plain, application/octet-stream) is tolerated and the body decides.
 */
export function checkContentType(header: string | null): void {
  if (header === null || header.trim() === '') return
  const mediaType = parseMediaType(header)
  const charset = mediaType.params.get('charset')?.toLowerCase()
  const knownType = VCARD_MEDIA_TYPES.has(mediaType.type) || UNDECLARED_MEDIA_TYPES.has(mediaType.type)
  if (!knownType || (charset !== undefined && !UTF8_CHARSETS.has(charset))) {
    throw DavError.precondition('supportedAddressData', 'only vCard 3.0 and 4.0 as UTF-8 text/vcard are accepted')
  }
}

export function prepareUpload(bytes: Uint8Array, name: string): PreparedUpload {
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw DavError.precondition('validAddressData', 'the body is not UTF-8')
  }
  if (hasControlCharacters(text)) text = stripControlCharacters(text)
  const card = parseSingleCard(text)
  if (card.version === '2.1') throw DavError.precondition('supportedAddressData', 'vCard 2.1 is not accepted')
  if (!STORED_VERSIONS.has(card.version)) throw DavError.precondition('validAddressData', 'VERSION must be 3.0 or 4.0')
  const uids = findProperties(card, 'UID')
  if (uids.length > 1) throw DavError.precondition('validAddressData', 'a vCard has at most one UID')
  let uid = uids[0] ? propertyText(uids[0]).trim() : ''
  if (uid === '') {
    uid = uidForName(name)
    text = serializeVCard(withUid(card, uid))
  }
  const rewritten = Buffer.compare(Buffer.from(text, 'utf8'), bytes) !== 0
  return { body: text, uid, version: card.version as VCardVersion, rewritten }
}

function parseSingleCard(text: string): VCard {
  let cards: VCard[]
  try {
    cards = parseVCards(text)
  } catch (error) {
    if (error instanceof VCardSyntaxError) throw DavError.precondition('validAddressData', 'the body is not a valid vCard')
    throw error
  }
  const [card, ...others] = cards
  if (!card || others.length > 0) throw DavError.precondition('validAddressData', 'a card resource holds exactly one vCard')
  return card
}

/** The member name without `.vcf` when that is a safe token (sabre's choice), else a new urn:uuid. */
export function uidForName(name: string): string {
  const stem = name.replace(/\.vcf$/i, '')
  return SAFE_UID.test(stem) ? stem : `urn:uuid:${randomUUID()}`
}

function withUid(card: VCard, uid: string): VCard {
  const properties = card.properties.filter((property) => property.name.toUpperCase() !== 'UID')
  return { ...card, properties: [...properties, { name: 'UID', params: [], value: uid }] }
}
