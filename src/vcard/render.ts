/**
 * Contact → the deterministic vCard 3.0 an import writes (DESIGN.md "The card an import
 * writes"): fixed property order, CRLF, folded at 75 octets. Same Contact in, same bytes out.
 */
import type { Contact } from './contact.js'
import { stripControlCharacters } from './control-characters.js'
import { foldContentLine } from './fold.js'
import { formatContentLine } from './serialize.js'
import { escapeText } from './text.js'
import type { VParam, VProperty } from './types.js'

export const RENDERED_PRODID = '-//linkingout//LinkedIn export//EN'

/** Bump whenever renderContact writes different bytes for the same Contact: the importer then
 * renders every card again instead of trusting the fingerprints of earlier renderings. */
export const RENDER_FORMAT_VERSION = 1

/** Upper-case names of every property `renderContact` writes (the merge engine manages these). */
export const MANAGED_PROPERTY_NAMES: readonly string[] = Object.freeze([
  'PRODID', 'UID', 'FN', 'N', 'ORG', 'TITLE', 'EMAIL', 'URL', 'X-SOCIALPROFILE', 'X-ABDATE',
  'X-ABLABEL', 'CATEGORIES', 'NOTE', 'REV',
])

export const LINKEDIN_URL_LABEL = 'LinkedIn'
export const CONNECTED_ON_LABEL = 'Connected on LinkedIn'

/** Text value: control characters removed (XML cannot carry them), then escaped. */
const text = (value: string): string => escapeText(stripControlCharacters(value))
/** URI or date value: never text-escaped, and no line break may survive in it. */
const verbatim = (value: string): string => stripControlCharacters(value).replace(/[\r\n]/g, '')
const isPresent = (value: string | undefined): value is string => value !== undefined && value !== ''

const line = (name: string, value: string, params: VParam[] = [], group?: string): VProperty =>
  group === undefined ? { name, params, value } : { group, name, params, value }

/** Properties in render order; item groups are numbered in order of use. */
function renderedProperties(contact: Contact): VProperty[] {
  const properties: VProperty[] = [
    line('VERSION', '3.0'),
    line('PRODID', RENDERED_PRODID),
    line('UID', verbatim(contact.uid)),
    line('FN', text(contact.formattedName)),
    line('N', `${text(contact.lastName)};${text(contact.firstName)};;;`),
  ]
  if (isPresent(contact.organization)) properties.push(line('ORG', text(contact.organization)))
  if (isPresent(contact.title)) properties.push(line('TITLE', text(contact.title)))
  for (const email of contact.emails.filter(isPresent)) {
    properties.push(line('EMAIL', text(email), [{ name: 'TYPE', values: ['INTERNET'] }]))
  }
  let itemNumber = 0
  const nextGroup = (): string => `item${++itemNumber}`
  if (isPresent(contact.profileUrl)) {
    const url = verbatim(contact.profileUrl)
    const group = nextGroup()
    properties.push(line('URL', url, [], group), line('X-ABLabel', LINKEDIN_URL_LABEL, [], group))
    properties.push(line('X-SOCIALPROFILE', url, [{ name: 'TYPE', values: ['linkedin'] }]))
  }
  if (isPresent(contact.connectedOn)) {
    const group = nextGroup()
    properties.push(line('X-ABDATE', verbatim(contact.connectedOn), [], group), line('X-ABLabel', CONNECTED_ON_LABEL, [], group))
  }
  const categories = contact.categories.filter(isPresent)
  if (categories.length > 0) properties.push(line('CATEGORIES', categories.map(text).join(',')))
  const note = contact.noteLines.join('\n')
  if (note !== '') properties.push(line('NOTE', text(note)))
  if (isPresent(contact.rev)) properties.push(line('REV', verbatim(contact.rev)))
  return properties
}

/** The card text: BEGIN/END, every line folded, CRLF after each line including the last. */
export function renderContact(contact: Contact): string {
  const lines = ['BEGIN:VCARD', ...renderedProperties(contact).map((property) => foldContentLine(formatContentLine(property))), 'END:VCARD']
  return lines.join('\r\n') + '\r\n'
}
