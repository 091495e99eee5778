import { describe, expect, it } from 'vitest'
import { convertVCard, findProperties, parseVCard, serializeVCard, type VCard } from '../../src/vcard/index.js'
import { ANNIVERSARY_LABEL, cardOf, contentLines, meaningOf, only } from './convert-helpers.js'
import { FIXTURE_NAMES, readFixture } from './fixtures.js'

const fixture = (name: string): VCard => parseVCard(readFixture(name))
const version3Fixtures = FIXTURE_NAMES.filter((name) => name.endsWith('-3.0.vcf'))

/** Names the conversion map may rewrite; everything else must come through as the same object. */
const MAPPED = new Set(['VERSION', 'KIND', 'MEMBER', 'X-ADDRESSBOOKSERVER-KIND', 'X-ADDRESSBOOKSERVER-MEMBER', 'X-ABSHOWAS', 'BDAY', 'ANNIVERSARY', 'X-ANNIVERSARY', 'X-ABDATE', 'X-ABLABEL', 'PHOTO', 'LOGO', 'SOUND', 'ADR', 'LABEL', 'TEL', 'EMAIL', 'IMPP', 'URL'])

describe('convertVCard basics', () => {
  it('returns a card already in the target version unchanged', () => {
    const card = fixture('ios-3.0.vcf')
    expect(convertVCard(card, '3.0')).toBe(card)
    const card4 = fixture('thunderbird-4.0.vcf')
    expect(convertVCard(card4, '4.0')).toBe(card4)
  })

  it('replaces the VERSION line in place and sets version', () => {
    const converted = convertVCard(fixture('ios-3.0.vcf'), '4.0')
    expect(converted.version).toBe('4.0')
    expect(contentLines(converted)[0]).toBe('VERSION:4.0')
    expect(findProperties(converted, 'VERSION')).toHaveLength(1)
  })

  it('adds a VERSION line to a card that had none', () => {
    const converted = convertVCard(cardOf('FN:Ada'), '4.0')
    expect(contentLines(converted)).toEqual(['VERSION:4.0', 'FN:Ada'])
  })

  it('does not change the card it converts', () => {
    const card = fixture('ios-3.0.vcf')
    const before = serializeVCard(card)
    convertVCard(card, '4.0')
    expect(serializeVCard(card)).toBe(before)
  })

  it.each(FIXTURE_NAMES)('keeps every property outside the map as the same object (raw included) for %s', (name) => {
    const card = fixture(name)
    const target = card.version === '4.0' ? '3.0' : '4.0'
    const converted = convertVCard(card, target)
    for (const property of card.properties.filter((candidate) => !MAPPED.has(candidate.name.toUpperCase()))) {
      if (card.version === '2.1') continue
      expect(converted.properties).toContain(property)
    }
  })

  it.each(FIXTURE_NAMES)('writes %s converted as a card that parses back identically', (name) => {
    const card = fixture(name)
    for (const target of ['3.0', '4.0'] as const) {
      const text = serializeVCard(convertVCard(card, target))
      expect(serializeVCard(parseVCard(text))).toBe(text)
    }
  })
})

describe('convertVCard 3.0 → 4.0 on the iOS card', () => {
  const lines = contentLines(convertVCard(fixture('ios-3.0.vcf'), '4.0'))

  it('turns TYPE=pref into PREF=1, lower-cases types and drops EMAIL TYPE=INTERNET', () => {
    expect(lines).toContain('item1.EMAIL;TYPE=work;PREF=1:ada.example@example.com')
    expect(lines).toContain('EMAIL;TYPE=home:ada@example.org')
    expect(lines).toContain('TEL;TYPE=cell,voice;PREF=1:+1 (555) 010-0100')
    expect(lines).toContain('item3.URL;PREF=1:https://ada.example.com/')
  })

  it('turns X-ABShowAs:COMPANY into KIND:org', () => {
    expect(lines).toContain('KIND:org')
    expect(lines.join('\n')).not.toMatch(/X-ABShowAs/i)
  })

  it('turns the Apple year-less birthday into --MM-DD', () => {
    expect(lines).toContain('BDAY:--03-15')
  })

  it('turns the anniversary X-ABDATE into ANNIVERSARY and drops its label', () => {
    expect(lines).toContain('ANNIVERSARY:2012-06-01')
    expect(lines.join('\n')).not.toContain(ANNIVERSARY_LABEL)
    expect(lines.join('\n')).not.toMatch(/item4\./)
  })

  it('keeps other Apple labels and their groups', () => {
    expect(lines).toContain('item3.X-ABLabel:_$!<HomePage>!$_')
    expect(lines).toContain('item5.X-ABRELATEDNAMES;type=pref:Grace Example')
    expect(lines).toContain('item2.X-ABADR:us')
  })

  it('turns the inline JPEG into a data: URI with the same bytes', () => {
    const original = only(fixture('ios-3.0.vcf'), 'PHOTO').value
    expect(lines).toContain(`PHOTO:data:image/jpeg;base64,${original}`)
  })

  it('keeps X- properties, the quoted parameter and PRODID/UID/REV unchanged', () => {
    expect(lines).toContain('X-SOCIALPROFILE;type=linkedin;x-user=ada-example:https://www.linkedin.com/in/ada-example')
    expect(lines).toContain('X-PARAM;X-CUSTOM="a,b;c";X-OTHER=plain:value')
    expect(lines).toContain('PRODID:-//Apple Inc.//iPhone OS 18.1//EN')
    expect(lines).toContain('UID:8A2B3C4D-1111-2222-3333-444455556666')
  })
})

