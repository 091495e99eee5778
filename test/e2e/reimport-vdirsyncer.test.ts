/**
 * The re-import cycle with vdirsyncer as the device: import export A, sync to a local folder,
 * edit there (phone numbers and an address added, a title changed on a card whose job changes in
 * B, a new contact, a deletion), sync back, import export B of the evolved network, sync again,
 * and check what the local folder shows and what the import reported.
 * (test/import/reimport.test.ts checks the same cycle at the store level.)
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { cardNameForUid, uidForKey } from '../../src/import/identity.js'
import type { ImportReport } from '../../src/import/index.js'
import { normaliseProfileUrl } from '../../src/import/profile-url.js'
import { createNetwork, evolveNetwork, profileUrl, renderExport, writeZip, type Network, type Person } from '../../tools/synthetic-export/index.js'
import { startServer, type TestServer } from './server.js'
import { createVdirsyncerWorkspace, describeRun, describeWithVdirsyncer, type VdirsyncerRun, type VdirsyncerWorkspace } from './vdirsyncer-runner.js'
import { hrefsInBody, parseDebugTrace, type TracedExchange } from './vdirsyncer-trace.js'
import {
  addLines,
  compareWithStore,
  deleteLocalCard,
  editLocalCard,
  localCardsByUid,
  NO_DIFFERENCES,
  propertyValues,
  readVdir,
  replaceLine,
  writeLocalCard,
  type LocalCard,
} from './vdirsyncer-vdir.js'

const march = createNetwork({ seed: 61, size: 150, hiddenRate: 0.03, asOf: '2026-03-01' })
const { network: december, changed } = evolveNetwork(march, {
  seed: 62, asOf: '2026-12-01', jobChanges: 6, newConnections: 5, removed: 3, slugChanges: 1, emailsRevealed: 1,
})

const ADDED_LINES = [
  'TEL;TYPE=CELL:+44 7700 900123',
  'item7.ADR;TYPE=HOME:;;1 Example Road;Springfield;;12345;Exampleland',
  'item7.X-ABLabel:_$!<Home>!$_',
]
const LOCAL_TITLE = 'Chief Tinkerer'
const LOCAL_CONTACT_UID = 'e2e-reimport-local-contact'
const LOCAL_CONTACT = [
  'BEGIN:VCARD', 'VERSION:3.0', `UID:${LOCAL_CONTACT_UID}`, 'FN:Quinn Example', 'N:Example;Quinn;;;',
  'TEL;TYPE=CELL:+1 555 0142', 'END:VCARD', '',
].join('\r\n')

const uidOf = (person: Person) => uidForKey(`slug:${normaliseProfileUrl(profileUrl(person.slug))!.slug}`)
const visible = march.people.filter((p) => !p.hidden)
const byId = (network: Network, id: number) => network.people.find((p) => p.id === id)!
const touchedIds = new Set(Object.values(changed).flat())
const untouched = visible.filter((p) => !touchedIds.has(p.id))

/** Who gets which local edit. */
const edits = {
  phones: untouched.slice(0, 2),
  jobChangedWithPhones: byId(march, changed.jobChanges[0]!),
  jobChangedTitleEdited: byId(march, changed.jobChanges[1]!),
  deletedLocally: untouched[2]!,
}

interface Scenario {
  runs: { discover: VdirsyncerRun; first: VdirsyncerRun; back: VdirsyncerRun; afterReimport: VdirsyncerRun }
  report: ImportReport
  /** The folder before import B, by UID. */
  before: Map<string, LocalCard>
  /** The folder after the last sync, by UID. */
  after: Map<string, LocalCard>
  /** Names of the cards import B changed or created (the server's change log). */
  changedByReimport: string[]
}

