/**
 * End to end with vdirsyncer, the real Python client: discover, sync 1,000 imported cards to a
 * local folder, edit and delete locally, sync back, and check the server's state; then check that
 * a sync with nothing to do only lists the book, and that metasync carries the book's name.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createNetwork, renderExport, writeZip } from '../../tools/synthetic-export/index.js'
import { startServer, type TestServer } from './server.js'
import { createVdirsyncerWorkspace, describeRun, describeWithVdirsyncer, findVdirsyncer, requireVdirsyncer, type VdirsyncerWorkspace } from './vdirsyncer-runner.js'
import { hrefsInBody, parseDebugTrace, summariseTrace } from './vdirsyncer-trace.js'
import {
  addLines,
  compareWithStore,
  deleteLocalCard,
  editLocalCard,
  NO_DIFFERENCES,
  propertyValues,
  readVdir,
  replaceLine,
  withoutCarriageReturns,
  writeLocalCard,
} from './vdirsyncer-vdir.js'

const CARDS = 1000
const NEW_TITLE = 'Chief Tinkerer'
const NEW_PHONE = 'TEL;TYPE=CELL:+1 555 0100'
/** A UID vdirsyncer considers a safe file name, so the server href is `<uid>.vcf`. */
const NEW_CONTACT_UID = 'e2e-vdirsyncer-new-contact-1'
const NEW_CONTACT = [
  'BEGIN:VCARD', 'VERSION:3.0', `UID:${NEW_CONTACT_UID}`, 'FN:Nova Example', 'N:Example;Nova;;;',
  'EMAIL;TYPE=INTERNET:nova.example@example.org', 'TEL;TYPE=CELL:+1 555 0199', 'END:VCARD', '',
].join('\r\n')

describe('vdirsyncer requirement', () => {
  it('reports a missing vdirsyncer with the command that installs it', () => {
    const missing = findVdirsyncer('vdirsyncer-that-is-not-installed')
    expect(missing.installed).toBe(false)
    expect(() => requireVdirsyncer(missing)).toThrow(/apt-get install vdirsyncer.*LINKINGOUT_SKIP_VDIRSYNCER=1/)
  })
})

