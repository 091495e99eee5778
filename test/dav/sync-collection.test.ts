import { describe, expect, it } from 'vitest'
import { card, cs, dav } from '../../src/dav/xml/names.js'
import { parseMultistatus, propText, requestBody, responseFor, useDav, vcard30, type ParsedMultistatus } from './helpers.js'

const BOOK = '/addressbooks/alice/linkedin/'

describe('sync-collection (Radicale scenario list)', () => {
  const server = useDav()

  async function sync(token: string, headers: Record<string, string> = { Depth: '0' }): Promise<ParsedMultistatus & { status: number; text: string }> {
    const response = await server.request('REPORT', BOOK, { body: requestBody('davx5-sync-delta.xml', { token }), headers })
    return { ...(response.status === 207 ? parseMultistatus(response.text) : { responses: [], byHref: new Map(), order: [] }), status: response.status, text: response.text }
  }

  async function initialToken(): Promise<string> {
    const result = await sync('')
    expect(result.status).toBe(207)
    return result.syncToken ?? ''
  }

  const changes = (result: ParsedMultistatus) => result.responses.map((r) => [r.href, r.status ?? 200])

  it('initial sync lists every member with getetag, no removed ones, and a URI token after the responses', async () => {
    server.seed('a.vcf', 'uid-a', 'Ada Example')
    server.seed('b.vcf', 'uid-b', 'Bo Example')
    server.store.deleteCard(server.book().id, 'b.vcf')
    const result = await sync('')
    expect(changes(result)).toEqual([[`${BOOK}a.vcf`, 200]])
    expect(propText(result.responses[0]!, dav('getetag'))).toBe(server.store.getCard(server.book().id, 'a.vcf')?.etag)
    expect(result.order.at(-1)).toBe(dav('sync-token'))
    expect(result.syncToken).toMatch(/^urn:linkingout:sync:[^:]+:\d+$/)
  })

  it('no change: empty result and the same token', async () => {
    server.seed('a.vcf', 'uid-a', 'Ada Example')
    const token = await initialToken()
    const result = await sync(token)
    expect(result.responses).toEqual([])
    expect(result.syncToken).toBe(token)
  })

  it('add: the new member', async () => {
    const token = await initialToken()
    server.seed('a.vcf', 'uid-a', 'Ada Example')
    const result = await sync(token)
    expect(changes(result)).toEqual([[`${BOOK}a.vcf`, 200]])
    expect(result.syncToken).not.toBe(token)
  })

  it('delete: a bare 404 response without propstat', async () => {
    server.seed('a.vcf', 'uid-a', 'Ada Example')
    const token = await initialToken()
    await server.request('DELETE', `${BOOK}a.vcf`)
    const result = await sync(token)
    expect(changes(result)).toEqual([[`${BOOK}a.vcf`, 404]])
    expect(result.responses[0]?.propstatStatuses).toEqual([])
  })

  it('create and delete between two tokens: reported as removed', async () => {
    const token = await initialToken()
    server.seed('a.vcf', 'uid-a', 'Ada Example')
    server.store.deleteCard(server.book().id, 'a.vcf')
    expect(changes(await sync(token))).toEqual([[`${BOOK}a.vcf`, 404]])
  })

  it('modify: the member with its new etag', async () => {
    server.seed('a.vcf', 'uid-a', 'Ada Example')
    const token = await initialToken()
    await server.request('PUT', `${BOOK}a.vcf`, { body: vcard30('uid-a', 'Ada Changed') })
    const result = await sync(token)
    expect(changes(result)).toEqual([[`${BOOK}a.vcf`, 200]])
    expect(propText(result.responses[0]!, dav('getetag'))).toBe(server.store.getCard(server.book().id, 'a.vcf')?.etag)
  })

  it('modify and undo: still reported, with the original etag', async () => {
    const original = server.seed('a.vcf', 'uid-a', 'Ada Example')
    const originalEtag = server.store.getCard(server.book().id, 'a.vcf')?.etag
    const token = await initialToken()
    await server.request('PUT', `${BOOK}a.vcf`, { body: vcard30('uid-a', 'Ada Changed') })
    await server.request('PUT', `${BOOK}a.vcf`, { body: original.body })
    const result = await sync(token)
    expect(changes(result)).toEqual([[`${BOOK}a.vcf`, 200]])
    expect(propText(result.responses[0]!, dav('getetag'))).toBe(originalEtag)
  })

  it('an invalid token of ours, a token from the future and an expired token: 403 valid-sync-token in DAV:', async () => {
    server.seed('a.vcf', 'uid-a', 'Ada Example')
    server.seed('b.vcf', 'uid-b', 'Bo Example')
    const book = server.book()
    server.store.deleteCard(book.id, 'a.vcf')
    server.store.pruneTombstones(book.id, server.book().revision - 1)
    for (const token of [`urn:linkingout:sync:${book.syncId}:banana`, `urn:linkingout:sync:${book.syncId}:999`, `urn:linkingout:sync:${book.syncId}:1`]) {
      const result = await sync(token)
      expect(result.status, token).toBe(403)
      expect(result.text).toContain('<d:error xmlns:d="DAV:"')
      expect(result.text).toContain('<d:valid-sync-token/>')
    }
  })

  it('a token of another book: 403', async () => {
    const other = server.store.ensureBook('bob')
    expect((await sync(`urn:linkingout:sync:${other.syncId}:1`)).status).toBe(403)
  })

  it('a token not in our format (macOS UUID, another server URL): answered as an initial sync', async () => {
    server.seed('a.vcf', 'uid-a', 'Ada Example')
    for (const token of ['b905a5fd-ce23-4190-9be3-236969d071a8', 'http://radicale.org/ns/sync/0171e7d9']) {
      const result = await sync(token)
      expect(result.status).toBe(207)
      expect(changes(result)).toEqual([[`${BOOK}a.vcf`, 200]])
    }
  })

  it('the PROPFIND sync-token is the token the REPORT hands out', async () => {
    server.seed('a.vcf', 'uid-a', 'Ada Example')
    const token = await initialToken()
    const propfind = await server.request('PROPFIND', BOOK, { body: requestBody('ios-7-book-propfind.xml'), headers: { Depth: '0' } })
    expect(propText(responseFor(parseMultistatus(propfind.text), BOOK), dav('sync-token'))).toBe(token)
  })

  it('getctag changes exactly when the revision changes', async () => {
    const ctag = async () => propText(responseFor(parseMultistatus((await server.request('PROPFIND', BOOK, { body: requestBody('tsdav-11-getctag.xml'), headers: { Depth: '0' } })).text), BOOK), cs('getctag'))
    const first = await ctag()
    expect(await ctag()).toBe(first)
    const body = vcard30('uid-a', 'Ada Example')
    await server.request('PUT', `${BOOK}a.vcf`, { body })
    const second = await ctag()
    expect(second).not.toBe(first)
    await server.request('PUT', `${BOOK}a.vcf`, { body })
    expect(await ctag()).toBe(second)
    await server.request('DELETE', `${BOOK}a.vcf`)
    expect(await ctag()).not.toBe(second)
  })

  it('limit: truncates with a 507 for the collection and continues from the partial token', async () => {
    for (const name of ['a', 'b', 'c', 'd', 'e']) server.seed(`${name}.vcf`, `uid-${name}`, `${name.toUpperCase()}y Example`)
    const seen: string[] = []
    let token = ''
    let pages = 0
    for (;;) {
      const response = await server.request('REPORT', BOOK, { body: requestBody('davx5-sync-limit.xml', { token, limit: '2' }), headers: { Depth: '0' } })
      const result = parseMultistatus(response.text)
      pages++
      const truncated = result.responses.some((r) => r.href === BOOK && r.status === 507)
      seen.push(...result.responses.filter((r) => r.href !== BOOK).map((r) => r.href))
      token = result.syncToken ?? ''
      if (!truncated) break
      expect(result.responses.filter((r) => r.href !== BOOK)).toHaveLength(2)
      expect(token).toMatch(/^urn:linkingout:sync:[^:]+:\d+:.+$/)
    }
    expect(pages).toBe(3)
    expect(seen.sort()).toEqual(['a', 'b', 'c', 'd', 'e'].map((n) => `${BOOK}${n}.vcf`))
    expect(token).toBe(`urn:linkingout:sync:${server.book().syncId}:${server.book().revision}`)
  })

  it('ignores Depth (Thunderbird sends 1) and accepts a missing sync-level', async () => {
    server.seed('a.vcf', 'uid-a', 'Ada Example')
    const depths: Record<string, string>[] = [{ Depth: '1' }, {}, { Depth: 'infinity' }]
    for (const headers of depths) expect(changes(await sync('', headers))).toEqual([[`${BOOK}a.vcf`, 200]])
    const noLevel = '<sync-collection xmlns="DAV:"><sync-token/><prop><getetag/></prop></sync-collection>'
    expect((await server.request('REPORT', BOOK, { body: noLevel })).status).toBe(207)
    const badLevel = '<sync-collection xmlns="DAV:"><sync-token/><sync-level>2</sync-level><prop><getetag/></prop></sync-collection>'
    expect((await server.request('REPORT', BOOK, { body: badLevel })).status).toBe(400)
  })

  it('always includes getetag, even when the client did not ask for it', async () => {
    server.seed('a.vcf', 'uid-a', 'Ada Example')
    const body = '<sync-collection xmlns="DAV:"><sync-token/><sync-level>1</sync-level><prop><resourcetype/></prop></sync-collection>'
    const [only] = parseMultistatus((await server.request('REPORT', BOOK, { body })).text).responses
    expect(only?.props.get(dav('getetag'))?.status).toBe(200)
    expect(only?.props.get(dav('resourcetype'))?.status).toBe(200)
  })

  it('carries address-data when asked (Thunderbird)', async () => {
    const token = await initialToken()
    const seeded = server.seed('a.vcf', 'uid-a', 'Ada Example')
    const response = await server.request('REPORT', BOOK, { body: requestBody('tb-sync-collection.xml', { token }), headers: { Depth: '1' } })
    expect(propText(responseFor(parseMultistatus(response.text), `${BOOK}a.vcf`), card('address-data'))).toBe(seeded.body)
  })

  it('is not supported on a card', async () => {
    server.seed('a.vcf', 'uid-a', 'Ada Example')
    const response = await server.request('REPORT', `${BOOK}a.vcf`, { body: requestBody('davx5-sync-initial.xml') })
    expect(response.status).toBe(403)
    expect(response.text).toContain('<d:supported-report/>')
  })
})
