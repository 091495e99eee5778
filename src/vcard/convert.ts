/**
 * vCard 3.0 ⇄ 4.0 conversion (carddav-compat.md G1–G3). Each property goes through: vCard 2.1
 * clean-up (sources older than 4.0), its rule from the conversion map, then the TYPE/PREF
 * conventions of the target. A property whose content comes out unchanged is kept as the same
 * object, `raw` included, so it is served byte for byte.
 */
import { hasTypedParams, typeParamsToVersion3, typeParamsToVersion4, withoutLegacyEncoding } from './convert-params.js'
import { ANNIVERSARY_LABEL, RULES_TO_VERSION_3, RULES_TO_VERSION_4, type ConversionContext, type PropertyRule } from './convert-rules.js'
import type { VCard, VParam, VProperty } from './types.js'

export type VCardTargetVersion = '3.0' | '4.0'

interface Direction {
  rules: Readonly<Record<string, PropertyRule>>
  typeParams: (property: VProperty) => VProperty
}

const DIRECTIONS: Readonly<Record<VCardTargetVersion, Direction>> = {
  '3.0': { rules: RULES_TO_VERSION_3, typeParams: typeParamsToVersion3 },
  '4.0': { rules: RULES_TO_VERSION_4, typeParams: typeParamsToVersion4 },
}

function sameParam(a: VParam, b: VParam): boolean {
  if (a.name !== b.name || Boolean(a.bare) !== Boolean(b.bare) || a.values.length !== b.values.length) return false
  for (let index = 0; index < a.values.length; index++) if (a.values[index] !== b.values[index]) return false
  return true
}

function sameContent(a: VProperty, b: VProperty): boolean {
  if (a === b) return true
  if (a.group !== b.group || a.name !== b.name || a.value !== b.value || a.params.length !== b.params.length) return false
  for (let index = 0; index < a.params.length; index++) {
    const param = a.params[index]
    const other = b.params[index]
    if (!param || !other || !sameParam(param, other)) return false
  }
  return true
}

function withoutRaw(property: VProperty): VProperty {
  const { raw: _raw, ...rest } = property
  return rest
}

function createContext(card: VCard): ConversionContext {
  const usedGroups = new Set<string>()
  const anniversaryGroups = new Set<string>()
  let hasAddressBookServerKind = false
  for (const property of card.properties) {
    const name = property.name.toUpperCase()
    hasAddressBookServerKind ||= name === 'X-ADDRESSBOOKSERVER-KIND'
    if (property.group === undefined) continue
    const group = property.group.toLowerCase()
    usedGroups.add(group)
    if (name === 'X-ABLABEL' && property.value === ANNIVERSARY_LABEL) anniversaryGroups.add(group)
  }
  return {
    hasAddressBookServerKind,
    anniversaryGroups,
    anniversaryValues: new Set(),
    consumedGroups: new Set(),
    newItemGroup() {
      let number = 1
      while (usedGroups.has(`item${number}`)) number++
      usedGroups.add(`item${number}`)
      return `item${number}`
    },
  }
}

/** Appends what `property` becomes to `output`. */
function convertProperty(property: VProperty, sourceIsLegacy: boolean, direction: Direction, context: ConversionContext, output: VProperty[]): void {
  const cleaned = sourceIsLegacy ? withoutLegacyEncoding(property) : property
  const rule = direction.rules[cleaned.name.toUpperCase()]
  for (const result of rule ? rule(cleaned, context) : [cleaned]) {
    const typed = hasTypedParams(result) ? direction.typeParams(result) : result
    output.push(sameContent(typed, property) ? property : withoutRaw(typed))
  }
}

const isVersion = (property: VProperty): boolean => property.name.toUpperCase() === 'VERSION'

/**
 * Converts a card to vCard 3.0 or 4.0. A card already in the target version is returned as is.
 * Properties outside the conversion map (X-*, unknown names, PRODID, UID, REV…) are kept.
 */
export function convertVCard(card: VCard, target: VCardTargetVersion): VCard {
  if (card.version === target) return card
  const direction = DIRECTIONS[target]
  const context = createContext(card)
  const sourceIsLegacy = card.version !== '4.0'
  const versionLine: VProperty = { name: 'VERSION', params: [], value: target }
  const converted: VProperty[] = []
  let hasVersion = false
  for (const property of card.properties) {
    if (isVersion(property)) {
      converted.push(versionLine)
      hasVersion = true
    } else {
      convertProperty(property, sourceIsLegacy, direction, context, converted)
    }
  }
  const isOrphanLabel = (property: VProperty): boolean =>
    property.group !== undefined && context.consumedGroups.has(property.group.toLowerCase()) && property.name.toUpperCase() === 'X-ABLABEL'
  const properties = context.consumedGroups.size > 0 ? converted.filter((property) => !isOrphanLabel(property)) : converted
  if (!hasVersion) properties.unshift(versionLine)
  return { ...card, version: target, properties }
}
