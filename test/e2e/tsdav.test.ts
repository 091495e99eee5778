/**
 * End to end with tsdav against a real listening server: discovery, fetch all, create, update,
 * delete, smart collection sync after a change, ctag dirtiness, authentication, isolation between
 * users, and a server under a base path (carddav-compat.md §5.2, §7).
 */
import type { DAVAddressBook, DAVVCard } from 'tsdav'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { hashPassword } from '../../src/http/password.js'
import { createNetwork } from '../../tools/synthetic-export/index.js'
import { startServer, type TestServer } from './server.js'
import { cardNamed, comparableText, connectTsdav, memberName, namesOf, onlyBook, syncChanges, type TsdavClient } from './tsdav-client.js'
import { tempDir, writeExportZip } from './tsdav-exports.js'

/** A contact typed on an iPhone (vCard 3.0), invented. */
const IPHONE_CARD = [
  'BEGIN:VCARD',
  'VERSION:3.0',
  'PRODID:-//Apple Inc.//iPhone OS 17.1//EN',
  'N:Quill;Marta;;;',
  'FN:Marta Quill',
  'ORG:Example Bakery;',
  'TEL;type=CELL;type=VOICE;type=pref:+44 7700 900456',
  'item1.EMAIL;type=INTERNET;type=pref:marta.quill@example.net',
  'item1.X-ABLabel:_$!<Other>!$_',
  'UID:7D1C4E2A-5B6F-4C3D-9E8F-0A1B2C3D4E5F',
  'END:VCARD',
  '',
].join('\r\n')

/** A contact as Thunderbird 115 writes new cards (vCard 4.0), invented. */
const THUNDERBIRD_CARD = [
  'BEGIN:VCARD',
  'VERSION:4.0',
  'PRODID:-//Mozilla.org/NONSGML Thunderbird//EN',
  'UID:2f9c7a10-3e4b-4d5c-8a6f-7b8c9d0e1f20',
  'FN:Otto Lindqvist',
  'N:Lindqvist;Otto;;;',
  'EMAIL;PREF=1:otto.lindqvist@example.org',
  'TEL;TYPE=work;VALUE=TEXT:+46 8 555 0199',
  'NOTE:Met at the example.org meetup\\, booth 4',
  'END:VCARD',
  '',
].join('\r\n')

const BOB = { username: 'bob', password: 'bob has another password' }

function basicAuth(username: string, password: string): string {
  return `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`
}

/** A client edit: one property line added before END:VCARD. */
function withLine(card: DAVVCard, line: string): DAVVCard {
  return { ...card, data: String(card.data).replace(/(\r?\n)END:VCARD/, `$1${line}$1END:VCARD`) }
}

