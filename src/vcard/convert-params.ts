/**
 * Parameter conversions between vCard 2.1/3.0 and 4.0 (carddav-compat.md G3): the vCard 2.1
 * leftovers that neither 3.0 nor 4.0 allow, and the TYPE / PREF conventions of each version.
 */
import { isQuotedPrintable, transferDecodedValue } from './decode.js'
import type { VParam, VProperty } from './types.js'

/** Standard properties whose TYPE parameter carries work/home/cell-style types in both versions. */
const TYPED_PROPERTIES: ReadonlySet<string> = new Set([
  'ADR', 'LABEL', 'TEL', 'EMAIL', 'IMPP', 'URL', 'FN', 'NICKNAME', 'TITLE', 'ROLE', 'ORG', 'NOTE',
  'CATEGORIES', 'RELATED', 'LANG', 'TZ', 'GEO', 'CALADRURI', 'CALURI', 'FBURL',
])

export function hasTypedParams(property: VProperty): boolean {
  return TYPED_PROPERTIES.has(property.name.toUpperCase())
}

const isNamed = (param: VParam, name: string): boolean => param.name.toUpperCase() === name

/** What becomes of an ENCODING value outside vCard 2.1: undefined drops the parameter. */
const LEGACY_ENCODINGS: Readonly<Record<string, string | undefined>> = {
  'QUOTED-PRINTABLE': undefined,
  '8BIT': undefined,
  '7BIT': undefined,
  BASE64: 'b',
}

function cleanLegacyParam(param: VParam): VParam | undefined {
  const plain: VParam = { name: param.name, values: param.values }
  if (!isNamed(param, 'ENCODING')) return plain
  const encoding = param.values[0]?.toUpperCase() ?? ''
  if (!Object.hasOwn(LEGACY_ENCODINGS, encoding)) return plain
  const replacement = LEGACY_ENCODINGS[encoding]
  return replacement === undefined ? undefined : { name: param.name, values: [replacement] }
}

/** Parameters that `withoutLegacyEncoding` may have to rewrite. */
const isLegacyParam = (param: VParam): boolean => param.bare === true || isNamed(param, 'ENCODING')

/**
 * Removes what only vCard 2.1 (and old 3.0 writers) use: quoted-printable values are decoded into
 * plain text (line breaks escaped as `\n`, CHARSET dropped), bare parameters get their name
 * written out, ENCODING=BASE64 becomes ENCODING=b and 8BIT/7BIT disappear.
 */
export function withoutLegacyEncoding(property: VProperty): VProperty {
  if (!property.params.some(isLegacyParam)) return property
  const quotedPrintable = isQuotedPrintable(property)
  const params: VParam[] = []
  for (const param of property.params) {
    if (quotedPrintable && isNamed(param, 'CHARSET')) continue
    const cleaned = cleanLegacyParam(param)
    if (cleaned) params.push(cleaned)
  }
  const value = quotedPrintable ? transferDecodedValue(property).replace(/\n/g, '\\n') : property.value
  return { ...property, params, value }
}

function typeItems(param: VParam): string[] {
  const items: string[] = []
  for (const value of param.values) {
    if (value.includes(',')) items.push(...value.split(','))
    else items.push(value)
  }
  return items
}

/** Replaces the parameters matched by `isReplaced` with `inserted`, at the first one's place. */
function replaceParams(params: VParam[], isReplaced: (param: VParam) => boolean, inserted: VParam[]): VParam[] {
  const first = params.findIndex(isReplaced)
  const kept = params.filter((param) => !isReplaced(param))
  const at = first < 0 ? kept.length : params.slice(0, first).filter((param) => !isReplaced(param)).length
  return [...kept.slice(0, at), ...inserted, ...kept.slice(at)]
}

/** 3.0 → 4.0: TYPE values lower-case, `pref` → PREF=1, EMAIL's INTERNET dropped. */
export function typeParamsToVersion4(property: VProperty): VProperty {
  if (!property.params.some((param) => isNamed(param, 'TYPE'))) return property
  const isEmail = property.name.toUpperCase() === 'EMAIL'
  const types = new Set<string>()
  let preferred = false
  for (const param of property.params.filter((candidate) => isNamed(candidate, 'TYPE'))) {
    for (const item of typeItems(param)) {
      const type = item.toLowerCase()
      if (type === 'pref') preferred = true
      else if (!(isEmail && type === 'internet')) types.add(type)
    }
  }
  const inserted: VParam[] = types.size > 0 ? [{ name: 'TYPE', values: [...types] }] : []
  if (preferred && !property.params.some((param) => isNamed(param, 'PREF'))) inserted.push({ name: 'PREF', values: ['1'] })
  return { ...property, params: replaceParams(property.params, (param) => isNamed(param, 'TYPE'), inserted) }
}

/**
 * 4.0 → 3.0: TYPE values upper-case (`pref` kept lower-case, as iOS writes it), PREF=1 →
 * TYPE=pref (other PREF ranks have no 3.0 form and are dropped), EMAIL gets TYPE=INTERNET.
 */
export function typeParamsToVersion3(property: VProperty): VProperty {
  const isEmail = property.name.toUpperCase() === 'EMAIL'
  const isTypeOrPref = (param: VParam): boolean => isNamed(param, 'TYPE') || isNamed(param, 'PREF')
  if (!isEmail && !property.params.some(isTypeOrPref)) return property
  const types = new Set<string>(isEmail ? ['INTERNET'] : [])
  let preferred = false
  for (const param of property.params.filter(isTypeOrPref)) {
    if (isNamed(param, 'PREF')) {
      preferred ||= param.values[0]?.trim() === '1'
      continue
    }
    for (const item of typeItems(param)) {
      if (item.toLowerCase() === 'pref') preferred = true
      else types.add(item.toUpperCase())
    }
  }
  if (preferred) types.add('pref')
  const inserted: VParam[] = types.size > 0 ? [{ name: 'TYPE', values: [...types] }] : []
  return { ...property, params: replaceParams(property.params, isTypeOrPref, inserted) }
}
