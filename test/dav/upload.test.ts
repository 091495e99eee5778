import { describe, expect, it } from 'vitest'
import { DavError } from '../../src/dav/errors.js'
import { checkContentType, prepareUpload, uidForName } from '../../src/dav/upload.js'
import { card } from '../../src/dav/xml/names.js'

const bytes = (text: string) => new TextEncoder().encode(text)
const V3 = 'BEGIN:VCARD\r\nVERSION:3.0\r\nUID:ada-1\r\nFN:Ada Example\r\nEND:VCARD\r\n'

function failure(action: () => unknown): { status: number; condition: string | undefined } {
  try {
    action()
  } catch (error) {
    if (error instanceof DavError) return { status: error.status, condition: error.condition }
    throw error
  }
  throw new Error('expected a DavError')
}

describe('prepareUpload', () => {
  it('keeps a valid card byte for byte', () => {
    expect(prepareUpload(bytes(V3), 'ada.vcf')).toEqual({ body: V3, uid: 'ada-1', version: '3.0', rewritten: false })
  })

  it('accepts vCard 4.0 with LF line ends unchanged', () => {
    const v4 = 'BEGIN:VCARD\nVERSION:4.0\nUID:urn:uuid:6f0e0d1c-0000-4000-8000-000000000001\nFN:Grace Example\nEND:VCARD\n'
    expect(prepareUpload(bytes(v4), 'g.vcf')).toEqual({ body: v4, uid: 'urn:uuid:6f0e0d1c-0000-4000-8000-000000000001', version: '4.0', rewritten: false })
  })

  it('strips C0 control characters and reports the rewrite', () => {
    const result = prepareUpload(bytes(V3.replace('Ada Example', 'Ada\u0001 Exa\u001bmple')), 'ada.vcf')
    expect(result.body).toBe(V3)
    expect(result.rewritten).toBe(true)
  })

  it('adds a missing UID from a safe member name', () => {
    const result = prepareUpload(bytes('BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ada Example\r\nEND:VCARD\r\n'), 'C3A1-ABSPlugin.vcf')
    expect(result.uid).toBe('C3A1-ABSPlugin')
    expect(result.body).toContain('\r\nUID:C3A1-ABSPlugin\r\n')
    expect(result.rewritten).toBe(true)
  })

  it('adds a urn:uuid UID when the name is not a safe token', () => {
    const result = prepareUpload(bytes('BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ada\r\nUID:\r\nEND:VCARD\r\n'), 'a b;c.vcf')
    expect(result.uid).toMatch(/^urn:uuid:[0-9a-f-]{36}$/)
    expect(result.body.match(/^UID:/gm)).toHaveLength(1)
  })

  it('treats a body with a byte order mark as rewritten', () => {
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes(V3)])
    expect(prepareUpload(withBom, 'ada.vcf')).toMatchObject({ body: V3, rewritten: true })
  })

  it('refuses bodies that are not exactly one valid vCard of 3.0 or 4.0', () => {
    const validAddressData = { status: 403, condition: card('valid-address-data') }
    expect(failure(() => prepareUpload(bytes('hello'), 'x.vcf'))).toEqual(validAddressData)
    expect(failure(() => prepareUpload(bytes(V3 + V3.replace('ada-1', 'ada-2')), 'x.vcf'))).toEqual(validAddressData)
    expect(failure(() => prepareUpload(bytes(V3.replace('VERSION:3.0', 'VERSION:5.0')), 'x.vcf'))).toEqual(validAddressData)
    expect(failure(() => prepareUpload(bytes(V3.replace('VERSION:3.0\r\n', '')), 'x.vcf'))).toEqual(validAddressData)
    expect(failure(() => prepareUpload(bytes(V3.replace('UID:ada-1', 'UID:a\r\nUID:b')), 'x.vcf'))).toEqual(validAddressData)
    expect(failure(() => prepareUpload(new Uint8Array([0x42, 0xff, 0xfe]), 'x.vcf'))).toEqual(validAddressData)
  })

  it('refuses vCard 2.1 as unsupported address data', () => {
    expect(failure(() => prepareUpload(bytes(V3.replace('VERSION:3.0', 'VERSION:2.1')), 'x.vcf'))).toEqual({ status: 403, condition: card('supported-address-data') })
  })
})

describe('checkContentType', () => {
  it('accepts vCard media types with any parameters, quoted or not, and no header at all', () => {
    for (const header of [null, '', 'text/vcard', 'text/vcard; charset=utf-8', 'text/vcard; charset="utf-8"', 'Text/X-VCard;charset=UTF-8', 'text/vcard;version=4.0', 'text/plain;charset=UTF-8', 'application/octet-stream']) {
      expect(() => checkContentType(header)).not.toThrow()
    }
  })

  it('refuses other media types and charsets with supported-address-data', () => {
    for (const header of ['application/json', 'application/vcard+json', 'text/html', 'text/vcard; charset=iso-8859-1']) {
      expect(failure(() => checkContentType(header))).toEqual({ status: 403, condition: card('supported-address-data') })
    }
  })
})

describe('uidForName', () => {
  it('uses the name without .vcf when it is a safe token', () => {
    expect(uidForName('abc@def.vcf')).toBe('abc@def')
    expect(uidForName('6F0E-11.VCF')).toBe('6F0E-11')
  })

  it('makes a new urn:uuid otherwise', () => {
    expect(uidForName('a,b.vcf')).toMatch(/^urn:uuid:/)
    expect(uidForName('.vcf')).toMatch(/^urn:uuid:/)
  })
})
