import { describe, expect, it } from 'vitest'
import { hasControlCharacters, stripControlCharacters } from '../../src/vcard/index.js'

describe('stripControlCharacters', () => {
  it('removes C0 controls and DEL', () => {
    expect(stripControlCharacters('a\u0000b\u0001c\u0008d\u000be\u000cf\u001fg\u007fh')).toBe('abcdefgh')
  })

  it('keeps TAB, LF and CR', () => {
    expect(stripControlCharacters('a\tb\nc\rd')).toBe('a\tb\nc\rd')
  })

  it('keeps C1 and other non-ASCII characters', () => {
    expect(stripControlCharacters('Zoë \u0085 😀')).toBe('Zoë \u0085 😀')
  })

  it('removes every control from a long card without touching the rest', () => {
    const dirty = 'NOTE:x\u0002y\r\n'.repeat(1000)
    expect(stripControlCharacters(dirty)).toBe('NOTE:xy\r\n'.repeat(1000))
  })
})

describe('hasControlCharacters', () => {
  it('detects a forbidden control', () => {
    expect(hasControlCharacters('FN:Ada\u0007')).toBe(true)
    expect(hasControlCharacters('FN:Ada\u007f')).toBe(true)
  })

  it('accepts TAB, CR and LF', () => {
    expect(hasControlCharacters('FN:Ada\tExample\r\n')).toBe(false)
  })

  it('gives the same answer on repeated calls', () => {
    expect([hasControlCharacters('\u0001'), hasControlCharacters('\u0001')]).toEqual([true, true])
  })
})
