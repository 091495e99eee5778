import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { foldContentLine } from '../../src/vcard/index.js'
import { unfold, utf8Length } from './fixtures.js'

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/
const physicalLines = (folded: string): string[] => folded.split('\r\n')

function expectWellFolded(line: string): void {
  const folded = foldContentLine(line)
  for (const physical of physicalLines(folded)) expect(utf8Length(physical)).toBeLessThanOrEqual(75)
  for (const continuation of physicalLines(folded).slice(1)) expect(continuation.startsWith(' ')).toBe(true)
  expect(unfold(folded)).toBe(line)
  // Every physical line is valid UTF-16 on its own: no surrogate pair was split.
  for (const physical of physicalLines(folded)) expect(LONE_SURROGATE.test(physical)).toBe(false)
}

describe('foldContentLine', () => {
  it('leaves a line of exactly 75 octets alone', () => {
    const line = `NOTE:${'x'.repeat(70)}`
    expect(utf8Length(line)).toBe(75)
    expect(foldContentLine(line)).toBe(line)
  })

  it('folds a 76-octet line after 75 octets', () => {
    const line = `NOTE:${'x'.repeat(71)}`
    expect(foldContentLine(line)).toBe(`NOTE:${'x'.repeat(70)}\r\n x`)
  })

  it('counts the leading space of a continuation line toward its 75 octets', () => {
    const line = `NOTE:${'x'.repeat(70 + 74 + 1)}`
    expect(physicalLines(foldContentLine(line)).map(utf8Length)).toEqual([75, 75, 2])
  })

  it('counts octets, not UTF-16 units, for 80 ü', () => {
    const line = `NOTE:${'ü'.repeat(80)}`
    const lines = physicalLines(foldContentLine(line))
    expect(lines.map(utf8Length)).toEqual([75, 75, 17])
    expect(lines[0]).toBe(`NOTE:${'ü'.repeat(35)}`)
    expectWellFolded(line)
  })

  it('never splits an emoji that straddles the boundary', () => {
    const line = `NOTE:${'x'.repeat(68)}😀😀`
    const lines = physicalLines(foldContentLine(line))
    expect(lines[0]).toBe(`NOTE:${'x'.repeat(68)}`)
    expect(lines[1]).toBe(' 😀😀')
    expectWellFolded(line)
  })

  it('folds CJK text on three-octet boundaries', () => {
    const line = `NOTE:${'漢字かな'.repeat(12)}`
    const lines = physicalLines(foldContentLine(line))
    expect(utf8Length(lines[0] ?? '')).toBe(74)
    expectWellFolded(line)
  })

  it('keeps a combining mark with its base letter when it can', () => {
    const line = `NOTE:${'x'.repeat(69)}e\u0301tude`
    const lines = physicalLines(foldContentLine(line))
    expect(lines[0]).toBe(`NOTE:${'x'.repeat(69)}`)
    expect(lines[1]).toBe(' e\u0301tude')
  })

  it('keeps a ZWJ emoji sequence together when it fits on the next line', () => {
    const family = '👩\u200d👩\u200d👧'
    const line = `NOTE:${'x'.repeat(62)}${family}`
    const lines = physicalLines(foldContentLine(line))
    expect(lines[1]).toBe(` ${family}`)
    expectWellFolded(line)
  })

  it('still folds a grapheme longer than a line, on code points', () => {
    const line = `NOTE:a${'\u0301'.repeat(60)}`
    expectWellFolded(line)
  })

  it('returns short lines unchanged', () => {
    expect(foldContentLine('FN:Ada')).toBe('FN:Ada')
    expect(foldContentLine('')).toBe('')
  })

  it('folds any string to lines of at most 75 octets that unfold back (property-based)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (value) => {
        expectWellFolded(`NOTE:${value.replace(/[\r\n]/g, '')}`)
      }),
      { numRuns: 500 },
    )
  })

  it('folds grapheme-rich strings correctly (property-based)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (value) => {
        expectWellFolded(`X-TEXT:${value.replace(/[\r\n]/g, '')}`)
      }),
      { numRuns: 300 },
    )
  })
})