describeWithVdirsyncer('vdirsyncer: discover, sync 1,000 imported cards, edit locally, sync back', () => {
  let server: TestServer
  let client: VdirsyncerWorkspace
  let localDir: string
  let exportDir: string

  beforeAll(async () => {
    exportDir = mkdtempSync(join(tmpdir(), 'linkingout-vdirsyncer-export-'))
    const network = createNetwork({ seed: 41, size: CARDS, hiddenRate: 0, asOf: '2026-03-01' })
    const generated = renderExport(network, { era: '2026', kind: 'Complete', exportDate: '2026-03-04' })
    const zip = join(exportDir, generated.fileName)
    await writeZip(generated, zip)
    server = await startServer()
    const report = await server.importExport(zip)
    expect(report.cards.created).toBe(CARDS)
    client = createVdirsyncerWorkspace({ url: `${server.origin}/`, username: server.user, password: server.password })
    localDir = client.collectionDir(server.book.slug)
  })

  afterAll(async () => {
    client?.remove()
    await server?.close()
    if (exportDir) rmSync(exportDir, { recursive: true, force: true })
  })

  const storedCards = () => server.store.allCards(server.book.id)
  const hrefOf = (name: string) => `${server.bookPath}${name}`

  it('discovers the LinkedIn address book and creates its local folder', async () => {
    const run = await client.discover()
    expect(run.exitCode, describeRun(run)).toBe(0)
    expect(run.output).toContain(`"${server.book.slug}" ("${server.book.displayName}")`)
    expect(existsSync(localDir)).toBe(true)
  })

  it('downloads all 1,000 cards with one listing and one multiget, identical to the server\'s', async () => {
    const run = await client.sync({ debug: true })
    expect(run.exitCode, describeRun(run)).toBe(0)
    const trace = parseDebugTrace(run.output)
    expect(summariseTrace(trace)).toEqual([`PROPFIND ${server.bookPath} 207`, `REPORT ${server.bookPath} 207`])
    expect(trace[0]!.headers.depth).toBe('1')
    const multiget = hrefsInBody(trace[1]!)
    expect(multiget.sort()).toEqual(storedCards().map((card) => hrefOf(card.name)).sort())

    const local = readVdir(localDir)
    expect(local).toHaveLength(CARDS)
    expect(compareWithStore(local, storedCards())).toEqual(NO_DIFFERENCES)
  })

  it('uploads changed titles, added phone numbers, a new contact and deletions; the store holds exactly those', async () => {
    const revisionBefore = server.store.stats(server.book.id).revision
    const hrefByUid = new Map(storedCards().map((card) => [card.uid, hrefOf(card.name)]))
    const local = readVdir(localDir).sort((a, b) => a.uid.localeCompare(b.uid))
    const titled = local.filter((card) => card.body.includes('\r\nTITLE:'))
    const retitled = titled.slice(0, 3).map((card) => editLocalCard(localDir, card, replaceLine('TITLE:', `TITLE:${NEW_TITLE}`)))
    const withPhone = titled.slice(3, 6).map((card) => editLocalCard(localDir, card, addLines([NEW_PHONE])))
    const both = editLocalCard(localDir, titled[6]!, (lines) => addLines([NEW_PHONE])(replaceLine('TITLE:', `TITLE:${NEW_TITLE}`)(lines)))
    const deleted = titled.slice(7, 10)
    for (const card of deleted) deleteLocalCard(localDir, card)
    writeLocalCard(localDir, 'nova-example.vcf', NEW_CONTACT)

    const run = await client.sync({ debug: true })
    expect(run.exitCode, describeRun(run)).toBe(0)
    const edited = [...retitled, ...withPhone, both]
    const trace = parseDebugTrace(run.output)
    const writes = trace.filter((e) => e.method !== 'PROPFIND')
    expect(trace[0]?.method).toBe('PROPFIND')
    expect(writes.map((e) => `${e.method} ${e.path} ${e.status}`).sort()).toEqual([
      ...edited.map((card) => `PUT ${hrefByUid.get(card.uid)} 204`),
      `PUT ${hrefOf(`${NEW_CONTACT_UID}.vcf`)} 201`,
      ...deleted.map((card) => `DELETE ${hrefByUid.get(card.uid)} 204`),
    ].sort())
    expect(writes.filter((e) => e.method === 'PUT' && e.status === 204).every((e) => e.headers['if-match']?.startsWith('"'))).toBe(true)
    expect(writes.find((e) => e.status === 201)?.headers['if-none-match']).toBe('*')

    for (const card of edited) {
      const stored = storedByUid(card.uid)
      expect(withoutCarriageReturns(stored.body)).toBe(withoutCarriageReturns(card.body))
    }
    for (const card of [...retitled, both]) expect(propertyValues(storedByUid(card.uid).body, 'TITLE')).toEqual([NEW_TITLE])
    for (const card of [...withPhone, both]) expect(storedByUid(card.uid).body.split('\r\n')).toContain(NEW_PHONE)
    const created = storedByUid(NEW_CONTACT_UID)
    expect(created.name).toBe(`${NEW_CONTACT_UID}.vcf`)
    expect(created.body).toBe(NEW_CONTACT)
    for (const card of deleted) expect(server.store.findByUid(server.book.id, card.uid)).toBeUndefined()

    const stats = server.store.stats(server.book.id)
    expect(stats).toMatchObject({ cards: CARDS - deleted.length + 1, editedOnDevices: edited.length, createdOnDevices: 1, deletedOnDevices: deleted.length })
    expect(stats.revision).toBe(revisionBefore + edited.length + 1 + deleted.length)
    expect(compareWithStore(readVdir(localDir), storedCards())).toEqual(NO_DIFFERENCES)
  })

  it('a second sync with nothing changed only lists the book, and changes nothing on either side', async () => {
    const revision = server.store.stats(server.book.id).revision
    const before = folderSnapshot(localDir)
    const run = await client.sync({ debug: true })
    expect(run.exitCode, describeRun(run)).toBe(0)
    expect(summariseTrace(parseDebugTrace(run.output))).toEqual([`PROPFIND ${server.bookPath} 207`])
    expect(server.store.stats(server.book.id).revision).toBe(revision)
    expect(folderSnapshot(localDir)).toEqual(before)
  })

  it('metasync copies the book\'s display name to the folder, and a new local name back to the server', async () => {
    const first = await client.metasync()
    expect(first.exitCode, describeRun(first)).toBe(0)
    expect(readFileSync(join(localDir, 'displayname'), 'utf8')).toBe(server.book.displayName)
    writeFileSync(join(localDir, 'displayname'), 'Work contacts')
    const second = await client.metasync()
    expect(second.exitCode, describeRun(second)).toBe(0)
    expect(server.store.getBook(server.user, server.book.slug)?.displayName).toBe('Work contacts')
  })

  function storedByUid(uid: string) {
    const meta = server.store.findByUid(server.book.id, uid)
    if (!meta) throw new Error(`the server has no card with UID ${uid}`)
    return server.store.getCard(server.book.id, meta.name)!
  }
})

/** Every file of the folder with its size and modification time: a sync that rewrote nothing leaves it equal. */
function folderSnapshot(dir: string): Record<string, string> {
  const snapshot: Record<string, string> = {}
  for (const card of readVdir(dir)) {
    const stat = statSync(join(dir, card.file))
    snapshot[card.file] = `${stat.size}:${stat.mtimeMs}:${card.uid}`
  }
  return snapshot
}
