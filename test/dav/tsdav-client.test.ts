/**
 * A real CardDAV client (tsdav 2.3.4, carddav-compat.md §5.2) against createDavHandler: its
 * requests go through an injected fetch straight into the handler, no socket.
 */
import { createDAVClient, type DAVAddressBook } from 'tsdav'
import { describe, expect, it } from 'vitest'
import { createDavHandler } from '../../src/dav/index.js'
import { silentLogger } from '../../src/log.js'
import { useDav, vcard30 } from './helpers.js'

describe('tsdav against the handler', () => {
  const server = useDav()

  async function client() {
    const handler = createDavHandler({ store: server.store, log: silentLogger, basePath: '', maxResourceSize: 102_400 })
    const fetch = async (input: string | URL | Request, init?: RequestInit) => handler(new Request(input, init), 'alice')
    return createDAVClient({
      serverUrl: 'http://127.0.0.1/',
      credentials: { username: 'alice', password: 'unused' },
      authMethod: 'Basic',
      defaultAccountType: 'carddav',
      fetch: fetch as typeof globalThis.fetch,
    })
  }

  it('discovers the one book, fetches, creates, updates, deletes and syncs cards', async () => {
    server.seed('a.vcf', 'uid-a', 'Ada Example')
    server.seed('b.vcf', 'uid-b', 'Bo Example')
    const dav = await client()

    const books = await dav.fetchAddressBooks()
    expect(books.map((book) => book.url)).toEqual(['http://127.0.0.1/addressbooks/alice/linkedin/'])
    const book = books[0] as DAVAddressBook
    expect(book.displayName).toBe('LinkedIn')
    expect(book.reports).toEqual(expect.arrayContaining(['syncCollection', 'addressbookMultiget', 'addressbookQuery']))

    const cards = await dav.fetchVCards({ addressBook: book })
    expect(cards.map((card) => card.url).sort()).toEqual(['http://127.0.0.1/addressbooks/alice/linkedin/a.vcf', 'http://127.0.0.1/addressbooks/alice/linkedin/b.vcf'])
    expect(cards.find((card) => card.url.endsWith('a.vcf'))?.data).toContain('FN:Ada Example')

    const created = await dav.createVCard({ addressBook: book, vCardString: vcard30('uid-c', 'Cy Example'), filename: 'c.vcf' })
    expect(created.status).toBe(201)
    const cardA = cards.find((card) => card.url.endsWith('a.vcf'))
    if (!cardA) throw new Error('card a missing')
    const updated = await dav.updateVCard({ vCard: { ...cardA, data: vcard30('uid-a', 'Ada Changed') } })
    expect(updated.status).toBe(204)
    const cardB = cards.find((card) => card.url.endsWith('b.vcf'))
    if (!cardB) throw new Error('card b missing')
    expect((await dav.deleteVCard({ vCard: cardB })).status).toBe(204)

    const synced = await dav.smartCollectionSync({ collection: { ...book, objects: cards, objectMultiGet: dav.addressBookMultiGet }, method: 'webdav', detailedResult: true })
    const objects = synced.objects as { created: { url: string }[]; updated: { url: string }[]; deleted: { url: string }[] }
    expect(objects.created.map((o) => o.url)).toEqual(['http://127.0.0.1/addressbooks/alice/linkedin/c.vcf'])
    expect(objects.updated.map((o) => o.url)).toEqual(['http://127.0.0.1/addressbooks/alice/linkedin/a.vcf'])
    expect(objects.deleted.map((o) => o.url)).toEqual(['http://127.0.0.1/addressbooks/alice/linkedin/b.vcf'])
    expect(synced.syncToken).toBe(`urn:linkingout:sync:${server.book().syncId}:${server.book().revision}`)
  })
})
