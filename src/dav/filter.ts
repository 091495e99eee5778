/**
 * addressbook-query filters (RFC 6352 §10.5) evaluated against a parsed vCard. Pure: no XML, no
 * store. A prop-filter name matches with or without a group (`TEL` matches `item1.TEL`); a name
 * written with a group (`item1.TEL`) matches only that group.
 */
import { findProperties, paramValues, propertyText } from '../vcard/index.js'
import type { VCard, VProperty } from '../vcard/index.js'

export const COLLATIONS = ['i;unicode-casemap', 'i;ascii-casemap', 'i;octet'] as const
export type Collation = (typeof COLLATIONS)[number]
export const MATCH_TYPES = ['equals', 'contains', 'starts-with', 'ends-with'] as const
export type MatchType = (typeof MATCH_TYPES)[number]
export type Test = 'anyof' | 'allof'

export interface TextMatch {
  text: string
  collation: Collation
  matchType: MatchType
  negate: boolean
}

export interface ParamFilter {
  name: string
  isNotDefined: boolean
  textMatch?: TextMatch
}

export interface PropFilter {
  name: string
  test: Test
  isNotDefined: boolean
  textMatches: TextMatch[]
  paramFilters: ParamFilter[]
}

export interface CardFilter {
  test: Test
  propFilters: PropFilter[]
}

/** No prop-filter at all: every card matches (clients omit the filter although the DTD requires it). */
export const MATCH_ALL: CardFilter = { test: 'anyof', propFilters: [] }

export function isMatchAll(filter: CardFilter): boolean {
  return filter.propFilters.length === 0
}

export function matchesFilter(card: VCard, filter: CardFilter): boolean {
  if (filter.propFilters.length === 0) return true
  const matches = (propFilter: PropFilter) => matchesPropFilter(card, propFilter)
  return filter.test === 'allof' ? filter.propFilters.every(matches) : filter.propFilters.some(matches)
}

function matchesPropFilter(card: VCard, filter: PropFilter): boolean {
  const instances = propertiesNamed(card, filter.name)
  if (filter.isNotDefined) return instances.length === 0
  const tests: Array<(property: VProperty) => boolean> = [
    ...filter.textMatches.map((match) => (property: VProperty) => matchesText([propertyText(property)], match)),
    ...filter.paramFilters.map((paramFilter) => (property: VProperty) => matchesParamFilter(property, paramFilter)),
  ]
  if (tests.length === 0) return instances.length > 0
  return instances.some((property) => (filter.test === 'allof' ? tests.every((test) => test(property)) : tests.some((test) => test(property))))
}

function propertiesNamed(card: VCard, name: string): VProperty[] {
  const dot = name.indexOf('.')
  if (dot === -1) return findProperties(card, name)
  const group = name.slice(0, dot).toLowerCase()
  return findProperties(card, name.slice(dot + 1)).filter((property) => property.group?.toLowerCase() === group)
}

function matchesParamFilter(property: VProperty, filter: ParamFilter): boolean {
  const wanted = filter.name.toLowerCase()
  const defined = property.params.some((param) => param.name.toLowerCase() === wanted)
  if (filter.isNotDefined) return !defined
  if (!filter.textMatch) return defined
  return matchesText(defined ? paramValues(property, filter.name) : [], filter.textMatch)
}

/** True when any of `values` matches; negate-condition inverts the whole test. */
export function matchesText(values: readonly string[], match: TextMatch): boolean {
  const needle = fold(match.text, match.collation)
  const found = values.some((value) => compare(fold(value, match.collation), needle, match.matchType))
  return match.negate ? !found : found
}

const COMPARE: Readonly<Record<MatchType, (value: string, needle: string) => boolean>> = {
  equals: (value, needle) => value === needle,
  contains: (value, needle) => value.includes(needle),
  'starts-with': (value, needle) => value.startsWith(needle),
  'ends-with': (value, needle) => value.endsWith(needle),
}

function compare(value: string, needle: string, matchType: MatchType): boolean {
  return COMPARE[matchType](value, needle)
}

const FOLD: Readonly<Record<Collation, (text: string) => string>> = {
  'i;octet': (text) => text,
  'i;ascii-casemap': (text) => text.replace(/[A-Z]+/g, (upper) => upper.toLowerCase()),
  // RFC 5051 approximated with full case folding (upper, then lower: ß → ss) and NFKD.
  'i;unicode-casemap': (text) => text.toUpperCase().toLowerCase().normalize('NFKD'),
}

function fold(text: string, collation: Collation): string {
  return FOLD[collation](text)
}
