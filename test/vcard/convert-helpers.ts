import { findProperties, parseVCard, serializeVCard, type VCard, type VProperty } from '../../src/vcard/index.js'
import { crlf } from './fixtures.js'

export const ANNIVERSARY_LABEL = '_$!<Anniversary>!$_'

/** A card from content lines (BEGIN/END added). */
export function cardOf(...lines: string[]): VCard {
  return parseVCard(crlf('BEGIN:VCARD', ...lines, 'END:VCARD'))
}

/** The unfolded content lines of a card, BEGIN/END excluded. */
export function contentLines(card: VCard): string[] {
  return serializeVCard(card).replace(/\r\n[ \t]/g, '').split('\r\n').slice(1, -2)
}

export function only(card: VCard, name: string): VProperty {
  const found = findProperties(card, name)
  if (found.length !== 1 || !found[0]) throw new Error(`expected one ${name}, found ${found.length}`)
  return found[0]
}

function normalisedParams(property: VProperty): string {
  const isEmail = property.name.toUpperCase() === 'EMAIL'
  return property.params
    .flatMap((param) => param.values.flatMap((value) => value.split(',')).map((value) => [param.name.toUpperCase(), value] as const))
    .map(([name, value]) => (name === 'TYPE' ? `TYPE=${value.toUpperCase()}` : `${name}=${value}`))
    .filter((param) => !(isEmail && param === 'TYPE=INTERNET'))
    .sort()
    .join(';')
}

/**
 * The meaning of a 3.0 card as a sorted list, independent of how the conversion map spells it:
 * parameter order, TYPE case and EMAIL's TYPE=INTERNET ignored; an anniversary counted once
 * whether written as X-ANNIVERSARY or as an Apple X-ABDATE with the anniversary label.
 */
export function meaningOf(card: VCard): string[] {
  const anniversaryGroups = new Set(
    card.properties.filter((property) => property.name.toUpperCase() === 'X-ABLABEL' && property.value === ANNIVERSARY_LABEL).map((property) => property.group?.toLowerCase()),
  )
  const anniversaries = new Set<string>()
  const lines: string[] = []
  for (const property of card.properties) {
    const name = property.name.toUpperCase()
    const group = property.group?.toLowerCase()
    if (name === 'X-ANNIVERSARY' || (name === 'X-ABDATE' && anniversaryGroups.has(group))) {
      anniversaries.add(`ANNIVERSARY:${property.value}`)
    } else if (!(name === 'X-ABLABEL' && anniversaryGroups.has(group))) {
      lines.push(`${group ?? ''}.${name};${normalisedParams(property)}:${property.value}`)
    }
  }
  return [...lines, ...anniversaries].sort()
}
