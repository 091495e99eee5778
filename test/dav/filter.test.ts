import { describe, expect, it } from 'vitest'
import { MATCH_ALL, matchesFilter, matchesText, type CardFilter, type PropFilter, type TextMatch } from '../../src/dav/filter.js'
import { parseVCard } from '../../src/vcard/index.js'

const ADA = parseVCard(
  [
    'BEGIN:VCARD',
    'VERSION:3.0',
    'UID:ada-1',
    'FN:Ada Ärger-Example',
    'N:Ärger-Example;Ada;;;',
    'EMAIL;TYPE=INTERNET,WORK:ada@example.com',
    'item1.TEL;TYPE=CELL:+1 555 0100',
    'item1.X-ABLabel:mobile',
    'NOTE:Met at the Straße café\\, Berlin',
    'END:VCARD',
    '',
  ].join('\r\n'),
)

const text = (value: string, overrides: Partial<TextMatch> = {}): TextMatch => ({
  text: value,
  collation: 'i;unicode-casemap',
  matchType: 'contains',
  negate: false,
  ...overrides,
})

const prop = (name: string, overrides: Partial<PropFilter> = {}): PropFilter => ({
  name,
  test: 'anyof',
  isNotDefined: false,
  textMatches: [],
  paramFilters: [],
  ...overrides,
})

const filter = (propFilters: PropFilter[], test: CardFilter['test'] = 'anyof'): CardFilter => ({ test, propFilters })

describe('matchesFilter', () => {
  it('matches everything without prop-filters', () => {
    expect(matchesFilter(ADA, MATCH_ALL)).toBe(true)
  })

  it('treats a bare prop-filter as "is defined" (tsdav sends <prop-filter name="FN"/>)', () => {
    expect(matchesFilter(ADA, filter([prop('FN')]))).toBe(true)
    expect(matchesFilter(ADA, filter([prop('BDAY')]))).toBe(false)
  })

  it('matches property names case-insensitively and with or without a group', () => {
    expect(matchesFilter(ADA, filter([prop('tel')]))).toBe(true)
    expect(matchesFilter(ADA, filter([prop('item1.TEL')]))).toBe(true)
    expect(matchesFilter(ADA, filter([prop('item2.TEL')]))).toBe(false)
  })

  it('supports is-not-defined', () => {
    expect(matchesFilter(ADA, filter([prop('BDAY', { isNotDefined: true })]))).toBe(true)
    expect(matchesFilter(ADA, filter([prop('EMAIL', { isNotDefined: true })]))).toBe(false)
  })

  it('compares against the decoded property text', () => {
    expect(matchesFilter(ADA, filter([prop('NOTE', { textMatches: [text('café, berlin')] })]))).toBe(true)
  })

  it('combines prop-filters with anyof (default) and allof', () => {
    const hit = prop('FN', { textMatches: [text('ada')] })
    const miss = prop('FN', { textMatches: [text('grace')] })
    expect(matchesFilter(ADA, filter([hit, miss]))).toBe(true)
    expect(matchesFilter(ADA, filter([hit, miss], 'allof'))).toBe(false)
    expect(matchesFilter(ADA, filter([hit, prop('EMAIL')], 'allof'))).toBe(true)
  })

  it('combines the tests inside a prop-filter with anyof and allof', () => {
    const tests = { textMatches: [text('ada@'), text('nobody')] }
    expect(matchesFilter(ADA, filter([prop('EMAIL', tests)]))).toBe(true)
    expect(matchesFilter(ADA, filter([prop('EMAIL', { ...tests, test: 'allof' })]))).toBe(false)
  })

  it('evaluates param-filters: defined, not defined and text-match on values', () => {
    expect(matchesFilter(ADA, filter([prop('EMAIL', { paramFilters: [{ name: 'type', isNotDefined: false }] })]))).toBe(true)
    expect(matchesFilter(ADA, filter([prop('EMAIL', { paramFilters: [{ name: 'PREF', isNotDefined: true }] })]))).toBe(true)
    expect(matchesFilter(ADA, filter([prop('EMAIL', { paramFilters: [{ name: 'TYPE', isNotDefined: false, textMatch: text('work', { matchType: 'equals' }) }] })]))).toBe(true)
    expect(matchesFilter(ADA, filter([prop('EMAIL', { paramFilters: [{ name: 'TYPE', isNotDefined: false, textMatch: text('home') }] })]))).toBe(false)
    expect(matchesFilter(ADA, filter([prop('FN', { paramFilters: [{ name: 'TYPE', isNotDefined: false, textMatch: text('x', { negate: true }) }] })]))).toBe(true)
  })
})

describe('matchesText', () => {
  it('implements the four match types', () => {
    expect(matchesText(['Ada Example'], text('ada example', { matchType: 'equals' }))).toBe(true)
    expect(matchesText(['Ada Example'], text('ada', { matchType: 'equals' }))).toBe(false)
    expect(matchesText(['Ada Example'], text('ADA', { matchType: 'starts-with' }))).toBe(true)
    expect(matchesText(['Ada Example'], text('example', { matchType: 'ends-with' }))).toBe(true)
    expect(matchesText(['Ada Example'], text('a ex'))).toBe(true)
  })

  it('applies the collations', () => {
    expect(matchesText(['ÄRGER'], text('ärger'))).toBe(true)
    expect(matchesText(['Straße'], text('STRASSE'))).toBe(true)
    expect(matchesText(['ÄRGER'], text('ärger', { collation: 'i;ascii-casemap' }))).toBe(false)
    expect(matchesText(['ADA'], text('ada', { collation: 'i;ascii-casemap' }))).toBe(true)
    expect(matchesText(['ADA'], text('ada', { collation: 'i;octet' }))).toBe(false)
    expect(matchesText(['ada'], text('ada', { collation: 'i;octet' }))).toBe(true)
  })

  it('inverts the result with negate-condition', () => {
    expect(matchesText(['Ada'], text('grace', { negate: true }))).toBe(true)
    expect(matchesText(['Ada'], text('ada', { negate: true }))).toBe(false)
  })
})
