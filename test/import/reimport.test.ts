/**
 * The re-import cycle at the store level: import an export, edit cards as devices do, import the
 * same network's later export, and check exactly what changed, what was kept and what was reported.
 * (test/e2e/reimport-tsdav.test.ts and reimport-vdirsyncer.test.ts drive the same cycle through real clients.)
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { cardNameForUid, uidForKey } from '../../src/import/identity.js'
import { importExport, ImportError } from '../../src/import/index.js'
import { normaliseProfileUrl } from '../../src/import/profile-url.js'
import { openSqliteStore, type AddressBook, type Store } from '../../src/store/index.js'
import { findProperties, parseVCard, propertyText } from '../../src/vcard/index.js'
import { createNetwork, evolveNetwork, profileUrl, renderExport, writeZip, type Network, type Person } from '../../tools/synthetic-export/index.js'

const work = mkdtempSync(join(tmpdir(), 'linkingout-reimport-'))
const march = createNetwork({ seed: 11, size: 80, hiddenRate: 0.05, asOf: '2026-03-01' })
const { network: december, changed } = evolveNetwork(march, {
  seed: 12, asOf: '2026-12-01', jobChanges: 6, newConnections: 4, removed: 3, slugChanges: 1, emailsRevealed: 1, nameFixes: 1,
})

async function exportOf(network: Network, exportDate: string): Promise<string> {
  const path = join(work, `Complete_LinkedInDataExport_${exportDate.slice(5, 7)}-${exportDate.slice(8)}-${exportDate.slice(0, 4)}.zip`)
  await writeZip(renderExport(network, { era: '2026', kind: 'Complete', exportDate }), path)
  return path
}

const marchZip = await exportOf(march, '2026-03-04')
const decemberZip = await exportOf(december, '2026-12-04')

const cardOf = (person: Person) => cardNameForUid(uidForKey(`slug:${normaliseProfileUrl(profileUrl(person.slug))!.slug}`))
const visible = march.people.filter((p) => !p.hidden)
const byId = (id: number) => visible.find((p) => p.id === id)!
const touchedIds = new Set(Object.values(changed).flat())
const untouched = visible.filter((p) => !touchedIds.has(p.id))

const PHONE_LINES = ['TEL;type=CELL;type=VOICE;type=pref:+44 7700 900123', 'item5.ADR;type=HOME:;;1 Example Road;Springfield;;12345;Exampleland', 'item5.X-ABLabel:_$!<Home>!$_', 'PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAMCAgICAgMCAgIDAwMDBAYEBAQEBAgGBgUGCQgKCgkICQkKDA8MCgsOCw', ' kJDRENDg8QEBEQCgwSExIQEw8QEBD/wAALCAABAAEBAREA/8QAFAABAAAAAAAAAAAAAAAAAAAACf/EABQQAQAAAAAAAAA', 'X-UNKNOWN-APP;X-P="a,b;c":opaque value']

const values = (body: string, name: string) => findProperties(parseVCard(body), name).map(propertyText)

let store: Store
let book: AddressBook

function deviceEdit(person: Person, edit: (lines: string[]) => string[]): void {
  const card = store.getCard(book.id, cardOf(person))!
  const lines = card.body.split('\r\n').slice(0, -1)
  store.putCard(book.id, { name: card.name, uid: card.uid, body: edit(lines).join('\r\n') + '\r\n', version: '3.0' }, { ifMatch: [card.etag] })
}
const addPhoneLines = (lines: string[]) => [...lines.slice(0, -1), ...PHONE_LINES, 'END:VCARD']
const setLine = (prefix: string, line: string) => (lines: string[]) => lines.map((l) => (l.startsWith(prefix) ? line : l))

/** The device edits of the scenario, and who they were made on. */
const edited = {
  phones: untouched.slice(0, 3),
  jobChangedWithPhones: byId(changed.jobChanges[0]!),
  jobChangedTitleEdited: byId(changed.jobChanges[1]!),
  misspeltName: untouched[3]!,
  deletedOnPhone: untouched[4]!,
  removedButEdited: byId(changed.removed[0]!),
}

