/**
 * Issue 4's scenario through a real client: import export A -> tsdav syncs everything -> the client
 * edits, adds and deletes cards -> import export B (the same network nine months later) -> the
 * client syncs by sync-collection and receives exactly the cards that changed, with the new job
 * fields, every line it added kept, its conflicting edit kept and reported, nothing resurrected.
 * (test/import/reimport.test.ts runs the same cycle at the store level.)
 */
import type { DAVAddressBook, DAVVCard } from 'tsdav'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ImportReport } from '../../src/import/index.js'
import { findProperties, parseVCard, propertyText } from '../../src/vcard/index.js'
import { createNetwork, evolveNetwork, profileUrl } from '../../tools/synthetic-export/index.js'
import { startServer, type TestServer } from './server.js'
import { comparableText, connectTsdav, memberName, namesOf, onlyBook, syncChanges, type TsdavClient } from './tsdav-client.js'
import { containsLines, editedCard, iphoneAdditions } from './tsdav-device.js'
import { cardNameOf as cardOf, tempDir, writeExportZip } from './tsdav-exports.js'

const march = createNetwork({ seed: 31, size: 120, hiddenRate: 0.05, asOf: '2026-03-01' })
const { network: december, changed } = evolveNetwork(march, {
  seed: 32, asOf: '2026-12-01', jobChanges: 6, newConnections: 4, removed: 3, slugChanges: 1, emailsRevealed: 1, nameFixes: 1,
})

const visible = march.people.filter((p) => !p.hidden)
const inMarch = (id: number) => visible.find((p) => p.id === id)!
const inDecember = (id: number) => december.people.find((p) => p.id === id)!
const touched = new Set(Object.values(changed).flat())
const untouched = visible.filter((p) => !touched.has(p.id))

/** Who the client edits, and how. */
const device = {
  withAdditions: untouched.slice(0, 3),
  jobChangedWithAdditions: inMarch(changed.jobChanges[0]!),
  jobChangedTitleEdited: inMarch(changed.jobChanges[1]!),
  removedWithAdditions: inMarch(changed.removed[0]!),
  misspeltName: untouched[3]!,
  deleted: untouched[4]!,
}
const peopleWithAdditions = [...device.withAdditions, device.jobChangedWithAdditions, device.removedWithAdditions]
const CONFLICTING_TITLE = 'Chief Tinkerer'
const FIXED_FAMILY_NAME = 'Fixed-Spelling'

/** A contact typed on the phone (invented). */
const NEW_CONTACT = [
  'BEGIN:VCARD', 'VERSION:3.0', 'PRODID:-//Apple Inc.//iPhone OS 17.1//EN', 'N:Brightwater;Ines;;;', 'FN:Ines Brightwater',
  'TEL;type=CELL;type=VOICE;type=pref:+44 7700 900555', 'item1.EMAIL;type=INTERNET;type=pref:ines.brightwater@example.com',
  'UID:0B7E6C1D-2A3F-4E5D-8C9B-112233445566', 'END:VCARD', '',
].join('\r\n')

const values = (card: DAVVCard | undefined, name: string) => (card ? findProperties(parseVCard(String(card.data)), name).map(propertyText) : [])