describe('tsdav against a real listening server', () => {
  const work = tempDir('linkingout-e2e-tsdav-')
  let server: TestServer
  let alice: TsdavClient
  let book: DAVAddressBook
  const bookUrl = () => server.origin + server.bookPath
  const storedCard = (name: string) => server.store.getCard(server.book.id, name)

  beforeAll(async () => {
    server = await startServer()
    const network = createNetwork({ seed: 21, size: 200, asOf: '2026-03-31' })
    await server.importExport(await writeExportZip(work.path, network, { exportDate: '2026-04-12' }))
    alice = (await connectTsdav(server.origin, { username: server.user, password: server.password })).client
    book = await onlyBook(alice)
  })

  afterAll(async () => {
    await server?.close()
    work.remove()
  })

  it('discovers exactly one address book, "LinkedIn", by way of /.well-known/carddav', async () => {
    const { client, requests } = await connectTsdav(server.origin, { username: server.user, password: server.password })
    expect(requests.slice(0, 3).map((r) => [r.method, r.path, r.status])).toEqual([
      ['PROPFIND', '/.well-known/carddav', 301],
      ['PROPFIND', '/', 207],
      ['PROPFIND', '/principals/alice/', 207],
    ])
    const books = await client.fetchAddressBooks()
    expect(books).toHaveLength(1)
    expect(books[0]).toMatchObject({ url: bookUrl(), displayName: 'LinkedIn', resourcetype: expect.arrayContaining(['addressbook', 'collection']) })
    expect(books[0]!.reports).toEqual(expect.arrayContaining(['syncCollection', 'addressbookMultiget', 'addressbookQuery']))
    const current = server.store.getBook(server.user, server.book.slug)!
    expect(books[0]!.syncToken).toBe(`urn:linkingout:sync:${current.syncId}:${current.revision}`)
  })

  it('fetches every card with the data and the etag the server holds', async () => {
    const { client, requests } = await connectTsdav(server.origin, { username: server.user, password: server.password })
    const before = requests.length
    const cards = await client.fetchVCards({ addressBook: book })
    expect(requests.slice(before).map((r) => [r.method, r.headers.depth, r.status])).toEqual([['REPORT', '1', 207], ['REPORT', '1', 207]])

    const stored = server.store.allCards(server.book.id)
    expect(stored.length).toBeGreaterThan(180)
    expect(namesOf(cards)).toEqual(stored.map((c) => c.name).sort())
    for (const card of stored) {
      const fetched = cardNamed(cards, card.name)
      expect(fetched.url).toBe(bookUrl() + card.name)
      expect(fetched.etag).toBe(card.etag)
      expect(comparableText(String(fetched.data))).toBe(comparableText(card.body))
    }
  })

  it('creates a vCard 3.0 card and a Thunderbird vCard 4.0 card (201), stored byte for byte', async () => {
    for (const [filename, text, version] of [['iphone-marta.vcf', IPHONE_CARD, '3.0'], ['thunderbird-otto.vcf', THUNDERBIRD_CARD, '4.0']] as const) {
      const response = await alice.createVCard({ addressBook: book, vCardString: text, filename })
      expect(response.status).toBe(201)
      const stored = storedCard(filename)
      expect(stored).toMatchObject({ body: text, version })
      expect(response.headers.get('ETag')).toBe(stored!.etag)
      const again = await alice.createVCard({ addressBook: book, vCardString: text, filename })
      expect(again.status).toBe(412) // tsdav sends If-None-Match: *
    }
    const asThunderbirdReadsIt = await fetch(bookUrl() + 'thunderbird-otto.vcf', {
      headers: { Authorization: basicAuth(server.user, server.password), Accept: 'text/vcard; version=4.0' },
    })
    expect(await asThunderbirdReadsIt.text()).toBe(THUNDERBIRD_CARD)
    const [fetched] = await alice.fetchVCards({ addressBook: book, objectUrls: [server.bookPath + 'iphone-marta.vcf'] })
    expect(fetched?.data).toBe(IPHONE_CARD.trimEnd())
  })

  it('updates a card with its etag (204 and the new etag), and answers 412 to a stale etag', async () => {
    const [card] = await alice.fetchVCards({ addressBook: book })
    const edited = withLine(card!, 'TEL;type=CELL;type=VOICE:+44 7700 900789')
    const response = await alice.updateVCard({ vCard: edited })
    expect(response.status).toBe(204)
    const stored = storedCard(memberName(card!.url))!
    expect(stored.body).toBe(edited.data)
    expect(response.headers.get('ETag')).toBe(stored.etag)
    expect(stored.etag).not.toBe(card!.etag)

    const stale = await alice.updateVCard({ vCard: withLine(card!, 'NOTE:written from an old copy') })
    expect(stale.status).toBe(412)
    expect(storedCard(memberName(card!.url))).toEqual(stored)
  })

  it('deletes a card: gone from the server and from the next fetch; a stale etag cannot delete', async () => {
    const cards = await alice.fetchVCards({ addressBook: book })
    const [victim, other] = cards.slice(-2) as [DAVVCard, DAVVCard]
    expect((await alice.deleteVCard({ vCard: { ...other, etag: '"0123456789abcdef"' } })).status).toBe(412)
    expect(storedCard(memberName(other.url))).toBeDefined()

    expect((await alice.deleteVCard({ vCard: victim })).status).toBe(204)
    expect(storedCard(memberName(victim.url))).toBeUndefined()
    const get = await fetch(victim.url, { headers: { Authorization: basicAuth(server.user, server.password) } })
    expect(get.status).toBe(404)
    expect(namesOf(await alice.fetchVCards({ addressBook: book }))).not.toContain(memberName(victim.url))
  })

  it('smartCollectionSync reports exactly what another client and the server changed', async () => {
    const mine = await onlyBook(alice)
    const cards = await alice.fetchVCards({ addressBook: mine })
    const other = (await connectTsdav(server.origin, { username: server.user, password: server.password })).client
    const [editedByOther, deletedByOther, editedOnServer] = cards.slice(10, 13) as [DAVVCard, DAVVCard, DAVVCard]

    expect((await other.createVCard({ addressBook: mine, vCardString: IPHONE_CARD.replace('Marta', 'Marten').replace('UID:7D1C', 'UID:8E2D'), filename: 'from-other.vcf' })).status).toBe(201)
    expect((await other.updateVCard({ vCard: withLine(editedByOther, 'URL:https://example.com/other') })).status).toBe(204)
    expect((await other.deleteVCard({ vCard: deletedByOther })).status).toBe(204)
    const onServer = storedCard(memberName(editedOnServer.url))!
    server.store.putCard(server.book.id, { ...onServer, body: onServer.body.replace('END:VCARD', 'X-SERVER-SIDE:yes\r\nEND:VCARD') })

    const { delta, syncToken } = await syncChanges(alice, mine, cards)
    expect(namesOf(delta.created)).toEqual(['from-other.vcf'])
    expect(namesOf(delta.updated)).toEqual(namesOf([editedByOther, editedOnServer]))
    expect(namesOf(delta.deleted)).toEqual([memberName(deletedByOther.url)])
    for (const card of [...delta.created, ...delta.updated]) {
      const stored = storedCard(memberName(card.url))!
      expect(card.etag).toBe(stored.etag)
      expect(comparableText(String(card.data))).toBe(comparableText(stored.body))
    }
    const current = server.store.getBook(server.user, server.book.slug)!
    expect(syncToken).toBe(`urn:linkingout:sync:${current.syncId}:${current.revision}`)

    const next = await syncChanges(alice, { ...mine, syncToken }, cards)
    expect(next.delta).toEqual({ created: [], updated: [], deleted: [] })
    expect(next.syncToken).toBe(syncToken)
  })

  it('isCollectionDirty follows getctag: clean after a fetch, dirty after a change, clean with the new ctag', async () => {
    const mine = await onlyBook(alice)
    expect(await alice.isCollectionDirty({ collection: mine })).toEqual({ isDirty: false, newCtag: mine.ctag })
    const [card] = await alice.fetchVCards({ addressBook: mine })
    expect((await alice.updateVCard({ vCard: withLine(card!, 'NICKNAME:Dirty') })).status).toBe(204)
    const dirty = await alice.isCollectionDirty({ collection: mine })
    expect(dirty.isDirty).toBe(true)
    expect(dirty.newCtag).not.toBe(mine.ctag)
    expect(dirty.newCtag).toBe((await onlyBook(alice)).ctag)
    expect(await alice.isCollectionDirty({ collection: { ...mine, ctag: dirty.newCtag } })).toEqual({ isDirty: false, newCtag: dirty.newCtag })
  })

  it('answers a wrong password with 401 and a Basic challenge, and tsdav gives up', async () => {
    const response = await fetch(`${bookUrl()}`, { method: 'PROPFIND', headers: { Authorization: basicAuth(server.user, 'not the password'), Depth: '0' } })
    expect(response.status).toBe(401)
    expect(response.headers.get('WWW-Authenticate')).toMatch(/^Basic realm="[^"]+"/)
    await expect(connectTsdav(server.origin, { username: server.user, password: 'not the password' })).rejects.toThrow(/401|principal/i)
  })

  it("shows bob only his own book, and answers 404 to bob on every URL of alice's", async () => {
    server.store.ensureBook(BOB.username)
    server.store.setPasswordHash(BOB.username, await hashPassword(BOB.password))
    const revision = server.store.getBook(server.user, server.book.slug)!.revision
    const bob = (await connectTsdav(server.origin, BOB)).client
    const books = await bob.fetchAddressBooks()
    expect(books.map((b) => b.url)).toEqual([`${server.origin}/addressbooks/bob/linkedin/`])
    expect(await bob.fetchVCards({ addressBook: books[0]! })).toEqual([])

    const aliceCard = bookUrl() + server.store.listCards(server.book.id)[0]!.name
    const asBob = (url: string, method: string, body?: string) =>
      fetch(url, { method, body, headers: { Authorization: basicAuth(BOB.username, BOB.password), Depth: '1', 'Content-Type': 'text/vcard' } })
    for (const [url, method, body] of [
      [`${server.origin}/principals/alice/`, 'PROPFIND'],
      [`${server.origin}/addressbooks/alice/`, 'PROPFIND'],
      [bookUrl(), 'PROPFIND'],
      [bookUrl(), 'REPORT', '<sync-collection xmlns="DAV:"><sync-token/><sync-level>1</sync-level><prop><getetag/></prop></sync-collection>'],
      [aliceCard, 'GET'],
      [aliceCard, 'PUT', IPHONE_CARD],
      [aliceCard, 'DELETE'],
      [bookUrl() + 'planted-by-bob.vcf', 'PUT', IPHONE_CARD],
    ] as const) {
      expect([method, url, (await asBob(url, method, body)).status]).toEqual([method, url, 404])
    }
    expect(server.store.getBook(server.user, server.book.slug)!.revision).toBe(revision)
  })
})

