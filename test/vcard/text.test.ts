import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { escapeText, splitList, splitStructured, unescapeText } from '../../src/vcard/index.js'

describe('escapeText', () => {
  it('escapes backslash, comma and semicolon', () => {
    expect(escapeText('a\\b,c;d')).toBe('a\\\\b\\,c\\;d')
  })

  it('turns CRLF, CR and LF each into one \\n', () => {
    expect(escapeText('one\r\ntwo\rthree\nfour')).toBe('one\\ntwo\\nthree\\nfour')
  })

  it('leaves colons and other text alone', () => {
    expect(escapeText('Zoë: 10:30 ✓')).toBe('Zoë: 10:30 ✓')
  })
})

describe('unescapeText', () => {
  it('decodes \\n and \\N as LF and the escaped specials', () => {
    expect(unescapeText('a\\nb\\Nc\\,d\\;e\\\\f\\:g')).toBe('a\nb\nc,d;e\\f:g')
  })

  it('keeps unknown escapes and a trailing backslash as written', () => {
    expect(unescapeText('C:\\Users\\t x\\')).toBe('C:\\Users\\t x\\')
  })

  it('does not treat an escaped backslash followed by n as a newline', () => {
    expect(unescapeText('a\\\\nb')).toBe('a\\nb')
  })

  it('round-trips any string after escaping (line breaks normalised to LF)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(unescapeText(escapeText(text))).toBe(text.replace(/\r\n|\r/g, '\n'))
      }),
    )
  })
})

describe('splitStructured', () => {
  it('splits on unescaped semicolons and keeps components escaped', () => {
    expect(splitStructured('Example;Ada\\;Maria;;Dr.\\, PhD;')).toEqual(['Example', 'Ada\\;Maria', '', 'Dr.\\, PhD', ''])
  })

  it('does not split after an escaped backslash', () => {
    expect(splitStructured('a\\\\;b')).toEqual(['a\\\\', 'b'])
  })

  it('returns one component for a value without separators', () => {
    expect(splitStructured('plain')).toEqual(['plain'])
  })
})

describe('splitList', () => {
  it('splits on unescaped commas only', () => {
    expect(splitList('Friends,Family\\, close,Work')).toEqual(['Friends', 'Family\\, close', 'Work'])
  })

  it('round-trips escaped items joined with commas', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary' }), { minLength: 1 }), (items) => {
        const joined = items.map(escapeText).join(',')
        expect(splitList(joined).map(unescapeText)).toEqual(items.map((item) => item.replace(/\r\n|\r/g, '\n')))
      }),
    )
  })
})
