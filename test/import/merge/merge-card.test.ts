import { describe, expect, it } from 'vitest'
import { mergeCard } from '../../../src/import/merge/index.js'
import { findProperties, parseVCard, propertyText } from '../../../src/vcard/index.js'
import { lines, render, replaceLine, withLines } from './cards.js'

const PHONE_ADDITIONS = [
  'TEL;type=CELL;type=VOICE;type=pref:+44 7700 900123',
  'item3.ADR;type=HOME;type=pref:;;12 Example Road;Springfield;;AB1 2CD;United Kingdom',
  'item3.X-ABADR:gb',
  'PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAMCAgICAgMCAgIDAwMDBAYEBAQEBAgGBgUGCQgKCgkICQkKDA8MCgsOCw',
  ' kJDRENDg8QEBEQCgwSExIQEw8QEBD/wAALCAABAAEBAREA/8QAFAABAAAAAAAAAAAAAAAAAAAACf/EABQQAQAAAAAAAAA',
  'X-CUSTOM-THING;X-PARAM="a,b;c":kept exactly',
]

const value = (card: string, name: string) => findProperties(parseVCard(card), name).map(propertyText)

describe('mergeCard', () => {
  it('takes the fresh card when nobody edited the stored one', () => {
    const base = render()
    const fresh = render({ title: 'Principal Engineer' })
    expect(mergeCard(base, base, fresh)).toEqual({ body: fresh, updatedFields: ['*'], conflicts: [] })
  })

  it('keeps the stored bytes when the export did not change', () => {
    const base = render()
    const stored = withLines(base, PHONE_ADDITIONS)
    expect(mergeCard(base, stored, base).body).toBe(stored)
  })

  it('updates job fields and keeps everything a phone added, byte for byte and in place', () => {
    const base = render()
    const stored = withLines(base, PHONE_ADDITIONS, 'CATEGORIES:LinkedIn')
    const fresh = render({ title: 'Principal Engineer', organization: 'Orchard Systems' })
    const merged = mergeCard(base, stored, fresh)
    expect(merged.conflicts).toEqual([])
    expect(merged.updatedFields.sort()).toEqual(['ORG', 'TITLE'])
    expect(value(merged.body, 'TITLE')).toEqual(['Principal Engineer'])
    expect(value(merged.body, 'ORG')).toEqual(['Orchard Systems'])
    const out = lines(merged.body)
    const kept = out.filter((l) => PHONE_ADDITIONS.includes(l))
    expect(kept).toEqual(PHONE_ADDITIONS)
    expect(out.indexOf(PHONE_ADDITIONS[0]!)).toBeLessThan(out.indexOf('CATEGORIES:LinkedIn'))
  })

  it('keeps a field edited on the phone and reports the conflict when the export changed it too', () => {
    const base = render()
    const stored = replaceLine(base, 'TITLE:', 'TITLE:Head of Platform')
    const fresh = render({ title: 'Principal Engineer', organization: 'Orchard Systems' })
    const merged = mergeCard(base, stored, fresh)
    expect(value(merged.body, 'TITLE')).toEqual(['Head of Platform'])
    expect(value(merged.body, 'ORG')).toEqual(['Orchard Systems'])
    expect(merged.conflicts).toEqual([{ field: 'TITLE', device: ['Head of Platform'], imported: ['Principal Engineer'] }])
  })

  it('keeps a corrected name silently when the export still has the old spelling', () => {
    const base = render({ formattedName: 'Mara Quelen', lastName: 'Quelen' })
    const stored = replaceLine(replaceLine(base, 'FN:', 'FN:Mara Quellen'), 'N:', 'N:Quellen;Mara;;;')
    const fresh = render({ formattedName: 'Mara Quelen', lastName: 'Quelen', title: 'CTO' })
    const merged = mergeCard(base, stored, fresh)
    expect(merged.conflicts).toEqual([])
    expect(value(merged.body, 'FN')).toEqual(['Mara Quellen'])
    expect(value(merged.body, 'TITLE')).toEqual(['CTO'])
  })

  it('adds an e-mail the export now shows beside the one the user typed', () => {
    const base = render()
    const stored = withLines(base, ['item9.EMAIL;type=INTERNET;type=HOME:mara.home@example.org', 'item9.X-ABLabel:_$!<Home>!$_'])
    const fresh = render({ emails: ['mara.q@example.com'] })
    const merged = mergeCard(base, stored, fresh)
    expect(value(merged.body, 'EMAIL').sort()).toEqual(['mara.home@example.org', 'mara.q@example.com'])
    expect(lines(merged.body)).toContain('item9.X-ABLabel:_$!<Home>!$_')
  })

  it('moves to a new profile URL, with its label, without reusing a group the phone uses', () => {
    const base = render()
    const stored = withLines(base, ['item1.TEL:+1 555 0100', 'item3.TEL:+1 555 0101', 'item3.X-ABLabel:Studio'])
    const url = 'https://www.linkedin.com/in/mara-q'
    const merged = mergeCard(base, stored, render({ profileUrl: url }))
    const card = parseVCard(merged.body)
    const urlProperty = findProperties(card, 'URL')[0]!
    expect(propertyText(urlProperty)).toBe(url)
    expect(value(merged.body, 'X-SOCIALPROFILE')).toEqual([url])
    const labels = card.properties.filter((p) => p.group === urlProperty.group && p.name === 'X-ABLabel').map(propertyText)
    expect(labels).toEqual(['LinkedIn'])
    expect(lines(merged.body)).toEqual(expect.arrayContaining(['item1.TEL:+1 555 0100', 'item3.X-ABLabel:Studio']))
  })

  it('keeps the user’s deletion of an imported field, and does not bring it back', () => {
    const base = render()
    const stored = replaceLine(base, 'TITLE:', null)
    const merged = mergeCard(base, stored, render({ organization: 'Orchard Systems' }))
    expect(value(merged.body, 'TITLE')).toEqual([])
    expect(value(merged.body, 'ORG')).toEqual(['Orchard Systems'])
  })

  it('puts the new note in place of the old one and keeps what the user appended', () => {
    const base = render()
    const stored = replaceLine(base, 'NOTE:', 'NOTE:Connected on LinkedIn: 2021-03-14\\nMessages: 3\\, the last on 2025-06-01\\nMet her at the harbour talk.')
    const fresh = render({ noteLines: ['Connected on LinkedIn: 2021-03-14', 'Messages: 9, the last on 2026-11-30'] })
    const merged = mergeCard(base, stored, fresh)
    expect(merged.conflicts).toEqual([])
    expect(value(merged.body, 'NOTE')).toEqual(['Connected on LinkedIn: 2021-03-14\nMessages: 9, the last on 2026-11-30\nMet her at the harbour talk.'])
  })

  it('merges into a card Thunderbird rewrote as vCard 4.0 without false conflicts, and keeps it 4.0', () => {
    const base = render()
    const stored = [
      'BEGIN:VCARD', 'VERSION:4.0', 'PRODID:-//linkingout//LinkedIn export//EN', 'UID:urn:uuid:3b9f6f4e-2c1a-5d7e-8f90-1a2b3c4d5e6f',
      'FN:Mara Quellen', 'N:Quellen;Mara;;;', 'ORG:Brightwater Labs\\, Inc.', 'TITLE:Staff Engineer',
      'item1.URL:https://www.linkedin.com/in/mara-quellen-4b21a7', 'item1.X-ABLabel:LinkedIn',
      'X-SOCIALPROFILE;TYPE=linkedin:https://www.linkedin.com/in/mara-quellen-4b21a7',
      'item2.X-ABDATE:2021-03-14', 'item2.X-ABLabel:Connected on LinkedIn', 'CATEGORIES:LinkedIn',
      'NOTE:Connected on LinkedIn: 2021-03-14\\nMessages: 3\\, the last on 2025-06-01', 'REV:2026-03-01T00:00:00Z',
      'TEL;VALUE=TEXT;TYPE=cell:+44 7700 900123', 'END:VCARD', '',
    ].join('\r\n')
    const fresh = render({ title: 'Principal Engineer', emails: ['mara.q@example.com'] })
    const merged = mergeCard(base, stored, fresh)
    expect(merged.conflicts).toEqual([])
    expect(parseVCard(merged.body).version).toBe('4.0')
    expect(value(merged.body, 'TITLE')).toEqual(['Principal Engineer'])
    expect(lines(merged.body)).toContain('TEL;VALUE=TEXT;TYPE=cell:+44 7700 900123')
    const email = findProperties(parseVCard(merged.body), 'EMAIL')[0]!
    expect(email.params.flatMap((p) => p.values.map((v) => v.toUpperCase()))).not.toContain('INTERNET')
  })

  it('is deterministic and a second merge with the same export changes nothing', () => {
    const base = render()
    const stored = withLines(replaceLine(base, 'TITLE:', 'TITLE:Head of Platform'), PHONE_ADDITIONS)
    const fresh = render({ title: 'Principal Engineer', organization: 'Orchard Systems' })
    const first = mergeCard(base, stored, fresh)
    expect(mergeCard(base, stored, fresh)).toEqual(first)
    expect(mergeCard(fresh, first.body, fresh).body).toBe(first.body)
  })

  it('leaves client-created cards (no base) alone', () => {
    const stored = render({ formattedName: 'Someone Else' })
    expect(mergeCard(null, stored, render()).body).toBe(stored)
  })
})
