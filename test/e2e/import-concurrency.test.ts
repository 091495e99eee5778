/**
 * Clients syncing or writing while an import runs in another process (the CLI, on the same data
 * directory as the listening server) see either the old state or the new state, never a half; a
 * client write that arrives during the import is neither lost nor overwrites the import.
 *
 * The import's write transaction is detected from outside (a connection that cannot take the
 * write lock). A sync-collection and a Depth-1 listing are sent while it is open, then two PUTs:
 * one without If-Match (as Thunderbird writes), one with the etag the client held before the
 * import; then more listings and syncs until the import has ended. One line of timings is
 * printed: a PUT waits for the import's lock (SQLite busy_timeout), reads must not wait at all.
 */
import { join } from 'node:path'
import type { DAVAddressBook, DAVVCard } from 'tsdav'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { STORE_FILE_NAME } from '../../src/store/index.js'
import { findProperties, parseVCard, propertyText } from '../../src/vcard/index.js'
import { createNetwork, evolveNetwork, type Person } from '../../tools/synthetic-export/index.js'
import { spawnImport, waitFor, type ChildExit, type ImportChild } from './child-import.js'
import { WriteLockProbe } from './child-sqlite.js'
import { startServer, type TestServer } from './server.js'
import { connectTsdav, memberName, onlyBook, type TsdavClient } from './tsdav-client.js'
import { editedCard } from './tsdav-device.js'
import { cardNameOf, tempDir, writeExportZip } from './tsdav-exports.js'
import { listingSnapshot, syncSnapshot, tokenRevision, without, type ListingSnapshot, type SyncSnapshot } from './tsdav-snapshots.js'

const CONNECTIONS = 24_000
/** Most cards change, so that the import's write transaction lasts a few seconds. */
const JOB_CHANGES = 20_000
const NEW_CONNECTIONS = 300

interface Timed<T> {
  value: T
  ms: number
  /** Whether the import held the write lock when the request was sent and when its answer was read. */
  lockHeld: { before: boolean; after: boolean }
}

interface ClientWrite {
  /** The card as the client held it before the import. */
  before: DAVVCard
  /** The line the client added. */
  line: string
  /** The text it PUT. */
  sent: string
  status: number
  ms: number
}

