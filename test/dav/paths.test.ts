import { describe, expect, it } from 'vitest'
import { encodeSegment, hrefOf, parseHref, parsePathname, stripBasePath } from '../../src/dav/paths.js'

const REQUEST_URL = new URL('http://127.0.0.1/addressbooks/alice/linkedin/')

describe('encodeSegment', () => {
  it('keeps only A-Za-z0-9-._~ unencoded', () => {
    expect(encodeSegment('Az09-._~')).toBe('Az09-._~')
    expect(encodeSegment("a b@c+d!e'f(g)h*i:j;k,l&m=n%o")).toBe('a%20b%40c%2Bd%21e%27f%28g%29h%2Ai%3Aj%3Bk%2Cl%26m%3Dn%25o')
  })

  it('encodes unicode as UTF-8 bytes', () => {
    expect(encodeSegment('Zoë 😀')).toBe('Zo%C3%AB%20%F0%9F%98%80')
  })
})

describe('hrefOf', () => {
  it('writes collections with a trailing slash and cards without', () => {
    expect(hrefOf('', { kind: 'root' })).toBe('/')
    expect(hrefOf('', { kind: 'principals' })).toBe('/principals/')
    expect(hrefOf('', { kind: 'principal', user: 'alice' })).toBe('/principals/alice/')
    expect(hrefOf('', { kind: 'homes' })).toBe('/addressbooks/')
    expect(hrefOf('', { kind: 'home', user: 'alice' })).toBe('/addressbooks/alice/')
    expect(hrefOf('', { kind: 'book', user: 'alice', slug: 'linkedin' })).toBe('/addressbooks/alice/linkedin/')
    expect(hrefOf('', { kind: 'card', user: 'alice', slug: 'linkedin', name: 'a.vcf' })).toBe('/addressbooks/alice/linkedin/a.vcf')
  })

  it('carries the base path', () => {
    expect(hrefOf('/carddav', { kind: 'root' })).toBe('/carddav/')
    expect(hrefOf('/carddav', { kind: 'home', user: 'alice' })).toBe('/carddav/addressbooks/alice/')
  })

  it('encodes @ in user and card names', () => {
    expect(hrefOf('', { kind: 'card', user: 'ada@example.com', slug: 'linkedin', name: 'abc@def.vcf' })).toBe(
      '/addressbooks/ada%40example.com/linkedin/abc%40def.vcf',
    )
  })
})

describe('parsePathname', () => {
  it('recognises every resource of the URL space', () => {
    expect(parsePathname('', '/')).toEqual({ kind: 'root' })
    expect(parsePathname('', '/principals/')).toEqual({ kind: 'principals' })
    expect(parsePathname('', '/principals/alice/')).toEqual({ kind: 'principal', user: 'alice' })
    expect(parsePathname('', '/addressbooks/')).toEqual({ kind: 'homes' })
    expect(parsePathname('', '/addressbooks/alice/')).toEqual({ kind: 'home', user: 'alice' })
    expect(parsePathname('', '/addressbooks/alice/linkedin/')).toEqual({ kind: 'book', user: 'alice', slug: 'linkedin' })
    expect(parsePathname('', '/addressbooks/alice/linkedin/x.vcf')).toEqual({ kind: 'card', user: 'alice', slug: 'linkedin', name: 'x.vcf' })
  })

  it('accepts collections without the trailing slash', () => {
    expect(parsePathname('', '/addressbooks/alice/linkedin')).toEqual({ kind: 'book', user: 'alice', slug: 'linkedin' })
    expect(parsePathname('', '/principals/alice')).toEqual({ kind: 'principal', user: 'alice' })
  })

  it('refuses a card path with a trailing slash, deeper paths and unknown tops', () => {
    expect(parsePathname('', '/addressbooks/alice/linkedin/x.vcf/')).toBeNull()
    expect(parsePathname('', '/addressbooks/alice/linkedin/x/y.vcf')).toBeNull()
    expect(parsePathname('', '/principals/alice/more/')).toBeNull()
    expect(parsePathname('', '/card.php%3A8008/')).toBeNull()
    expect(parsePathname('', '/addressbooks//linkedin/')).toBeNull()
  })

  it('decodes each segment exactly once', () => {
    expect(parsePathname('', '/addressbooks/alice/linkedin/a%20b%40c.vcf')).toMatchObject({ name: 'a b@c.vcf' })
    expect(parsePathname('', '/addressbooks/alice/linkedin/a%2540b.vcf')).toMatchObject({ name: 'a%40b.vcf' })
    expect(parsePathname('', '/addressbooks/alice/linkedin/Zo%C3%AB.vcf')).toMatchObject({ name: 'Zoë.vcf' })
  })

  it('refuses encoded slashes, dot segments and broken escapes', () => {
    expect(parsePathname('', '/addressbooks/alice/linkedin/a%2Fb.vcf')).toBeNull()
    expect(parsePathname('', '/addressbooks/alice/linkedin/%2E%2E')).toBeNull()
    expect(parsePathname('', '/addressbooks/alice/linkedin/100%.vcf')).toBeNull()
  })

  it('honours the base path and refuses paths outside it', () => {
    expect(parsePathname('/carddav', '/carddav')).toEqual({ kind: 'root' })
    expect(parsePathname('/carddav', '/carddav/principals/alice/')).toEqual({ kind: 'principal', user: 'alice' })
    expect(parsePathname('/carddav', '/principals/alice/')).toBeNull()
    expect(parsePathname('/carddav', '/carddavx/')).toBeNull()
    expect(stripBasePath('/carddav', '/other')).toBeNull()
  })

  it('round-trips every href it writes, whatever the name', () => {
    for (const name of ['a b.vcf', 'abc@def.vcf', 'C3A1-0F-ABSPlugin.vcf', 'Zoë 😀.vcf', "x+y!'()*:;,&=%.vcf"]) {
      const href = hrefOf('/base', { kind: 'card', user: 'ada@example.com', slug: 'linkedin', name })
      expect(parsePathname('/base', href)).toEqual({ kind: 'card', user: 'ada@example.com', slug: 'linkedin', name })
    }
  })
})

describe('parseHref', () => {
  it('accepts absolute paths and full URLs', () => {
    const expected = { kind: 'card', user: 'alice', slug: 'linkedin', name: 'a.vcf' }
    expect(parseHref('', '/addressbooks/alice/linkedin/a.vcf', REQUEST_URL)).toEqual(expected)
    expect(parseHref('', 'https://dav.example.com/addressbooks/alice/linkedin/a.vcf', REQUEST_URL)).toEqual(expected)
  })

  it('accepts encoded and unencoded hrefs alike, decoding once', () => {
    expect(parseHref('', '/addressbooks/alice/linkedin/a b@c.vcf', REQUEST_URL)).toMatchObject({ name: 'a b@c.vcf' })
    expect(parseHref('', '/addressbooks/alice/linkedin/a%20b%40c.vcf', REQUEST_URL)).toMatchObject({ name: 'a b@c.vcf' })
    expect(parseHref('', '/addressbooks/alice/linkedin/Zoë.vcf', REQUEST_URL)).toMatchObject({ name: 'Zoë.vcf' })
    expect(parseHref('', '/addressbooks/alice/linkedin/%25.vcf', REQUEST_URL)).toMatchObject({ name: '%.vcf' })
  })

  it('ignores surrounding whitespace and rejects garbage', () => {
    expect(parseHref('', '\n  /addressbooks/alice/linkedin/a.vcf  ', REQUEST_URL)).toMatchObject({ name: 'a.vcf' })
    expect(parseHref('', 'http://[bad', REQUEST_URL)).toBeNull()
  })
})