describeWithVdirsyncer('re-importing a newer export, with vdirsyncer as the device', () => {
  let server: TestServer
  let client: VdirsyncerWorkspace
  let exportDir: string
  let scenario: Scenario
  let decemberZip: string

  beforeAll(async () => {
    exportDir = mkdtempSync(join(tmpdir(), 'linkingout-vdirsyncer-reimport-'))
    const marchZip = await exportOf(march, '2026-03-04')
    decemberZip = await exportOf(december, '2026-12-04')
    server = await startServer()
    client = createVdirsyncerWorkspace({ url: `${server.origin}/`, username: server.user, password: server.password })
    const localDir = client.collectionDir(server.book.slug)

    await server.importExport(marchZip)
    const discover = await client.discover()
    const first = await client.sync()
    editLocally(localDir)
    const back = await client.sync()
    const before = localCardsByUid(localDir)
    const revisionBefore = server.store.stats(server.book.id).revision
    const report = await server.importExport(decemberZip)
    const changedByReimport = server.store.changesSince(server.book.id, { revision: revisionBefore }).changed.map((card) => card.name)
    const afterReimport = await client.sync({ debug: true })
    scenario = { runs: { discover, first, back, afterReimport }, report, before, after: localCardsByUid(localDir), changedByReimport }
  })

  afterAll(async () => {
    client?.remove()
    await server?.close()
    if (exportDir) rmSync(exportDir, { recursive: true, force: true })
  })

  async function exportOf(network: Network, exportDate: string): Promise<string> {
    const generated = renderExport(network, { era: '2026', kind: 'Complete', exportDate })
    const path = join(exportDir, generated.fileName)
    await writeZip(generated, path)
    return path
  }

  function editLocally(dir: string): void {
    const local = localCardsByUid(dir)
    const fileOf = (person: Person) => {
      const card = local.get(uidOf(person))
      if (!card) throw new Error(`the first sync did not bring ${person.firstName} ${person.lastName}'s card`)
      return card
    }
    for (const person of [...edits.phones, edits.jobChangedWithPhones]) editLocalCard(dir, fileOf(person), addLines(ADDED_LINES))
    editLocalCard(dir, fileOf(edits.jobChangedTitleEdited), replaceLine('TITLE:', `TITLE:${LOCAL_TITLE}`))
    deleteLocalCard(dir, fileOf(edits.deletedLocally))
    writeLocalCard(dir, 'quinn-example.vcf', LOCAL_CONTACT)
  }

  const localCard = (person: Person) => scenario.after.get(uidOf(person))
  const now = (person: Person) => byId(december, person.id)
  const jobOf = (person: Person) => ({ TITLE: person.position ? [person.position.trim()] : [], ORG: person.company ? [person.company.trim()] : [] })
  const jobIn = (card: LocalCard | undefined) => ({ TITLE: propertyValues(card!.body, 'TITLE'), ORG: propertyValues(card!.body, 'ORG') })

  it('every vdirsyncer run succeeds without a conflict at the vdirsyncer level', () => {
    for (const run of Object.values(scenario.runs)) {
      expect(run.exitCode, describeRun(run)).toBe(0)
      expect(run.output).not.toMatch(/conflict/i)
    }
  })

  it('the sync after the import downloads exactly the cards the import changed, in one multiget', () => {
    const trace = parseDebugTrace(scenario.runs.afterReimport.output)
    const isWrite = (e: TracedExchange) => e.method === 'PUT' || e.method === 'DELETE'
    expect(trace.filter(isWrite)).toEqual([])
    const multigets = trace.filter((e) => e.method === 'REPORT')
    expect(multigets).toHaveLength(1)
    expect(hrefsInBody(multigets[0]!).sort()).toEqual(scenario.changedByReimport.map((name) => `${server.bookPath}${name}`).sort())
  })

  it('shows the new titles and companies of connections who changed jobs', () => {
    const jobChanged = changed.jobChanges.map((id) => byId(march, id)).filter((p) => p !== edits.jobChangedTitleEdited)
    for (const person of jobChanged) expect(jobIn(localCard(person)), `${person.firstName} ${person.lastName}`).toEqual(jobOf(now(person)))
  })

  it('keeps the title typed locally on a card whose job changed, and takes the new company', () => {
    const card = localCard(edits.jobChangedTitleEdited)
    expect(propertyValues(card!.body, 'TITLE')).toEqual([LOCAL_TITLE])
    expect(propertyValues(card!.body, 'ORG')).toEqual(jobOf(now(edits.jobChangedTitleEdited)).ORG)
  })

  it('keeps the lines added locally, byte for byte, also on a card whose job changed', () => {
    for (const person of [...edits.phones, edits.jobChangedWithPhones]) {
      const lines = localCard(person)!.body.split('\r\n')
      expect(lines.filter((line) => ADDED_LINES.includes(line))).toEqual(ADDED_LINES)
    }
  })

  it('brings the new connections, and the e-mail that became visible', () => {
    for (const id of changed.newConnections) {
      const person = byId(december, id)
      expect(propertyValues(localCard(person)!.body, 'FN')).toEqual([`${person.firstName} ${person.lastName}`.trim()])
    }
    const revealed = byId(december, changed.emailsRevealed[0]!)
    expect(propertyValues(localCard(revealed)!.body, 'EMAIL')).toEqual([revealed.email])
  })

  it('updates the connection whose profile URL changed in the same file, under the same UID', () => {
    const moved = byId(march, changed.slugChanges[0]!)
    const before = scenario.before.get(uidOf(moved))
    const after = localCard(moved)
    expect(after?.file).toBe(before?.file)
    expect(server.store.findByUid(server.book.id, uidOf(moved))?.name).toBe(cardNameForUid(uidOf(moved)))
    expect(propertyValues(after!.body, 'URL')).toEqual([profileUrl(now(moved).slug)])
    expect(scenario.after.has(uidOf(now(moved)))).toBe(false)
  })

  it('does not bring back the card deleted locally, and keeps connections no longer in the export', () => {
    expect(localCard(edits.deletedLocally)).toBeUndefined()
    expect(server.store.findByUid(server.book.id, uidOf(edits.deletedLocally))).toBeUndefined()
    for (const id of changed.removed) expect(localCard(byId(march, id))).toBeDefined()
    expect(scenario.after.get(LOCAL_CONTACT_UID)?.body).toBe(LOCAL_CONTACT)
  })

  it('the import report lists the conflict, the removed connections and the deletion on the device', () => {
    const { report } = scenario
    expect(report.conflicts).toEqual([
      expect.objectContaining({ card: cardNameForUid(uidOf(edits.jobChangedTitleEdited)), field: 'TITLE', device: [LOCAL_TITLE] }),
    ])
    expect(report.removed.map((r) => r.card).sort()).toEqual(changed.removed.map((id) => cardNameForUid(uidOf(byId(march, id)))).sort())
    expect(report.removed.every((r) => !r.pruned)).toBe(true)
    expect(report.deletedOnDevices).toEqual([expect.objectContaining({ card: cardNameForUid(uidOf(edits.deletedLocally)), restored: false })])
    expect(report.cards.created).toBe(changed.newConnections.length)
  })

  it('leaves the local folder holding exactly what the server holds', () => {
    expect(compareWithStore([...scenario.after.values()], server.store.allCards(server.book.id))).toEqual(NO_DIFFERENCES)
    expect(readVdir(client.collectionDir(server.book.slug))).toHaveLength(server.store.stats(server.book.id).cards)
  })

  // These two change the server after the scenario above was recorded, so they come last.
  it('deletes the files of removed connections once they are pruned on the server', async () => {
    const report = await server.importExport(decemberZip, { pruneRemoved: true })
    expect(report.removed.filter((r) => r.pruned)).toHaveLength(changed.removed.length)
    const run = await client.sync()
    expect(run.exitCode, describeRun(run)).toBe(0)
    const local = localCardsByUid(client.collectionDir(server.book.slug))
    for (const id of changed.removed) expect(local.has(uidOf(byId(march, id)))).toBe(false)
    expect(local.size).toBe(scenario.after.size - changed.removed.length)
  })

  it('brings the locally deleted card back when the import is told to restore it', async () => {
    const report = await server.importExport(decemberZip, { restoreDeleted: true })
    expect(report.deletedOnDevices).toEqual([expect.objectContaining({ card: cardNameForUid(uidOf(edits.deletedLocally)), restored: true })])
    const run = await client.sync()
    expect(run.exitCode, describeRun(run)).toBe(0)
    const restored = localCardsByUid(client.collectionDir(server.book.slug)).get(uidOf(edits.deletedLocally))
    expect(propertyValues(restored!.body, 'FN')).toEqual([`${edits.deletedLocally.firstName} ${edits.deletedLocally.lastName}`.trim()])
  })
})