describe('re-import seen through tsdav: edits kept, conflicts reported, only changes synced', () => {
  const work = tempDir('linkingout-e2e-reimport-')
  let server: TestServer
  let client: TsdavClient
  let book: DAVAddressBook
  /** The client's copy of the book, kept current the way a syncing client keeps it. */
  const local = new Map<string, DAVVCard>()
  let additions: Map<string, string[]>
  let report: ImportReport
  let etagsBeforeB: Map<string, string>
  let syncedAfterB: { changed: string[]; deleted: string[] }
  let tsdavDeltaAfterB: { created: string[]; updated: string[] }

  const put = async (card: DAVVCard, status: number) => {
    const response = await client.updateVCard({ vCard: card })
    expect(response.status).toBe(status)
    local.set(memberName(card.url), { ...card, etag: response.headers.get('ETag') ?? undefined })
  }

  beforeAll(async () => {
    server = await startServer()
    await server.importExport(await writeExportZip(work.path, march, { exportDate: '2026-03-04' }))
    client = (await connectTsdav(server.origin, { username: server.user, password: server.password })).client
    book = await onlyBook(client)
    for (const card of await client.fetchVCards({ addressBook: book })) local.set(memberName(card.url), card)

    // The client's edits, each sent with the etag it holds.
    additions = new Map(peopleWithAdditions.map((person, i) => [cardOf(person), iphoneAdditions(i + 1)]))
    for (const [name, lines] of additions) await put(editedCard(local.get(name)!, { added: lines }), 204)
    const titled = cardOf(device.jobChangedTitleEdited)
    await put(editedCard(local.get(titled)!, { replace: (l) => (l.startsWith('TITLE:') ? `TITLE:${CONFLICTING_TITLE}` : l) }), 204)
    const misspelt = device.misspeltName
    await put(editedCard(local.get(cardOf(misspelt))!, {
      replace: (l) => (l.startsWith('FN:') ? `FN:${misspelt.firstName} ${FIXED_FAMILY_NAME}` : l.startsWith('N:') ? `N:${FIXED_FAMILY_NAME};${misspelt.firstName};;;` : l),
    }), 204)
    const created = await client.createVCard({ addressBook: book, vCardString: NEW_CONTACT, filename: 'ines.vcf' })
    expect(created.status).toBe(201)
    local.set('ines.vcf', { url: book.url + 'ines.vcf', etag: created.headers.get('ETag') ?? undefined, data: NEW_CONTACT })
    const deleted = local.get(cardOf(device.deleted))!
    expect((await client.deleteVCard({ vCard: deleted })).status).toBe(204)
    local.delete(cardOf(device.deleted))

    // The client syncs its own writes: nothing new for it but the deletion's tombstone.
    const own = await syncChanges(client, book, [...local.values()])
    expect({ created: own.delta.created, updated: own.delta.updated }).toEqual({ created: [], updated: [] })
    expect(namesOf(own.delta.deleted)).toEqual([cardOf(device.deleted)])
    book = { ...book, syncToken: own.syncToken }

    etagsBeforeB = new Map(server.store.listCards(server.book.id).map((c) => [c.name, c.etag]))
    report = await server.importExport(await writeExportZip(work.path, december, { exportDate: '2026-12-04' }))

    const raw = await client.syncCollection({ url: book.url, props: { 'd:getetag': {} }, syncLevel: 1, syncToken: book.syncToken })
    const hrefs = (status: (s: number) => boolean) => raw.filter((r) => r.href?.endsWith('.vcf') && status(r.status)).map((r) => memberName(new URL(r.href!, book.url).href)).sort()
    // tsdav gives a member with propstats the status of the whole multistatus (207)
    syncedAfterB = { changed: hrefs((s) => s !== 404), deleted: hrefs((s) => s === 404) }

    const { delta, syncToken } = await syncChanges(client, book, [...local.values()])
    expect(delta.deleted).toEqual([])
    tsdavDeltaAfterB = { created: namesOf(delta.created), updated: namesOf(delta.updated) }
    for (const card of [...delta.created, ...delta.updated]) local.set(memberName(card.url), card)
    book = { ...book, syncToken }
  })

  afterAll(async () => {
    await server?.close()
    work.remove()
  })

  it('syncs exactly the cards the import created or changed, and no others', () => {
    const after = server.store.listCards(server.book.id)
    const changedByImport = after.filter((c) => etagsBeforeB.get(c.name) !== c.etag).map((c) => c.name).sort()
    expect(syncedAfterB).toEqual({ changed: changedByImport, deleted: [] })

    const newPeople = changed.newConnections.map((id) => cardOf(inDecember(id))).sort()
    expect(tsdavDeltaAfterB).toEqual({ created: newPeople, updated: changedByImport.filter((name) => !newPeople.includes(name)) })
    const expectedUpdates = [...changed.jobChanges, ...changed.slugChanges, ...changed.emailsRevealed, ...changed.nameFixes].map((id) => cardOf(inMarch(id)))
    expect(changedByImport).toEqual(expect.arrayContaining([...newPeople, ...expectedUpdates]))
    expect(report.cards.created).toBe(newPeople.length)
    expect(report.cards.updated).toBe(changedByImport.length - newPeople.length)
    // Anything else the import touched is a card whose conversation grew: a handful at most.
    expect(changedByImport.length - newPeople.length - expectedUpdates.length).toBeLessThan(5)
    expect(changedByImport.length).toBeLessThan(after.length / 4)
  })

  it('ends with the same cards, etags and text as a full fetch', async () => {
    const full = await client.fetchVCards({ addressBook: book })
    expect(namesOf(full)).toEqual([...local.keys()].sort())
    for (const card of full) {
      const mine = local.get(memberName(card.url))!
      expect([memberName(card.url), mine.etag]).toEqual([memberName(card.url), card.etag])
      expect(comparableText(String(mine.data))).toBe(comparableText(String(card.data)))
    }
  })

  it('brings the new titles and companies, except the title the client changed', () => {
    for (const id of changed.jobChanges) {
      const now = inDecember(id)
      const card = local.get(cardOf(now))
      expect(values(card, 'ORG')).toEqual(now.company ? [now.company.trim()] : [])
      if (id === device.jobChangedTitleEdited.id) expect(values(card, 'TITLE')).toEqual([CONFLICTING_TITLE])
      else expect(values(card, 'TITLE')).toEqual(now.position ? [now.position.trim()] : [])
    }
  })

  it('keeps every line the client added, byte for byte, and its corrected name', () => {
    for (const [name, lines] of additions) expect([name, containsLines(local.get(name)!, lines)]).toEqual([name, true])
    expect(values(local.get(cardOf(device.misspeltName)), 'FN')).toEqual([`${device.misspeltName.firstName} ${FIXED_FAMILY_NAME}`])
    expect(server.store.getCard(server.book.id, 'ines.vcf')?.body).toBe(NEW_CONTACT)
  })

  it('updates the connection with a new profile URL under the same href, and adds a revealed e-mail', () => {
    const moved = inDecember(changed.slugChanges[0]!)
    expect(syncedAfterB.changed).toContain(cardOf(inMarch(moved.id)))
    expect(values(local.get(cardOf(inMarch(moved.id))), 'URL')).toEqual([profileUrl(moved.slug)])
    expect(local.has(cardOf(moved))).toBe(false)
    const revealed = inDecember(changed.emailsRevealed[0]!)
    expect(values(local.get(cardOf(revealed)), 'EMAIL')).toEqual([revealed.email])
  })

  it('does not bring back the deleted card, and keeps removed connections', () => {
    expect(local.has(cardOf(device.deleted))).toBe(false)
    expect(server.store.getCard(server.book.id, cardOf(device.deleted))).toBeUndefined()
    for (const id of changed.removed) {
      expect(local.has(cardOf(inMarch(id)))).toBe(true)
      expect(server.store.getCard(server.book.id, cardOf(inMarch(id)))).toBeDefined()
    }
    expect(containsLines(local.get(cardOf(device.removedWithAdditions))!, additions.get(cardOf(device.removedWithAdditions))!)).toBe(true)
  })

  it('reports the conflict, the removals, the deletion and the new profile URL', () => {
    const titled = inDecember(device.jobChangedTitleEdited.id)
    expect(report.conflicts).toEqual([
      expect.objectContaining({ card: cardOf(titled), field: 'TITLE', device: [CONFLICTING_TITLE], imported: [titled.position!.trim()] }),
    ])
    expect(report.removed.map((r) => [r.card, r.editedOnDevice, r.pruned]).sort()).toEqual(
      changed.removed.map((id) => [cardOf(inMarch(id)), id === device.removedWithAdditions.id, false]).sort(),
    )
    expect(report.deletedOnDevices).toEqual([expect.objectContaining({ card: cardOf(device.deleted), restored: false })])
    expect(report.newProfileUrls.map((r) => r.card)).toEqual([cardOf(inMarch(changed.slugChanges[0]!))])
  })
})