beforeEach(async () => {
  store = openSqliteStore(':memory:')
  book = store.ensureBook('me')
  await importExport({ store, bookId: book.id, path: marchZip })
  for (const person of edited.phones) deviceEdit(person, addPhoneLines)
  deviceEdit(edited.jobChangedWithPhones, addPhoneLines)
  deviceEdit(edited.jobChangedTitleEdited, setLine('TITLE:', 'TITLE:Chief Tinkerer'))
  deviceEdit(edited.misspeltName, setLine('FN:', `FN:${edited.misspeltName.firstName} Fixed-Spelling`))
  deviceEdit(edited.removedButEdited, addPhoneLines)
  store.deleteCard(book.id, cardOf(edited.deletedOnPhone))
})

describe('re-importing a newer export', () => {
  it('updates, adds and reports exactly the expected cards, and syncs only those', async () => {
    const revisionBefore = store.stats(book.id).revision
    const bodiesBefore = new Map(store.allCards(book.id).map((c) => [c.name, c.body]))
    const report = await importExport({ store, bookId: book.id, path: decemberZip })

    const newCards = store.allCards(book.id).filter((c) => !bodiesBefore.has(c.name))
    expect(report.cards.created).toBe(4)
    expect(newCards).toHaveLength(4)
    const expectedChanged = [...changed.jobChanges, ...changed.slugChanges, ...changed.emailsRevealed, ...changed.nameFixes].map((id) => cardOf(byId(id)))
    const sync = store.changesSince(book.id, { revision: revisionBefore })
    const synced = sync.changed.map((c) => c.name)
    expect(synced).toEqual(expect.arrayContaining([...expectedChanged, ...newCards.map((c) => c.name)]))
    // Anything else that changed is a card whose conversation grew: only its NOTE and REV differ.
    const others = synced.filter((name) => !expectedChanged.includes(name) && !newCards.some((c) => c.name === name))
    const withoutNote = (body: string) => body.replace(/\r\nNOTE:[^]*?\r\n(?! )/, '\r\n').replace(/\r\nREV:[^\r]*/, '')
    for (const name of others) expect(withoutNote(store.getCard(book.id, name)!.body)).toBe(withoutNote(bodiesBefore.get(name)!))
    expect(others.length).toBeLessThan(5)
    expect(sync.deleted).toEqual([])
    expect(report.cards.updated).toBe(synced.length - newCards.length)
    expect(report.cards.unchanged).toBe(bodiesBefore.size - report.cards.updated - report.removed.length)
  })

  it('keeps every line a phone added, byte for byte, while the job fields change', async () => {
    await importExport({ store, bookId: book.id, path: decemberZip })
    for (const person of [...edited.phones, edited.jobChangedWithPhones]) {
      const body = store.getCard(book.id, cardOf(person))!.body
      expect(body.split('\r\n').filter((l) => PHONE_LINES.includes(l))).toEqual(PHONE_LINES)
    }
    const now = december.people.find((p) => p.id === edited.jobChangedWithPhones.id)!
    const body = store.getCard(book.id, cardOf(edited.jobChangedWithPhones))!.body
    expect(values(body, 'TITLE')).toEqual(now.position ? [now.position.trim()] : [])
    expect(values(body, 'ORG')).toEqual(now.company ? [now.company.trim()] : [])
  })

  it('keeps a field edited on the phone and reports the conflict; keeps a corrected name silently', async () => {
    const report = await importExport({ store, bookId: book.id, path: decemberZip })
    const titled = store.getCard(book.id, cardOf(edited.jobChangedTitleEdited))!.body
    expect(values(titled, 'TITLE')).toEqual(['Chief Tinkerer'])
    expect(report.conflicts).toEqual([expect.objectContaining({ card: cardOf(edited.jobChangedTitleEdited), field: 'TITLE', device: ['Chief Tinkerer'] })])
    expect(values(store.getCard(book.id, cardOf(edited.misspeltName))!.body, 'FN')).toEqual([`${edited.misspeltName.firstName} Fixed-Spelling`])
  })

  it('follows a changed vanity URL to the same card, and adds an e-mail that became visible', async () => {
    const report = await importExport({ store, bookId: book.id, path: decemberZip })
    const moved = byId(changed.slugChanges[0]!)
    const newSlug = december.people.find((p) => p.id === moved.id)!.slug
    const body = store.getCard(book.id, cardOf(moved))!.body
    expect(values(body, 'URL')).toEqual([profileUrl(newSlug)])
    expect(report.newProfileUrls.map((r) => r.card)).toEqual([cardOf(moved)])
    expect(store.getCard(book.id, cardOf({ ...moved, slug: newSlug }))).toBeUndefined()
    const revealed = december.people.find((p) => p.id === changed.emailsRevealed[0])!
    expect(values(store.getCard(book.id, cardOf(revealed))!.body, 'EMAIL')).toEqual([revealed.email])
  })

  it('reports removed connections without deleting them; --prune-removed deletes only the unedited ones', async () => {
    const report = await importExport({ store, bookId: book.id, path: decemberZip })
    expect(report.removed.map((r) => r.card).sort()).toEqual(changed.removed.map((id) => cardOf(byId(id))).sort())
    expect(report.removed.every((r) => !r.pruned)).toBe(true)
    for (const id of changed.removed) expect(store.getCard(book.id, cardOf(byId(id)))).toBeDefined()

    const pruned = await importExport({ store, bookId: book.id, path: decemberZip, pruneRemoved: true })
    expect(pruned.removed.filter((r) => r.pruned)).toHaveLength(2)
    expect(store.getCard(book.id, cardOf(edited.removedButEdited))).toBeDefined()
    for (const id of changed.removed.slice(1)) expect(store.getCard(book.id, cardOf(byId(id)))).toBeUndefined()
  })

  it('does not bring back a card deleted on a phone, unless asked to', async () => {
    const report = await importExport({ store, bookId: book.id, path: decemberZip })
    expect(store.getCard(book.id, cardOf(edited.deletedOnPhone))).toBeUndefined()
    expect(report.deletedOnDevices).toEqual([expect.objectContaining({ card: cardOf(edited.deletedOnPhone), restored: false })])
    await importExport({ store, bookId: book.id, path: decemberZip, restoreDeleted: true })
    expect(store.getCard(book.id, cardOf(edited.deletedOnPhone))).toBeDefined()
  })

  it('refuses an export older than the newest imported one, unless --allow-older', async () => {
    await importExport({ store, bookId: book.id, path: decemberZip })
    const revision = store.stats(book.id).revision
    await expect(importExport({ store, bookId: book.id, path: marchZip })).rejects.toThrow(ImportError)
    await expect(importExport({ store, bookId: book.id, path: marchZip })).rejects.toThrow(/2026-03-04.*2026-12-04.*--allow-older/)
    expect(store.stats(book.id).revision).toBe(revision)
    const older = await importExport({ store, bookId: book.id, path: marchZip, allowOlder: true })
    expect(older.cards.updated).toBeGreaterThan(0)
  })

  it('--dry-run reports what the import would do and changes nothing', async () => {
    const before = store.allCards(book.id).map((c) => c.etag)
    const revision = store.stats(book.id).revision
    const dry = await importExport({ store, bookId: book.id, path: decemberZip, dryRun: true })
    expect(dry.dryRun).toBe(true)
    expect(store.allCards(book.id).map((c) => c.etag)).toEqual(before)
    expect(store.stats(book.id).revision).toBe(revision)
    expect(store.importHistory(book.id)).toHaveLength(1)
    const real = await importExport({ store, bookId: book.id, path: decemberZip })
    expect({ ...dry, dryRun: false, revision: real.revision }).toEqual(real)
  })

  it('changes nothing when the newer export is imported a second time', async () => {
    await importExport({ store, bookId: book.id, path: decemberZip })
    const revision = store.stats(book.id).revision
    const again = await importExport({ store, bookId: book.id, path: decemberZip })
    expect(again.cards.created + again.cards.updated).toBe(0)
    expect(again.conflicts).toEqual([])
    expect(store.stats(book.id).revision).toBe(revision)
  })
})
