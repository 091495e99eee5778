import { describe, expect, it } from 'vitest'
import { normaliseProfileUrl } from '../../src/import/profile-url.js'

describe('normaliseProfileUrl', () => {
  it.each([
    ['https://www.linkedin.com/in/mara-quellen-4b21a7', 'mara-quellen-4b21a7', 'https://www.linkedin.com/in/mara-quellen-4b21a7'],
    ['http://de.linkedin.com/in/TobiasVenn/?trk=foo', 'tobiasvenn', 'https://www.linkedin.com/in/TobiasVenn'],
    ['www.linkedin.com/in/tobiasvenn#about', 'tobiasvenn', 'https://www.linkedin.com/in/tobiasvenn'],
    ['linkedin.com/in/noor-haddad-77/', 'noor-haddad-77', 'https://www.linkedin.com/in/noor-haddad-77'],
    ['  https://www.linkedin.com/in/sam-owner  ', 'sam-owner', 'https://www.linkedin.com/in/sam-owner'],
    ['HTTPS://WWW.LINKEDIN.COM/in/Sam-Owner', 'sam-owner', 'https://www.linkedin.com/in/Sam-Owner'],
  ])('normalises %j', (raw, slug, url) => {
    expect(normaliseProfileUrl(raw)).toEqual({ slug, url })
  })

  it('returns a Connections URL unchanged, percent-encoding included', () => {
    const raw = 'https://www.linkedin.com/in/zo%C3%AB-brandvold'
    expect(normaliseProfileUrl(raw)).toEqual({ slug: 'zoë-brandvold', url: raw })
  })

  it('joins the raw Unicode endorsement form with the percent-encoded Connections form', () => {
    const encoded = normaliseProfileUrl('https://www.linkedin.com/in/Jos%C3%A9-Ortiz-4b21a7')
    const raw = normaliseProfileUrl('www.linkedin.com/in/José-Ortiz-4b21a7')
    expect(raw).toEqual(encoded)
    expect(raw?.slug).toBe('josé-ortiz-4b21a7')
  })

  it('applies NFC so decomposed and composed accents give the same key', () => {
    const decomposed = normaliseProfileUrl('www.linkedin.com/in/zoe\u0308-brandvold')
    expect(decomposed?.slug).toBe('zo\u00eb-brandvold')
    expect(decomposed?.url).toBe('https://www.linkedin.com/in/zo%C3%AB-brandvold')
  })

  it('decodes only once and keeps malformed escapes raw', () => {
    expect(normaliseProfileUrl('https://www.linkedin.com/in/a%2541')?.slug).toBe('a%41')
    expect(normaliseProfileUrl('https://www.linkedin.com/in/bad%zz-slug')?.slug).toBe('bad%zz-slug')
    expect(normaliseProfileUrl('https://www.linkedin.com/in/half%C3')?.slug).toBe('half%c3')
  })

  it('is idempotent on its own url', () => {
    const first = normaliseProfileUrl('www.linkedin.com/in/Rafael-Osterhout-®')
    expect(first && normaliseProfileUrl(first.url)).toEqual(first)
  })

  it.each([
    '',
    'https://www.linkedin.com/company/orchard-systems',
    'https://www.linkedin.com/in/',
    'https://www.linkedin.com/pub/mara-quellen/1/2/3',
    'https://evil-linkedin.com/in/mara',
    'https://linkedin.com.example.net/in/mara',
    'https://www.example.com/in/mara',
    'mailto:mara@example.com',
    'https://www.linkedin.com/in/mara/details/experience',
  ])('rejects %j', (raw) => {
    expect(normaliseProfileUrl(raw)).toBeUndefined()
  })
})
