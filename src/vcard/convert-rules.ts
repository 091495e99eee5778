/**
 * Per-property rules of the 3.0 ⇄ 4.0 conversion map (carddav-compat.md G3, after
 * sabre/vobject's VCardConverter). A rule returns what replaces the property: nothing, itself,
 * or several properties. Properties without a rule pass through.
 */
import { withAppleOmitYear, withoutAppleOmitYear } from './convert-dates.js'
import { mediaToVersion3, mediaToVersion4 } from './convert-media.js'
import type { VProperty } from './types.js'

export const ANNIVERSARY_LABEL = '_$!<Anniversary>!$_'

/** What a rule may know about the whole card being converted. */
export interface ConversionContext {
  /** The card has an X-ADDRESSBOOKSERVER-KIND, which then decides KIND on its own. */
  readonly hasAddressBookServerKind: boolean
  /** Lower-case groups whose X-ABLabel is the Apple anniversary label. */
  readonly anniversaryGroups: ReadonlySet<string>
  /** ANNIVERSARY values written so far (4.0 has one anniversary; duplicates are dropped). */
  readonly anniversaryValues: Set<string>
  /** Lower-case groups whose X-ABDATE became an ANNIVERSARY; their labels go too. */
  readonly consumedGroups: Set<string>
  /** A fresh `itemN` group name not used anywhere in the card. */
  newItemGroup(): string
}

export type PropertyRule = (property: VProperty, context: ConversionContext) => VProperty[]

const renamed = (name: string): PropertyRule => (property) => [{ ...property, name }]

function anniversaryOnce(property: VProperty, context: ConversionContext): VProperty[] {
  if (context.anniversaryValues.has(property.value)) return []
  context.anniversaryValues.add(property.value)
  return [property]
}

const KIND_TO_VERSION_3: ReadonlyMap<string, (property: VProperty) => VProperty[]> = new Map([
  ['group', (property: VProperty) => [{ ...property, name: 'X-ADDRESSBOOKSERVER-KIND', value: 'group' }]],
  ['org', (property: VProperty) => [{ ...property, name: 'X-ABShowAs', value: 'COMPANY' }]],
  ['individual', () => []],
])

export const RULES_TO_VERSION_3: Readonly<Record<string, PropertyRule>> = {
  KIND: (property) => KIND_TO_VERSION_3.get(property.value.trim().toLowerCase())?.(property) ?? [property],
  MEMBER: renamed('X-ADDRESSBOOKSERVER-MEMBER'),
  BDAY: (property) => [withAppleOmitYear(property)],
  ANNIVERSARY: (property, context) => {
    const dated = withAppleOmitYear(property)
    const group = context.newItemGroup()
    const omitYear = dated.params.filter((param) => param.name.toUpperCase() === 'X-APPLE-OMIT-YEAR')
    return [
      { ...dated, name: 'X-ANNIVERSARY' },
      { group, name: 'X-ABDATE', params: omitYear, value: dated.value },
      { group, name: 'X-ABLabel', params: [], value: ANNIVERSARY_LABEL },
    ]
  },
  PHOTO: (property) => [mediaToVersion3(property)],
  LOGO: (property) => [mediaToVersion3(property)],
  SOUND: (property) => [mediaToVersion3(property)],
}

export const RULES_TO_VERSION_4: Readonly<Record<string, PropertyRule>> = {
  'X-ADDRESSBOOKSERVER-KIND': (property) => [{ ...property, name: 'KIND', value: property.value.trim().toLowerCase() }],
  'X-ADDRESSBOOKSERVER-MEMBER': renamed('MEMBER'),
  'X-ABSHOWAS': (property, context) =>
    property.value.trim().toUpperCase() === 'COMPANY' && !context.hasAddressBookServerKind
      ? [{ ...property, name: 'KIND', value: 'org' }]
      : [property],
  BDAY: (property) => [withoutAppleOmitYear(property)],
  'X-ANNIVERSARY': (property, context) => anniversaryOnce({ ...withoutAppleOmitYear(property), name: 'ANNIVERSARY' }, context),
  'X-ABDATE': (property, context) => {
    const group = property.group?.toLowerCase()
    if (group === undefined || !context.anniversaryGroups.has(group)) return [property]
    context.consumedGroups.add(group)
    const dated = withoutAppleOmitYear(property)
    const params = dated.params.filter((param) => param.name.toUpperCase() !== 'TYPE')
    return anniversaryOnce({ name: 'ANNIVERSARY', params, value: dated.value }, context)
  },
  PHOTO: (property) => [mediaToVersion4(property)],
  LOGO: (property) => [mediaToVersion4(property)],
  SOUND: (property) => [mediaToVersion4(property)],
}
