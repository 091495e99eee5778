import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatContentLine, parseVCard, parseVCards, serializeVCard, type VCard, type VParam, type VProperty } from '../../src/vcard/index.js'
import { crlf, FIXTURE_NAMES, readFixture, utf8Length } from './fixtures.js'

describe('serializeVCard round trip', () => {
  it.each(FIXTURE_NAMES)('gives back %s byte for byte', (name) => {
    const text = readFixture(name)
    expect(serializeVCard(parseVCard(text))).toBe(text)
  })

  it.each(FIXTURE_NAMES)('writes CRLF, folds included, for %s read with LF line breaks', (name) => {
    const text = readFixture(name)
    expect(serializeVCard(parseVCard(text.replace(/\r\n/g, '\n')))).toBe(text)
  })

  it('writes CRLF for lone-CR input', () => {
    const text = readFixture('ios-3.0.vcf')
    expect(serializeVCard(parseVCard(text.replace(/\r\n/g, '\r')))).toBe(text)
  })

  it('gives back any well-formed CRLF card byte for byte, however it is folded (property-based)', () => {
    const name = fc.stringMatching(/^(item[0-9]\.)?[A-Za-z][A-Za-z0-9-]{0,8}$/).filter((candidate) => !/^(BEGIN|END)$/i.test(candidate))
    const param = fc.stringMatching(/^;[A-Za-z-]{1,6}(=([A-Za-z0-9 ,]{0,6}|"[^"\r\n]{0,8}"))?$/)
    const value = fc.string({ unit: 'binary', maxLength: 120 }).map((text) => text.replace(/[\r\n]/g, ''))
    const contentLine = fc.tuple(name, fc.array(param, { maxLength: 3 }), value).map(([n, ps, v]) => `${n}${ps.join('')}:${v}`)
    const foldedLine = fc.tuple(contentLine, fc.array(fc.nat(), { maxLength: 4 })).map(([line, cuts]) => {
      const points = [...new Set(cuts.map((cut) => 1 + (cut % line.length)))].sort((a, b) => a - b)
      const codePointSafe = points.filter((point) => !/[\uDC00-\uDFFF]/.test(line[point] ?? ''))
      let folded = ''
      let start = 0
      for (const point of codePointSafe) {
        folded += `${line.slice(start, point)}\r\n${point % 2 === 0 ? ' ' : '\t'}`
        start = point
      }
      return folded + line.slice(start)
    })
    fc.assert(
      fc.property(fc.array(foldedLine, { maxLength: 8 }), (lines) => {
        const text = crlf('BEGIN:VCARD', ...lines, 'END:VCARD')
        expect(serializeVCard(parseVCard(text))).toBe(text)
      }),
      { numRuns: 300 },
    )
  })

  it('gives back every card of a multi-card file', () => {
    const texts = FIXTURE_NAMES.map(readFixture)
    expect(parseVCards(texts.join('\r\n')).map(serializeVCard)).toEqual(texts)
  })
})

describe('serializeVCard of new content', () => {
  const card: VCard = {
    version: '3.0',
    properties: [
      { name: 'VERSION', params: [], value: '3.0' },
      { name: 'FN', params: [], value: 'Ada Example' },
      { name: 'NOTE', params: [], value: 'ü'.repeat(50) },
    ],
  }

  it('adds BEGIN/END, formats and folds properties without raw', () => {
    const text = serializeVCard(card)
    expect(text.startsWith(crlf('BEGIN:VCARD', 'VERSION:3.0', 'FN:Ada Example'))).toBe(true)
    expect(text.endsWith('END:VCARD\r\n')).toBe(true)
    for (const line of text.split('\r\n')) expect(utf8Length(line)).toBeLessThanOrEqual(75)
    expect(parseVCard(text).properties[2]?.value).toBe('ü'.repeat(50))
  })

  it('writes a changed property (raw dropped) from its fields and leaves the others verbatim', () => {
    const parsed = parseVCard(readFixture('ios-3.0.vcf'))
    const properties = parsed.properties.map((property) =>
      property.name === 'TITLE' ? { name: 'TITLE', params: [], value: 'Chief Data Officer' } : property,
    )
    const expected = readFixture('ios-3.0.vcf').replace('TITLE:Chief Scientist', 'TITLE:Chief Data Officer')
    expect(serializeVCard({ ...parsed, properties })).toBe(expected)
  })
})

describe('formatContentLine', () => {
  const property = (params: VParam[], value = 'v', group?: string): VProperty => ({ group, name: 'X-TEST', params, value })

  it('writes group, name, parameters and value', () => {
    expect(formatContentLine(property([{ name: 'TYPE', values: ['work', 'home'] }, { name: 'PREF', values: ['1'] }], 'x', 'item1'))).toBe(
      'item1.X-TEST;TYPE=work,home;PREF=1:x',
    )
  })

  it('quotes a value containing ; : or , and leaves others bare', () => {
    expect(formatContentLine(property([{ name: 'Q', values: ['x;y'] }, { name: 'R', values: ['a:b'] }, { name: 'S', values: ['plain'] }]))).toBe(
      'X-TEST;Q="x;y";R="a:b";S=plain:v',
    )
  })

  it('quotes a list item that contains a comma', () => {
    expect(formatContentLine(property([{ name: 'X-P', values: ['a,b', 'c'] }]))).toBe('X-TEST;X-P="a,b",c:v')
  })

  it('never quotes TYPE lists', () => {
    expect(formatContentLine(property([{ name: 'TYPE', values: ['work,voice', 'pref'] }]))).toBe('X-TEST;TYPE=work,voice,pref:v')
  })

  it('writes a vCard 2.1 bare parameter as its value alone', () => {
    expect(formatContentLine({ name: 'TEL', params: [{ name: 'TYPE', values: ['CELL'], bare: true }], value: '+1' })).toBe('TEL;CELL:+1')
  })

  it('caret-encodes a double quote or line break that cannot appear in a parameter', () => {
    expect(formatContentLine(property([{ name: 'X-P', values: ['say "hi"\nbye'] }]))).toBe("X-TEST;X-P=say ^'hi^'^nbye:v")
  })

  it('writes the value exactly as given (it is already escaped)', () => {
    expect(formatContentLine({ name: 'NOTE', params: [], value: 'a\\, b\\nc' })).toBe('NOTE:a\\, b\\nc')
  })

  it('formats properties that parse back to the same fields (property-based)', () => {
    const token = fc.stringMatching(/^[A-Za-z][A-Za-z0-9-]{0,10}$/)
    const paramValue = fc.string({ unit: 'grapheme', maxLength: 12 }).map((value) => value.replace(/["\r\n^]/g, ''))
    const param = fc.record({ name: token.filter((name) => name.toUpperCase() !== 'TYPE'), values: fc.array(paramValue, { minLength: 1, maxLength: 3 }) })
    const value = fc.string({ unit: 'binary', maxLength: 200 }).map((text) => text.replace(/[\r\n]/g, ''))
    fc.assert(
      fc.property(fc.option(token, { nil: undefined }), token.filter((name) => !/^(BEGIN|END)$/i.test(name)), fc.array(param, { maxLength: 4 }), value, (group, name, params, propertyValue) => {
        const written: VProperty = group === undefined ? { name, params, value: propertyValue } : { group, name, params, value: propertyValue }
        const card: VCard = { version: '4.0', properties: [written] }
        const [read] = parseVCard(serializeVCard(card)).properties
        expect(read && { group: read.group, name: read.name, params: read.params, value: read.value }).toEqual({ ...written, group })
      }),
      { numRuns: 300 },
    )
  })
})
