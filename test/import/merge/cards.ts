/** Builders for merge tests: importer renderings and device edits of them. */
import { renderContact, type Contact } from '../../../src/vcard/index.js'

export const UID = 'urn:uuid:3b9f6f4e-2c1a-5d7e-8f90-1a2b3c4d5e6f'

export function contact(overrides: Partial<Contact> = {}): Contact {
  return {
    uid: UID,
    firstName: 'Mara',
    lastName: 'Quellen',
    formattedName: 'Mara Quellen',
    organization: 'Brightwater Labs, Inc.',
    title: 'Staff Engineer',
    emails: [],
    profileUrl: 'https://www.linkedin.com/in/mara-quellen-4b21a7',
    connectedOn: '2021-03-14',
    noteLines: ['Connected on LinkedIn: 2021-03-14', 'Messages: 3, the last on 2025-06-01'],
    categories: ['LinkedIn'],
    rev: '2026-03-01T00:00:00Z',
    ...overrides,
  }
}

export const render = (overrides: Partial<Contact> = {}) => renderContact(contact(overrides))

export const lines = (card: string) => card.split('\r\n').filter(Boolean)

/** The card with `extra` lines inserted before END:VCARD (what a phone adds). */
export function withLines(card: string, extra: string[], beforeLine = 'END:VCARD'): string {
  const all = lines(card)
  const at = all.indexOf(beforeLine)
  all.splice(at, 0, ...extra)
  return all.join('\r\n') + '\r\n'
}

/** Replaces a content line (with its folded continuation lines), or removes it when replacement is null. */
export function replaceLine(card: string, startsWith: string, replacement: string | null): string {
  const all = lines(card)
  const at = all.findIndex((l) => l.startsWith(startsWith))
  if (at < 0) throw new Error(`no line starting with ${startsWith}`)
  let end = at + 1
  while (all[end]?.startsWith(' ')) end++
  all.splice(at, end - at, ...(replacement === null ? [] : [replacement]))
  return all.join('\r\n') + '\r\n'
}
