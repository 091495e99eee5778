/**
 * The properties the importer manages, as fields the merge compares. A field is made of units:
 * one property line plus the `X-ABLabel` lines of its group (so `item1.URL` travels with its
 * label). Values are compared semantically (decoded, escapes and parameters ignored), so a client
 * that re-serialises a card, or rewrites it as vCard 4.0, does not look like an edit.
 * Everything that is not a managed field is the user's and is never touched.
 */
import { propertyComponents, propertyText, type VCard, type VProperty } from '../../vcard/index.js'

export interface FieldDef {
  id: string
  /** Upper-case property names whose lines form units of this field. */
  names: readonly string[]
  /** Set-valued: users may add their own values beside the imported ones. */
  multi: boolean
  /** Bookkeeping fields (PRODID, REV) follow the card silently. */
  reportConflicts: boolean
  value(card: VCard, property: VProperty): string
}

export interface Unit {
  field: FieldDef
  primary: VProperty
  /** The primary line followed by its group's X-ABLabel lines. */
  lines: VProperty[]
  value: string
}

const text = (_card: VCard, p: VProperty) => propertyText(p).replace(/\r\n?/g, '\n').trim()
const components = (_card: VCard, p: VProperty) => trimEmptyTail(propertyComponents(p).map((c) => c.join(','))).join(';')
const lowerText = (card: VCard, p: VProperty) => text(card, p).toLowerCase()
const sortedList = (_card: VCard, p: VProperty) => propertyComponents(p).flat().map((v) => v.trim()).filter(Boolean).sort().join(',')
const labelled = (card: VCard, p: VProperty) => `${text(card, p)}|${labelsOf(card, p).map((l) => propertyText(l)).join('|')}`

export const FIELDS: readonly FieldDef[] = [
  { id: 'PRODID', names: ['PRODID'], multi: false, reportConflicts: false, value: text },
  { id: 'FN', names: ['FN'], multi: false, reportConflicts: true, value: text },
  { id: 'N', names: ['N'], multi: false, reportConflicts: true, value: components },
  { id: 'ORG', names: ['ORG'], multi: false, reportConflicts: true, value: components },
  { id: 'TITLE', names: ['TITLE'], multi: false, reportConflicts: true, value: text },
  { id: 'EMAIL', names: ['EMAIL'], multi: true, reportConflicts: true, value: lowerText },
  { id: 'URL', names: ['URL'], multi: true, reportConflicts: true, value: text },
  { id: 'X-SOCIALPROFILE', names: ['X-SOCIALPROFILE'], multi: true, reportConflicts: true, value: text },
  { id: 'X-ABDATE', names: ['X-ABDATE'], multi: true, reportConflicts: true, value: labelled },
  { id: 'CATEGORIES', names: ['CATEGORIES'], multi: false, reportConflicts: true, value: sortedList },
  { id: 'NOTE', names: ['NOTE'], multi: false, reportConflicts: true, value: text },
  { id: 'REV', names: ['REV'], multi: false, reportConflicts: false, value: text },
]

const FIELD_BY_NAME = new Map(FIELDS.flatMap((field) => field.names.map((name) => [name, field] as const)))
export const FIELD_ORDER = new Map(FIELDS.map((field, index) => [field.id, index]))

export function fieldOf(property: VProperty): FieldDef | undefined {
  return FIELD_BY_NAME.get(property.name.toUpperCase())
}

/** Every unit of every managed field in the card, in card order. */
export function unitsOf(card: VCard): Unit[] {
  const units: Unit[] = []
  for (const property of card.properties) {
    const field = fieldOf(property)
    if (!field) continue
    units.push({ field, primary: property, lines: [property, ...labelsOf(card, property)], value: field.value(card, property) })
  }
  return units
}

function labelsOf(card: VCard, property: VProperty): VProperty[] {
  const group = property.group?.toLowerCase()
  if (!group) return []
  return card.properties.filter((p) => p !== property && p.group?.toLowerCase() === group && p.name.toUpperCase() === 'X-ABLABEL')
}

function trimEmptyTail(values: string[]): string[] {
  let end = values.length
  while (end > 0 && values[end - 1] === '') end--
  return values.slice(0, end)
}