describe('convertVCard 4.0 → 3.0 on the Thunderbird card', () => {
  const lines = contentLines(convertVCard(fixture('thunderbird-4.0.vcf'), '3.0'))

  it('turns PREF=1 into TYPE=pref and adds TYPE=INTERNET to every EMAIL', () => {
    expect(lines).toContain('EMAIL;TYPE=INTERNET,pref:bruno.sample@example.net')
    expect(lines).toContain('EMAIL;TYPE=INTERNET:bruno@example.org')
  })

  it('upper-cases TYPE values and keeps the other parameters in place', () => {
    expect(lines).toContain('TEL;VALUE=TEXT;TYPE=CELL:+44 7700 900123')
    expect(lines).toContain('ADR;TYPE=WORK:;;2 Office Park;Sampleford;;EX1 2AB;United Kingdom')
    expect(lines).toContain('ADR:;;1 Example Road;Exampleton;;;')
  })

  it('writes the year-less birthday the Apple way', () => {
    expect(lines).toContain('BDAY;X-APPLE-OMIT-YEAR=1604:1604-07-04')
  })

  it('writes ANNIVERSARY as X-ANNIVERSARY plus an Apple X-ABDATE with the anniversary label', () => {
    const at = lines.indexOf('X-ANNIVERSARY:2015-09-19')
    expect(at).toBeGreaterThan(0)
    expect(lines.slice(at + 1, at + 3)).toEqual(['item1.X-ABDATE:2015-09-19', `item1.X-ABLabel:${ANNIVERSARY_LABEL}`])
  })

  it('turns the data: URI photo into inline base64 with a TYPE', () => {
    expect(lines).toContain(
      'PHOTO;ENCODING=b;TYPE=PNG:iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
    )
  })

  it('keeps NOTE, UID and X- properties unchanged', () => {
    expect(lines).toContain('NOTE:First line\\nSecond line\\, with a comma\\nThird line')
    expect(lines).toContain('X-CUSTOM1:custom value')
    expect(lines).toContain('UID:2f0c6d0e-7c3a-4b5e-9d1f-6a1b2c3d4e5f')
  })
})

describe('convertVCard round trips', () => {
  it.each(version3Fixtures)('3.0 → 4.0 → 3.0 keeps the meaning of %s', (name) => {
    const card = fixture(name)
    expect(meaningOf(convertVCard(convertVCard(card, '4.0'), '3.0'))).toEqual(meaningOf(card))
  })

  it('3.0 → 4.0 → 3.0 gives back the unmapped lines of the iOS card byte for byte', () => {
    const text = readFixture('ios-3.0.vcf')
    const roundTrip = serializeVCard(convertVCard(convertVCard(parseVCard(text), '4.0'), '3.0'))
    for (const name of ['NOTE:', 'X-SOCIALPROFILE;', 'item5.X-ABRELATEDNAMES', 'X-PARAM;', 'item2.X-ABADR', 'N:', 'ORG:']) {
      const line = text.split(/\r\n(?! )/).find((candidate) => candidate.startsWith(name))
      expect(line && roundTrip.includes(line)).toBe(true)
    }
  })

  it('4.0 → 3.0 → 4.0 gives back the Thunderbird card exactly', () => {
    const text = readFixture('thunderbird-4.0.vcf')
    expect(serializeVCard(convertVCard(convertVCard(parseVCard(text), '3.0'), '4.0'))).toBe(text)
  })

  it('3.0 → 4.0 → 3.0 gives back the Apple group card exactly', () => {
    const text = readFixture('apple-group-3.0.vcf')
    expect(serializeVCard(convertVCard(convertVCard(parseVCard(text), '4.0'), '3.0'))).toBe(text)
  })
})
