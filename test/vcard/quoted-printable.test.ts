import { describe, expect, it } from 'vitest'
import { decodeQuotedPrintable } from '../../src/vcard/quoted-printable.js'

describe('decodeQuotedPrintable', () => {
  it('decodes UTF-8 octets by default', () => {
    expect(decodeQuotedPrintable('Ay=C5=9Fe =C3=96zt=C3=BCrk')).toBe('Ayşe Öztürk')
  })

  it('accepts lower-case hex digits', () => {
    expect(decodeQuotedPrintable('=c3=a9t=c3=a9')).toBe('été')
  })

  it('removes soft line breaks of every line-break style and a trailing =', () => {
    expect(decodeQuotedPrintable('ab=\r\ncd=\nef=\rgh=')).toBe('abcdefgh')
  })

  it('decodes a multi-byte character split across a soft break', () => {
    expect(decodeQuotedPrintable('=C3=\r\n=96zt')).toBe('Özt')
  })

  it.each([
    ['ISO-8859-1', 'Stra=DFe K=F6ln', 'Straße Köln'],
    ['windows-1252', 'Caf=E9 =80 5', 'Café € 5'],
    ['utf-8', '=E2=82=AC', '€'],
  ])('decodes with CHARSET %s', (charset, encoded, decoded) => {
    expect(decodeQuotedPrintable(encoded, charset)).toBe(decoded)
  })

  it('falls back to UTF-8 for an unknown charset', () => {
    expect(decodeQuotedPrintable('=C3=BC', 'x-no-such-charset')).toBe('ü')
  })

  it('keeps a = that starts no valid escape', () => {
    expect(decodeQuotedPrintable('a=ZZb=4')).toBe('a=ZZb=4')
  })

  it('keeps encoded line breaks', () => {
    expect(decodeQuotedPrintable('one=0D=0Atwo')).toBe('one\r\ntwo')
  })

  it('keeps characters that are already decoded text', () => {
    expect(decodeQuotedPrintable('Zoë =C3=BC')).toBe('Zoë ü')
  })
})