describe('an import in another process while clients sync and write', () => {
  const work = tempDir('linkingout-e2e-concurrency-')
  let server: TestServer
  let client: TsdavClient
  let book: DAVAddressBook
  let probe: WriteLockProbe
  let zipB: string
  const listings: Timed<ListingSnapshot>[] = []
  const syncs: Timed<SyncSnapshot>[] = []
  let oldState: ListingSnapshot
  let childExit: ChildExit
  /** Sent during the import without If-Match, and with the etag held before the import. */
  const writes = {} as { blind: ClientWrite; conditional: ClientWrite }
  /** The titles export B gives the two cards the client writes. */
  let newTitles: Map<string, string>

  const timed = async <T>(request: () => Promise<T>): Promise<Timed<T>> => {
    const before = probe.held()
    const started = performance.now()
    const value = await request()
    return { value, ms: performance.now() - started, lockHeld: { before, after: probe.held() } }
  }
  const snapshotBoth = async () => {
    syncs.push(await timed(() => syncSnapshot(client, book, oldState.token)))
    listings.push(await timed(() => listingSnapshot(client, book)))
  }
  const put = async (write: ClientWrite, etag: string | undefined): Promise<ClientWrite> => {
    const started = performance.now()
    const response = await client.updateVCard({ vCard: { url: write.before.url, data: write.sent, etag } })
    return { ...write, status: response.status, ms: performance.now() - started }
  }
  const plannedWrite = (card: DAVVCard, line: string): ClientWrite => ({ before: card, line, sent: String(editedCard(card, { added: [line] }).data), status: 0, ms: 0 })

  /** Snapshots and PUTs while the child's transaction is open, then snapshots until it has ended. */
  async function workDuringImport(child: ImportChild): Promise<{ putsAfterMs: number; putsAnsweredAfterMs: number }> {
    await waitFor(() => probe.held(), () => (child.running() ? undefined : 'the import finished before its transaction was seen'))
    const lockSeen = performance.now()
    await snapshotBoth()
    const putsAfterMs = performance.now() - lockSeen
    expect(probe.held()).toBe(true) // the PUTs go out while the import's transaction is open
    ;[writes.blind, writes.conditional] = await Promise.all([put(writes.blind, undefined), put(writes.conditional, writes.conditional.before.etag)])
    const putsAnsweredAfterMs = performance.now() - lockSeen
    while (child.running()) await snapshotBoth()
    await snapshotBoth()
    return { putsAfterMs, putsAnsweredAfterMs }
  }

  beforeAll(async () => {
    const a = createNetwork({ seed: 51, size: CONNECTIONS, asOf: '2026-03-01' })
    const { network: b, changed } = evolveNetwork(a, { seed: 52, asOf: '2026-12-01', jobChanges: JOB_CHANGES, newConnections: NEW_CONNECTIONS, removed: 100 })
    const zipA = await writeExportZip(work.path, a, { exportDate: '2026-03-04', kind: 'Basic', messages: 2000 })
    zipB = await writeExportZip(work.path, b, { exportDate: '2026-12-04', kind: 'Basic', messages: 2000 })
    server = await startServer()
    await server.importExport(zipA)
    client = (await connectTsdav(server.origin, { username: server.user, password: server.password })).client
    book = await onlyBook(client)
    probe = new WriteLockProbe(join(server.dataDir, STORE_FILE_NAME))

    // Two cards whose job the import changes, as the client holds them before the import.
    const people = changed.jobChanges.slice(0, 2).map((id) => b.people.find((p) => p.id === id)!) as [Person, Person]
    newTitles = new Map(people.map((p) => [cardNameOf(p), p.position?.trim() ?? '']))
    const [blindCard, conditionalCard] = await client.fetchVCards({ addressBook: book, objectUrls: people.map((p) => server.bookPath + cardNameOf(p)) })
    expect([blindCard, conditionalCard].map((c) => c && memberName(c.url))).toEqual(people.map(cardNameOf))
    writes.blind = plannedWrite(blindCard!, 'TEL;TYPE=cell:+44 7700 900321')
    writes.conditional = plannedWrite(conditionalCard!, 'TEL;TYPE=cell:+44 7700 900654')

    const baseline = { listing: await timed(() => listingSnapshot(client, book)), sync: 0 }
    oldState = baseline.listing.value
    baseline.sync = (await timed(() => syncSnapshot(client, book, oldState.token))).ms

    const child = spawnImport(zipB, server.dataDir, server.user)
    try {
      const lockWindow = await workDuringImport(child)
      childExit = await child.exited
      const ms = (t: Timed<unknown>) => [Math.round(t.ms), t.lockHeld.before, t.lockHeld.after]
      console.log('timings (ms; lock held before/after):', JSON.stringify({
        import: Math.round(childExit.ms),
        baseline: { listing: Math.round(baseline.listing.ms), sync: Math.round(baseline.sync) },
        lockWindow: { putsAfter: Math.round(lockWindow.putsAfterMs), putsAnsweredAfter: Math.round(lockWindow.putsAnsweredAfterMs) },
        listings: listings.map(ms),
        syncs: syncs.map(ms),
        puts: { blind: [Math.round(writes.blind.ms), writes.blind.status], conditional: [Math.round(writes.conditional.ms), writes.conditional.status] },
      }))
    } finally {
      if (child.running()) child.process.kill('SIGKILL')
    }
  })

  afterAll(async () => {
    probe?.close()
    await server?.close()
    work.remove()
  })

  const written = () => [memberName(writes.blind.before.url), memberName(writes.conditional.before.url)]
  const storedCard = (write: ClientWrite) => server.store.getCard(server.book.id, memberName(write.before.url))!
  const titleOf = (body: string) => findProperties(parseVCard(body), 'TITLE').map(propertyText)

  it('completes the import in the child process', () => {
    expect([childExit.code, childExit.stderr]).toEqual([0, ''])
    expect(JSON.parse(childExit.stdout)).toMatchObject({ cards: { created: NEW_CONNECTIONS } })
  })

  it('answers listings and syncs while the import holds the write lock, without waiting for it', () => {
    const whileLocked = (list: Timed<unknown>[]) => list.filter((t) => t.lockHeld.before && t.lockHeld.after).length
    expect(whileLocked(listings)).toBeGreaterThanOrEqual(1)
    expect(whileLocked(syncs)).toBeGreaterThanOrEqual(1)
  })

  it('shows every Depth-1 listing as the complete old or the complete new book', () => {
    const newState = new Map(server.store.listCards(server.book.id).map((c) => [c.name, c.etag]))
    const [oldMembers, newMembers] = [without(oldState.members, written()), without(newState, written())]
    expect(newMembers.size).toBe(oldMembers.size + NEW_CONNECTIONS)
    const oldRevision = tokenRevision(oldState.token)
    const seen = listings.map(({ value }) => {
      const members = without(value.members, written())
      const revision = tokenRevision(value.token)
      if (value.members.size === oldState.members.size && equalMaps(members, oldMembers)) {
        // A token newer than the members shown would make the client miss the import's changes.
        expect(revision).toBe(oldRevision)
        return 'old'
      }
      expect(value.members.size).toBe(newState.size)
      expect(equalMaps(members, newMembers)).toBe(true)
      return 'new'
    })
    expect(seen[0]).toBe('old')
    expect(seen.at(-1)).toBe('new')
  })

  it('shows every sync-collection from the old token as no change at all, or every change of the import', () => {
    const oldRevision = tokenRevision(oldState.token)
    const finalChanges = server.store.changesSince(server.book.id, { revision: oldRevision })
    const importChanges = without(new Map(finalChanges.changed.map((c) => [c.name, c.etag])), written())
    expect(importChanges.size).toBeGreaterThan(JOB_CHANGES)
    const seen = syncs.map(({ value }) => {
      if (value.changed.size === 0 && value.deleted.length === 0) {
        expect(value.token).toBe(oldState.token)
        return 'old'
      }
      expect(equalMaps(without(value.changed, written()), importChanges)).toBe(true)
      expect(value.deleted).toEqual([...finalChanges.deleted].sort())
      expect(tokenRevision(value.token)).toBeGreaterThan(oldRevision)
      return 'new'
    })
    expect(seen[0]).toBe('old')
    expect(seen.at(-1)).toBe('new')
  })

  it('keeps the change of a PUT without If-Match sent during the import', () => {
    const { blind } = writes
    expect(blind.status).toBe(204)
    const stored = storedCard(blind)
    expect(stored.body.split('\r\n')).toContain(blind.line)
    // Either the PUT landed after the import (the client's text as sent: its choice, without If-Match),
    // or before it (then the import merged it as a device edit and brought the new title).
    if (stored.body !== blind.sent) expect(titleOf(stored.body)).toEqual([newTitles.get(stored.name)])
  })

  it('never lets a PUT with the pre-import etag overwrite the import silently: it lands first or gets 412', () => {
    const { conditional } = writes
    expect([204, 412]).toContain(conditional.status)
    const stored = storedCard(conditional)
    if (conditional.status === 204) expect(stored.body.split('\r\n')).toContain(conditional.line)
    else expect(stored.body.split('\r\n')).not.toContain(conditional.line)
    expect(stored.etag).not.toBe(conditional.before.etag)
    expect(titleOf(stored.body)).toEqual([newTitles.get(stored.name)])
  })
})

function equalMaps(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): boolean {
  if (a.size !== b.size) return false
  for (const [key, value] of a) if (b.get(key) !== value) return false
  return true
}
