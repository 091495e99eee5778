import { describe, expect, it } from 'vitest'
import { parseAccept, parseMediaType } from '../../src/dav/media-type.js'
import { cardText, versionFromAccept, versionFromAddressData } from '../../src/dav/representation.js'
import { card } from '../../src/dav/xml/names.js'
import type { Card } from '../../src/store/types.js'

describe('parseMediaType', () => {
  it('reads type and parameters, quoted or not', () => {
    const parsed = parseMediaType('Text/VCard; Charset="utf-8"; version=4.0')
    expect(parsed.type).toBe('text/vcard')
    expect([...parsed.params]).toEqual([
      ['charset', 'utf-8'],
      ['version', '4.0'],
    ])
  })

  it('keeps separators inside quoted values', () => {
    expect(parseMediaType('text/x-vcard; x="a;b,c"').params.get('x')).toBe('a;b,c')
  })
})

describe('parseAccept', () => {
  it('splits ranges and reads qualities', () => {
    expect(parseAccept('text/vcard;version=4.0;q=0.5, */*').map((range) => [range.type, range.quality])).toEqual([
      ['text/vcard', 0.5],
      ['*/*', 1],
    ])
  })
})

describe('versionFromAccept', () => {
  it('defaults to 3.0', () => {
    expect(versionFromAccept(null)).toBe('3.0')
    expect(versionFromAccept('*/*')).toBe('3.0')
    expect(versionFromAccept('text/vcard')).toBe('3.0')
    expect(versionFromAccept('text/vcard; version=3.0')).toBe('3.0')
  })

  it('gives 4.0 when the preferred vCard range asks for it', () => {
    expect(versionFromAccept('text/vcard; version=4.0')).toBe('4.0')
    expect(versionFromAccept('text/vcard;version="4.0"')).toBe('4.0')
    expect(versionFromAccept('text/vcard;version=3.0;q=0.4, text/vcard;version=4.0')).toBe('4.0')
    expect(versionFromAccept('text/vcard;version=4.0;q=0.4, text/vcard;version=3.0')).toBe('3.0')
  })
})

describe('versionFromAddressData', () => {
  const node = (attributes: Record<string, string>) => ({ name: card('address-data'), attributes, children: [], text: '' })

  it('reads version, matching attribute names case-insensitively', () => {
    expect(versionFromAddressData(node({ 'content-type': 'text/vcard', version: '4.0' }))).toBe('4.0')
    expect(versionFromAddressData(node({ 'Content-Type': 'text/vcard', Version: '4.0' }))).toBe('4.0')
  })

  it('defaults to 3.0 (RFC 6352 DTD default)', () => {
    expect(versionFromAddressData(node({}))).toBe('3.0')
    expect(versionFromAddressData(undefined)).toBe('3.0')
  })
})

describe('cardText', () => {
  const stored = (version: '3.0' | '4.0', body: string): Card => ({ name: 'n.vcf', uid: 'u', etag: '"e"', size: body.length, version, modifiedAt: 0, body })
  const v4 = 'BEGIN:VCARD\r\nVERSION:4.0\r\nUID:u1\r\nFN:Ada Example\r\nKIND:group\r\nEND:VCARD\r\n'

  it('returns the stored bytes when the version matches', () => {
    const body = 'BEGIN:VCARD\nVERSION:3.0\nUID:u1\nFN:Ada  Example\nEND:VCARD\n'
    expect(cardText(stored('3.0', body), '3.0')).toBe(body)
    expect(cardText(stored('4.0', v4), '4.0')).toBe(v4)
  })

  it('converts a card stored in the other version', () => {
    const converted = cardText(stored('4.0', v4), '3.0')
    expect(converted).toContain('VERSION:3.0')
    expect(converted).toContain('FN:Ada Example')
    expect(converted).toContain('\r\nX-ADDRESSBOOKSERVER-KIND:group\r\n')
    expect(converted).not.toMatch(/^KIND:/m)
  })

  it('serves a stored card that no longer parses as stored', () => {
    expect(cardText(stored('4.0', 'garbage'), '3.0')).toBe('garbage')
  })
})
