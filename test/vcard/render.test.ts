import { describe, expect, it } from 'vitest'
import {
  MANAGED_PROPERTY_NAMES,
  parseVCard,
  propertyText,
  RENDERED_PRODID,
  renderContact,
  serializeVCard,
  type Contact,
} from '../../src/vcard/index.js'
import { crlf, utf8Length } from './fixtures.js'

const fullContact: Contact = {
  uid: 'urn:uuid:3f1c2a4e-5b6d-5e7f-8a9b-0c1d2e3f4a5b',
  firstName: 'Zoë',
  lastName: 'Ångström-Example',
  formattedName: 'Zoë Ångström-Example 🚀',
  organization: 'Example Widgets, Inc.',
  title: 'Head of R&D; Platforms',
  emails: ['zoe@example.com', 'z.angstrom@example.org'],
  profileUrl: 'https://www.linkedin.com/in/zoe-example',
  connectedOn: '2024-03-05',
  noteLines: [
    'Connected on LinkedIn: 2024-03-05',
    'Invitation: "Hi Zoë; great talk, let\'s connect!"',
    'Last message: 2026-11-02',
    'Recommendation: Zoë led the migration of our entire widget platform to the new stack without a single outage — remarkable work.',
  ],
  categories: ['LinkedIn', 'Conference, 2024'],
  rev: '2026-12-04T00:00:00Z',
}

const minimalContact: Contact = {
  uid: 'urn:uuid:00000000-0000-5000-8000-000000000001',
  firstName: 'Bo',
  lastName: '',
  formattedName: 'Bo',
  emails: [],
  noteLines: [],
  categories: [],
}

describe('renderContact', () => {
  it('writes a full contact as exactly these bytes', () => {
    expect(renderContact(fullContact)).toBe(
      crlf(
        'BEGIN:VCARD',
        'VERSION:3.0',
        'PRODID:-//linkingout//LinkedIn export//EN',
        'UID:urn:uuid:3f1c2a4e-5b6d-5e7f-8a9b-0c1d2e3f4a5b',
        'FN:Zoë Ångström-Example 🚀',
        'N:Ångström-Example;Zoë;;;',
        'ORG:Example Widgets\\, Inc.',
        'TITLE:Head of R&D\\; Platforms',
        'EMAIL;TYPE=INTERNET:zoe@example.com',
        'EMAIL;TYPE=INTERNET:z.angstrom@example.org',
        'item1.URL:https://www.linkedin.com/in/zoe-example',
        'item1.X-ABLabel:LinkedIn',
        'X-SOCIALPROFILE;TYPE=linkedin:https://www.linkedin.com/in/zoe-example',
        'item2.X-ABDATE:2024-03-05',
        'item2.X-ABLabel:Connected on LinkedIn',
        'CATEGORIES:LinkedIn,Conference\\, 2024',
        'NOTE:Connected on LinkedIn: 2024-03-05\\nInvitation: "Hi Zoë\\; great talk\\,',
        "  let's connect!\"\\nLast message: 2026-11-02\\nRecommendation: Zoë led the m",
        ' igration of our entire widget platform to the new stack without a single o',
        ' utage — remarkable work.',
        'REV:2026-12-04T00:00:00Z',
        'END:VCARD',
      ),
    )
  })

  it('writes a minimal contact with only the required lines', () => {
    expect(renderContact(minimalContact)).toBe(
      crlf(
        'BEGIN:VCARD',
        'VERSION:3.0',
        'PRODID:-//linkingout//LinkedIn export//EN',
        'UID:urn:uuid:00000000-0000-5000-8000-000000000001',
        'FN:Bo',
        'N:;Bo;;;',
        'END:VCARD',
      ),
    )
  })

  it('numbers the connected-on date item1 when there is no profile URL', () => {
    const text = renderContact({ ...minimalContact, connectedOn: '2023-01-09', organization: '', title: undefined, emails: [''] })
    expect(text).toContain(crlf('N:;Bo;;;', 'item1.X-ABDATE:2023-01-09', 'item1.X-ABLabel:Connected on LinkedIn', 'END:VCARD'))
    expect(text).not.toMatch(/ORG|TITLE|EMAIL|X-SOCIALPROFILE|URL/)
  })

  it('omits NOTE and CATEGORIES when they hold only empty text', () => {
    expect(renderContact({ ...minimalContact, noteLines: [''], categories: [''] })).toBe(renderContact(minimalContact))
  })

  it('gives the same bytes for the same contact, also from a copy', () => {
    const copy: Contact = JSON.parse(JSON.stringify(fullContact))
    expect(renderContact(copy)).toBe(renderContact(fullContact))
    expect(renderContact(fullContact)).toBe(renderContact(fullContact))
  })

  it('changes the bytes when a field changes', () => {
    expect(renderContact({ ...fullContact, title: 'CTO' })).not.toBe(renderContact(fullContact))
  })

  it('keeps every physical line within 75 octets and parses back to the same text', () => {
    const text = renderContact(fullContact)
    for (const line of text.split('\r\n')) expect(utf8Length(line)).toBeLessThanOrEqual(75)
    const card = parseVCard(text)
    expect(serializeVCard(card)).toBe(text)
    const note = card.properties.find((property) => property.name === 'NOTE')
    expect(note && propertyText(note)).toBe(fullContact.noteLines.join('\n'))
    const org = card.properties.find((property) => property.name === 'ORG')
    expect(org && propertyText(org)).toBe('Example Widgets, Inc.')
  })

  it('removes control characters and keeps line breaks inside text escaped', () => {
    const text = renderContact({ ...minimalContact, formattedName: 'Bo\u0007 B\u0000', noteLines: ['a\r\nb', 'c\u001b'], profileUrl: 'https://example.com/in/bo\r\n' })
    expect(text).toContain('FN:Bo B\r\n')
    expect(text).toContain('NOTE:a\\nb\\nc\r\n')
    expect(text).toContain('item1.URL:https://example.com/in/bo\r\n')
    expect(text).not.toMatch(/[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/)
  })

  it('lists every property it writes, except VERSION, in MANAGED_PROPERTY_NAMES', () => {
    const names = new Set(parseVCard(renderContact(fullContact)).properties.map((property) => property.name.toUpperCase()))
    names.delete('VERSION')
    expect([...names].sort()).toEqual([...MANAGED_PROPERTY_NAMES].sort())
  })

  it('exports the PRODID it writes', () => {
    expect(renderContact(minimalContact)).toContain(`PRODID:${RENDERED_PRODID}\r\n`)
  })
})
