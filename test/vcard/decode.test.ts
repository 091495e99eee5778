import { describe, expect, it } from 'vitest'
import { decodeBinary, findProperties, parseVCard, propertyComponents, propertyText, type VCard, type VProperty } from '../../src/vcard/index.js'
import { crlf, readFixture } from './fixtures.js'

function first(card: VCard, name: string): VProperty {
  const [property] = findProperties(card, name)
  if (!property) throw new Error(`no ${name}`)
  return property
}

describe('propertyText', () => {
  it('unescapes a 3.0 text value', () => {
    expect(propertyText(first(parseVCard(readFixture('ios-3.0.vcf')), 'NOTE'))).toBe(
      'Met at the example conference, Berlin.\nPrefers tea; dislikes early calls. This note is long enough to be folded – twice – by the phone.',
    )
  })

  it('decodes quoted-printable with soft breaks and turns CRLF into LF', () => {
    const card = parseVCard(readFixture('qp-2.1.vcf'))
    expect(propertyText(first(card, 'FN'))).toBe('Ayşe Öztürk')
    expect(propertyText(first(card, 'NOTE'))).toBe(
      'İlk satır\nİkinci satır uzun bir not ile devam ediyor ve yumuşak satır sonu içeriyor.',
    )
  })

  it('decodes quoted-printable with ISO-8859-1 and windows-1252 charsets', () => {
    const card = parseVCard(readFixture('qp-2.1.vcf'))
    expect(propertyText(first(card, 'ORG'))).toBe('Café € Example')
    expect(propertyText(first(card, 'ADR'))).toBe(';;Straße 5;Köln;;50667;Deutschland')
  })

  it('returns a value without escapes unchanged', () => {
    expect(propertyText({ name: 'FN', params: [], value: 'Élodie Dupont' })).toBe('Élodie Dupont')
  })
})

describe('propertyComponents', () => {
  it('splits N of a quoted-printable 2.1 card into decoded components', () => {
    expect(propertyComponents(first(parseVCard(readFixture('qp-2.1.vcf')), 'N'))).toEqual([['Öztürk'], ['Ayşe'], [''], [''], ['']])
  })

  it('splits structured values on ; and lists on , and unescapes each item', () => {
    const property: VProperty = { name: 'ADR', params: [], value: ';;1 Main St\\, Apt 2\\nBack door;Town;;12345;Land,Country' }
    expect(propertyComponents(property)).toEqual([[''], [''], ['1 Main St, Apt 2\nBack door'], ['Town'], [''], ['12345'], ['Land', 'Country']])
  })

  it('keeps an escaped semicolon inside its component', () => {
    expect(propertyComponents({ name: 'ORG', params: [], value: 'Sample\\; Sons;Sales' })).toEqual([['Sample; Sons'], ['Sales']])
  })
})

describe('decodeBinary', () => {
  it('decodes folded inline base64 of an iOS PHOTO with its media type', () => {
    const binary = decodeBinary(first(parseVCard(readFixture('ios-3.0.vcf')), 'PHOTO'))
    expect(binary?.mediaType).toBe('image/jpeg')
    expect(binary?.data.length).toBe(202)
    expect([...(binary?.data.slice(0, 3) ?? [])]).toEqual([0xff, 0xd8, 0xff])
    expect([...(binary?.data.slice(-2) ?? [])]).toEqual([0xff, 0xd9])
  })

  it('decodes a 4.0 data: URI with base64', () => {
    const binary = decodeBinary(first(parseVCard(readFixture('thunderbird-4.0.vcf')), 'PHOTO'))
    expect(binary?.mediaType).toBe('image/png')
    expect([...(binary?.data.slice(0, 4) ?? [])]).toEqual([0x89, 0x50, 0x4e, 0x47])
  })

  it('decodes a percent-encoded data: URI', () => {
    const binary = decodeBinary({ name: 'KEY', params: [], value: 'data:text/plain,a%20b%C3%BC' })
    expect(binary?.mediaType).toBe('text/plain')
    expect(new TextDecoder().decode(binary?.data)).toBe('a bü')
  })

  it('reads ENCODING=BASE64 and a 2.1 bare BASE64 with a bare format type', () => {
    const card = parseVCard(crlf('BEGIN:VCARD', 'VERSION:2.1', 'LOGO;ENCODING=BASE64;TYPE=image/gif:R0lGODlh', 'PHOTO;PNG;BASE64:iVBORw==', 'END:VCARD'))
    expect(decodeBinary(first(card, 'LOGO'))?.mediaType).toBe('image/gif')
    const photo = decodeBinary(first(card, 'PHOTO'))
    expect(photo?.mediaType).toBe('image/png')
    expect([...(photo?.data ?? [])]).toEqual([0x89, 0x50, 0x4e, 0x47])
  })

  it('leaves the media type out when nothing names it', () => {
    expect(decodeBinary({ name: 'PHOTO', params: [{ name: 'ENCODING', values: ['b'] }], value: 'AAEC' })).toEqual({ data: new Uint8Array([0, 1, 2]) })
  })

  it('returns undefined for a linked (non-data) URI and for plain text', () => {
    expect(decodeBinary({ name: 'PHOTO', params: [{ name: 'VALUE', values: ['uri'] }], value: 'https://example.com/a.jpg' })).toBeUndefined()
    expect(decodeBinary({ name: 'NOTE', params: [], value: 'hello' })).toBeUndefined()
  })
})
