/**
 * Year-less dates: vCard 4.0 writes `--MM-DD`; Apple's vCard 3.0 writes the placeholder year 1604
 * and says so in `X-APPLE-OMIT-YEAR=1604` (carddav-compat.md G3; sabre/vobject does the same).
 */
import type { VProperty } from './types.js'

const OMIT_YEAR_PARAM = 'X-APPLE-OMIT-YEAR'
const PLACEHOLDER_YEAR = '1604'

const isOmitYearParam = (name: string): boolean => name.toUpperCase() === OMIT_YEAR_PARAM

/** `--MM-DD` / `--MMDD` → `1604-MM-DD` with X-APPLE-OMIT-YEAR=1604; other values unchanged. */
export function withAppleOmitYear(property: VProperty): VProperty {
  const match = /^--(\d{2})-?(\d{2})$/.exec(property.value.trim())
  if (!match) return property
  return {
    ...property,
    params: [...property.params, { name: OMIT_YEAR_PARAM, values: [PLACEHOLDER_YEAR] }],
    value: `${PLACEHOLDER_YEAR}-${match[1]}-${match[2]}`,
  }
}

/**
 * Drops X-APPLE-OMIT-YEAR; when the value's year is the one it names, the value becomes `--MM-DD`.
 */
export function withoutAppleOmitYear(property: VProperty): VProperty {
  const param = property.params.find((candidate) => isOmitYearParam(candidate.name))
  if (!param) return property
  const params = property.params.filter((candidate) => !isOmitYearParam(candidate.name))
  const match = /^(\d{4})-?(\d{2})-?(\d{2})$/.exec(property.value.trim())
  const value = match && match[1] === param.values[0]?.trim() ? `--${match[2]}-${match[3]}` : property.value
  return { ...property, params, value }
}