describe('tsdav against a server under the base path /carddav', () => {
  const work = tempDir('linkingout-e2e-tsdav-base-')
  let server: TestServer

  beforeAll(async () => {
    server = await startServer({ basePath: '/carddav' })
    await server.importExport(await writeExportZip(work.path, createNetwork({ seed: 22, size: 30, asOf: '2026-03-31' }), { exportDate: '2026-04-12' }))
  })

  afterAll(async () => {
    await server?.close()
    work.remove()
  })

  it('carries the prefix in every href, from discovery to sync', async () => {
    const { client, requests } = await connectTsdav(server.origin, { username: server.user, password: server.password })
    expect(requests[0]).toMatchObject({ method: 'PROPFIND', path: '/.well-known/carddav', status: 301 })
    expect(requests.slice(1).every((r) => r.path.startsWith('/carddav/'))).toBe(true)
    const book = await onlyBook(client)
    expect(book.url).toBe(`${server.origin}/carddav/addressbooks/alice/linkedin/`)
    expect(server.bookPath).toBe('/carddav/addressbooks/alice/linkedin/')

    const cards = await client.fetchVCards({ addressBook: book })
    expect(namesOf(cards)).toEqual(server.store.listCards(server.book.id).map((c) => c.name).sort())
    expect(cards.every((c) => c.url.startsWith(book.url))).toBe(true)

    expect((await client.createVCard({ addressBook: book, vCardString: IPHONE_CARD, filename: 'under-prefix.vcf' })).status).toBe(201)
    expect((await client.updateVCard({ vCard: withLine(cards[0]!, 'NICKNAME:Prefixed') })).status).toBe(204)
    expect((await client.deleteVCard({ vCard: cards[1]! })).status).toBe(204)
    const { delta } = await syncChanges(client, book, cards)
    expect(namesOf(delta.created)).toEqual(['under-prefix.vcf'])
    expect(namesOf(delta.updated)).toEqual([memberName(cards[0]!.url)])
    expect(delta.deleted.map((c) => c.url)).toEqual([cards[1]!.url])
    expect(requests.every((r) => r.path === '/.well-known/carddav' || r.path.startsWith('/carddav/'))).toBe(true)
  })
})
