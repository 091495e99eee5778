import { describe, expect, it } from 'vitest'
import { parseEtagList, readConditionStatus, writeCondition } from '../../src/dav/conditional.js'

describe('parseEtagList', () => {
  it('reads absent, star and lists', () => {
    expect(parseEtagList(null)).toBeUndefined()
    expect(parseEtagList('  ')).toBeUndefined()
    expect(parseEtagList(' * ')).toBe('*')
    expect(parseEtagList('"a", "b"')).toEqual(['"a"', '"b"'])
  })

  it('quotes unquoted etags and keeps weak markers', () => {
    expect(parseEtagList('abc')).toEqual(['"abc"'])
    expect(parseEtagList('W/"x", y')).toEqual(['W/"x"', '"y"'])
  })

  it('does not split at commas inside quotes', () => {
    expect(parseEtagList('"a,b", "c"')).toEqual(['"a,b"', '"c"'])
  })
})

describe('writeCondition', () => {
  it('passes If-Match and If-None-Match to the store, stripping weakness from If-None-Match only', () => {
    const headers = new Headers({ 'If-Match': 'W/"a", "b"', 'If-None-Match': 'W/"c"' })
    expect(writeCondition(headers)).toEqual({ ifMatch: ['W/"a"', '"b"'], ifNoneMatch: ['"c"'] })
  })

  it('is empty without headers (Thunderbird sends none)', () => {
    expect(writeCondition(new Headers())).toEqual({})
  })

  it('keeps star', () => {
    expect(writeCondition(new Headers({ 'If-None-Match': '*' }))).toEqual({ ifNoneMatch: '*' })
  })
})

describe('readConditionStatus', () => {
  const etag = '"e1"'
  const status = (headers: Record<string, string>) => readConditionStatus(new Headers(headers), etag)

  it('answers 304 when If-None-Match matches (weakly) or is star', () => {
    expect(status({ 'If-None-Match': '"e1"' })).toBe(304)
    expect(status({ 'If-None-Match': 'W/"e1"' })).toBe(304)
    expect(status({ 'If-None-Match': '"x", e1' })).toBe(304)
    expect(status({ 'If-None-Match': '*' })).toBe(304)
    expect(status({ 'If-None-Match': '"x"' })).toBeUndefined()
  })

  it('answers 412 when If-Match does not match strongly', () => {
    expect(status({ 'If-Match': '"x"' })).toBe(412)
    expect(status({ 'If-Match': 'W/"e1"' })).toBe(412)
    expect(status({ 'If-Match': '"e1"' })).toBeUndefined()
    expect(status({ 'If-Match': '*' })).toBeUndefined()
  })

  it('does nothing without conditions', () => {
    expect(status({})).toBeUndefined()
  })
})
