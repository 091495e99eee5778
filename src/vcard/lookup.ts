/** Read access to a parsed card: properties by name, parameter values by name. */
import type { VCard, VProperty } from './types.js'

/**
 * What a vCard 2.1 bare parameter stands for (`TEL;CELL:`, `N;QUOTED-PRINTABLE:`): the
 * vCard 2.1 ENCODING and VALUE tokens, every other token is a TYPE.
 */
const BARE_PARAMETER_NAMES: Readonly<Record<string, string>> = {
  'QUOTED-PRINTABLE': 'ENCODING',
  BASE64: 'ENCODING',
  '8BIT': 'ENCODING',
  '7BIT': 'ENCODING',
  INLINE: 'VALUE',
  URL: 'VALUE',
  'CONTENT-ID': 'VALUE',
  CID: 'VALUE',
}

export function bareParameterName(token: string): string {
  return BARE_PARAMETER_NAMES[token.toUpperCase()] ?? 'TYPE'
}

/** Properties whose name matches case-insensitively, whatever their group, in card order. */
export function findProperties(card: VCard, name: string): VProperty[] {
  const wanted = name.toUpperCase()
  return card.properties.filter((property) => property.name.toUpperCase() === wanted)
}

/**
 * All values of the parameters named `name` (case-insensitive), in order, with repeated
 * parameters and comma lists flattened: `type=INTERNET;type=WORK,pref` gives
 * ['INTERNET', 'WORK', 'pref']. vCard 2.1 bare parameters count under the name they stand for
 * (see `bareParameterName`). TYPE values are also split when a client quoted the list.
 */
export function paramValues(property: VProperty, name: string): string[] {
  const wanted = name.toUpperCase()
  const values: string[] = []
  for (const param of property.params) {
    if (param.name.toUpperCase() !== wanted) continue
    for (const value of param.values) {
      if (wanted === 'TYPE' && value.includes(',')) values.push(...value.split(','))
      else values.push(value)
    }
  }
  return values
}

/** True when any value of parameter `name` equals `value`, ignoring case. */
export function hasParamValue(property: VProperty, name: string, value: string): boolean {
  const wanted = value.toUpperCase()
  return paramValues(property, name).some((candidate) => candidate.toUpperCase() === wanted)
}
