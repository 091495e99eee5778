/**
 * Replays of what real clients send: the bodies and headers of carddav-compat.md §2 and §3 and
 * of the recorded vdirsyncer and tsdav traffic (docs/client-traces), from
 * test/fixtures/dav/requests. Recorded hrefs had the peer's collection path; `{book}` stands in
 * for ours.
 */
import { describe, expect, it } from 'vitest'
import { card, cs, dav } from '../../src/dav/xml/names.js'
import { childNames, parseMultistatus, propHrefs, propText, requestBody, responseFor, useDav, type DavHarness } from './helpers.js'

const BOOK = '/addressbooks/alice/linkedin/'
const HOME = '/addressbooks/alice/'
const PRINCIPAL = '/principals/alice/'
const APPLE = { 'Content-Type': 'text/xml', Brief: 't', Prefer: 'return=minimal' }
const VDIRSYNCER = { 'Content-Type': 'application/xml; charset=UTF-8' }
const TSDAV = { 'Content-Type': 'text/xml;charset=UTF-8' }

/** The recorded traffic's card names, each seeded with an invented person. */
const TRACE_NAMES = [
  '8c7021a3-87b1-5855-a3d7-733e6ba60a27',
  'a0fd1692-1804-5fee-be80-4c90e94caa26',
  '46f38c86-f459-543b-b361-482f067d96c8',
  '47366e8a-1569-55d6-a33d-edb02adda1e4',
  'db7c20f6-2e20-5166-b42a-86238ad3e103',
  'd0734d16-24d1-589f-9913-743b920e600c',
]

function seedTraceCards(server: DavHarness): void {
  TRACE_NAMES.forEach((uid, index) => server.seed(`${uid}.vcf`, uid, `Person${index} Example`))
}

async function multistatus(server: DavHarness, method: string, path: string, body: string, headers: Record<string, string>) {
  const response = await server.request(method, path, { body, headers })
  expect(response.status, `${method} ${path}`).toBe(207)
  return { ...parseMultistatus(response.text), text: response.text, headers: response.headers }
}

describe('iOS / macOS account setup (§3.1 steps 3-9)', () => {
  const server = useDav()

  it('finds the principal, the home, the one book, and syncs it', async () => {
    server.seed('ios-1.vcf', 'ios-1', 'Ada Example')
    server.seed('ios-2.vcf', 'ios-2', 'Bo Example')

    // 3: PROPFIND / → current-user-principal
    const root = await multistatus(server, 'PROPFIND', '/', requestBody('ios-3-root-propfind.xml'), { ...APPLE, Depth: '0' })
    expect(propHrefs(responseFor(root, '/'), dav('current-user-principal'))).toEqual([PRINCIPAL])
    expect(root.headers.get('DAV')).toBe('1, 3, addressbook')

    // 4: OPTIONS on the principal
    const options = await server.request('OPTIONS', PRINCIPAL)
    expect(options.status).toBe(200)
    expect(options.headers.get('DAV')).toContain('addressbook')
    expect(options.headers.get('Content-Length')).toBe('0')

    // 5: PROPFIND principal, Brief: t → only the 200 propstat
    const principal = responseFor(await multistatus(server, 'PROPFIND', PRINCIPAL, requestBody('ios-5-principal-propfind.xml'), { ...APPLE, Depth: '0' }), PRINCIPAL)
    expect(principal.propstatStatuses).toEqual([200])
    expect(propHrefs(principal, card('addressbook-home-set'))).toEqual([HOME])
    expect(propText(principal, dav('displayname'))).toBe('alice')
    expect(propHrefs(principal, dav('principal-collection-set'))).toEqual(['/principals/'])
    expect(propHrefs(principal, dav('principal-URL'))).toEqual([PRINCIPAL])
    expect(principal.props.get(dav('supported-report-set'))?.status).toBe(200)

    // 6: PROPFIND home Depth 1 → the home and exactly one address book
    const home = await multistatus(server, 'PROPFIND', HOME, requestBody('ios-6-home-propfind.xml'), { 'Content-Type': 'text/xml', Depth: '1' })
    expect(home.responses.map((r) => r.href)).toEqual([HOME, BOOK])
    const book = responseFor(home, BOOK)
    expect(book.propstatStatuses).toEqual([200, 404])
    expect(childNames(book.props.get(dav('resourcetype'))!.node)).toEqual([dav('collection'), card('addressbook')])
    expect(propHrefs(book, dav('owner'))).toEqual([PRINCIPAL])
    expect(propText(book, card('max-resource-size'))).toBe('102400')
    expect(childNames(book.props.get(dav('current-user-privilege-set'))!.node).length).toBe(6)
    expect(propText(book, dav('sync-token'))).toMatch(/^urn:linkingout:sync:/)
    for (const missing of [dav('add-member'), cs('me-card'), cs('push-transports'), cs('pushkey'), dav('quota-used-bytes'), dav('resource-id')]) {
      expect(book.props.get(missing)?.status).toBe(404)
    }

    // 7: PROPFIND book Depth 0 → getctag and sync-token
    const tokens = responseFor(await multistatus(server, 'PROPFIND', BOOK, requestBody('ios-7-book-propfind.xml'), { ...APPLE, Depth: '0' }), BOOK)
    const syncToken = propText(tokens, dav('sync-token'))
    expect(propText(tokens, cs('getctag'))).toBeTruthy()

    // 8: sync-collection: first with macOS's made-up UUID token (treated as initial), then with ours
    const initial = await multistatus(server, 'REPORT', BOOK, requestBody('ios-8-sync-collection.xml', { token: 'b905a5fd-ce23-4190-9be3-236969d071a8' }), { 'Content-Type': 'text/xml' })
    expect(initial.responses.map((r) => r.href).sort()).toEqual([`${BOOK}ios-1.vcf`, `${BOOK}ios-2.vcf`])
    expect(initial.syncToken).toBe(syncToken)

    // 9: multiget of what changed
    const fetched = await multistatus(server, 'REPORT', BOOK, requestBody('ios-9-multiget.xml', { book: BOOK }), { 'Content-Type': 'text/xml', Depth: '0' })
    expect(fetched.responses.map((r) => r.href)).toEqual([`${BOOK}ios-1.vcf`, `${BOOK}ios-2.vcf`])
    expect(propText(fetched.responses[0]!, card('address-data'))).toContain('FN:Ada Example')

    // a later delta: one card changed, one removed
    server.seed('ios-3.vcf', 'ios-3', 'Cy Example')
    server.store.deleteCard(server.book().id, 'ios-2.vcf')
    const delta = await multistatus(server, 'REPORT', BOOK, requestBody('ios-8-sync-collection.xml', { token: syncToken }), { 'Content-Type': 'text/xml' })
    expect(delta.responses.map((r) => [r.href, r.status ?? 200])).toEqual([
      [`${BOOK}ios-3.vcf`, 200],
      [`${BOOK}ios-2.vcf`, 404],
    ])
  })
})

describe('Thunderbird discovery and sync (§2)', () => {
  const server = useDav()

  it('discovers the book: principal from /, home-set, and a first status of exactly HTTP/1.1 200 OK', async () => {
    const root = responseFor(await multistatus(server, 'PROPFIND', '/', requestBody('tb-discovery-url.xml'), { Depth: '0' }), '/')
    expect(propHrefs(root, dav('current-user-principal'))).toEqual([PRINCIPAL])
    const principal = responseFor(await multistatus(server, 'PROPFIND', PRINCIPAL, requestBody('tb-discovery-principal.xml'), { Depth: '0' }), PRINCIPAL)
    expect(propHrefs(principal, card('addressbook-home-set'))).toEqual([HOME])
    const home = await multistatus(server, 'PROPFIND', HOME, requestBody('tb-discovery-home.xml'), { Depth: '1' })
    const bookXml = /<d:response><d:href>\/addressbooks\/alice\/linkedin\/<\/d:href>(.*?)<\/d:response>/.exec(home.text)?.[1] ?? ''
    expect(/<d:status>([^<]*)<\/d:status>/.exec(bookXml)?.[1]).toBe('HTTP/1.1 200 OK')
    const book = responseFor(home, BOOK)
    expect(childNames(book.props.get(dav('resourcetype'))!.node)).toContain(card('addressbook'))
    const privileges = book.props.get(dav('current-user-privilege-set'))!.node.children.flatMap((p) => childNames(p))
    expect(privileges).toEqual(expect.arrayContaining([dav('read'), dav('write'), dav('write-content')]))
    expect(propText(book, dav('displayname'))).toBe('LinkedIn')
  })

  it('syncs: Depth-1 listing, Depth-1 multiget, token, then Depth-1 sync-collection with address-data', async () => {
    server.seed('a.vcf', 'uid-a', 'Ada Example')
    server.seed('b.vcf', 'uid-b', 'Bo Example')
    const listing = await multistatus(server, 'PROPFIND', BOOK, requestBody('tb-listing.xml'), { Depth: '1' })
    const book = responseFor(listing, BOOK)
    expect(propText(book, cs('getctag'))).toMatch(/^urn:linkingout:sync:/)
    const cards = listing.responses.filter((r) => r.href !== BOOK)
    expect(cards.map((r) => r.href).sort()).toEqual([`${BOOK}a.vcf`, `${BOOK}b.vcf`])
    for (const entry of cards) expect(propText(entry, dav('getetag'))).toMatch(/^"[0-9a-f]+"$/)

    const hrefs = cards.map((r) => `      <d:href>${r.href}</d:href>`).join('\n')
    const fetched = await multistatus(server, 'REPORT', BOOK, requestBody('tb-multiget.xml', { hrefs }), { Depth: '1' })
    expect(fetched.responses.every((r) => propText(r, card('address-data')).startsWith('BEGIN:VCARD\r\n'))).toBe(true)

    const token = propText(responseFor(await multistatus(server, 'PROPFIND', BOOK, requestBody('tb-sync-token.xml'), { Depth: '0' }), BOOK), dav('sync-token'))
    server.seed('c.vcf', 'uid-c', 'Cy Example')
    await server.request('DELETE', `${BOOK}a.vcf`)
    const delta = await multistatus(server, 'REPORT', BOOK, requestBody('tb-sync-collection.xml', { token }), { Depth: '1' })
    expect(propText(responseFor(delta, `${BOOK}c.vcf`), card('address-data'))).toContain('FN:Cy Example')
    expect(responseFor(delta, `${BOOK}a.vcf`).status).toBe(404)
    expect(delta.syncToken).not.toBe(token)
  })
})

describe('DAVx5 (§2, §3.3)', () => {
  const server = useDav()

  it('finds addressbook in the principal OPTIONS, reads capabilities, syncs with Depth 0 from an empty token, then a delta', async () => {
    server.seed('a1.vcf', 'uid-a1', 'Ada Example')
    expect((await server.request('OPTIONS', PRINCIPAL)).headers.get('DAV')).toContain('addressbook')
    const capabilities = responseFor(
      await multistatus(
        server,
        'PROPFIND',
        BOOK,
        '<?xml version=\'1.0\' encoding=\'UTF-8\' ?><propfind xmlns="DAV:" xmlns:CARD="urn:ietf:params:xml:ns:carddav" xmlns:CS="http://calendarserver.org/ns/"><prop><supported-report-set /><sync-token /><CS:getctag /><CARD:max-resource-size /><CARD:supported-address-data /></prop></propfind>',
        { Depth: '0' },
      ),
      BOOK,
    )
    const reports = capabilities.props.get(dav('supported-report-set'))!.node.children.map((r) => r.children[0]?.children[0]?.name)
    expect(reports).toContain(dav('sync-collection'))
    const versions = capabilities.props.get(card('supported-address-data'))!.node.children.map((t) => t.attributes.version)
    expect(versions).toEqual(['3.0', '4.0'])

    const initial = await multistatus(server, 'REPORT', BOOK, requestBody('davx5-sync-initial.xml'), { Depth: '0' })
    expect(initial.responses.map((r) => r.href)).toEqual([`${BOOK}a1.vcf`])
    const a1 = initial.responses[0]!
    expect(propText(a1, dav('getetag'))).toMatch(/^"/)
    expect(a1.props.get(dav('resourcetype'))?.status).toBe(200)

    server.seed('b2.vcf', 'uid-b2', 'Bo Example')
    server.store.deleteCard(server.book().id, 'a1.vcf')
    const delta = await multistatus(server, 'REPORT', BOOK, requestBody('davx5-sync-delta.xml', { token: initial.syncToken ?? '' }), { Depth: '0' })
    expect(delta.responses.map((r) => [r.href, r.status ?? 200])).toEqual([
      [`${BOOK}b2.vcf`, 200],
      [`${BOOK}a1.vcf`, 404],
    ])
  })
})

describe('Evolution (§2)', () => {
  const server = useDav()

  it('checks OPTIONS on the book, reads getctag, and lists with a Depth-0 addressbook-query', async () => {
    server.seed('e.vcf', 'uid-e', 'Eve Example')
    expect((await server.request('OPTIONS', BOOK)).headers.get('DAV')).toContain('addressbook')
    const query = await multistatus(server, 'REPORT', BOOK, requestBody('evolution-query.xml'), { Depth: '0', 'Content-Type': 'text/xml; charset=utf-8' })
    expect(query.responses.map((r) => r.href)).toEqual([`${BOOK}e.vcf`])
    expect(propText(query.responses[0]!, card('address-data'))).toContain('UID:uid-e')
  })
})

describe('vdirsyncer 0.19 (recorded traffic, byte for byte)', () => {
  const server = useDav()

  it('discovers, lists with Depth 1 and fetches every card with one multiget', async () => {
    seedTraceCards(server)
    const rootListing = await multistatus(server, 'PROPFIND', '/', requestBody('vdirsyncer-1-resourcetype.xml'), { ...VDIRSYNCER, Depth: '1' })
    expect(rootListing.responses.map((r) => r.href)).toEqual(['/', '/principals/', '/addressbooks/'])
    const root = responseFor(await multistatus(server, 'PROPFIND', '/', requestBody('vdirsyncer-2-current-user-principal.xml'), { ...VDIRSYNCER, Depth: '0' }), '/')
    expect(propHrefs(root, dav('current-user-principal'))).toEqual([PRINCIPAL])
    const principal = responseFor(await multistatus(server, 'PROPFIND', PRINCIPAL, requestBody('vdirsyncer-3-home-set.xml'), { ...VDIRSYNCER, Depth: '0' }), PRINCIPAL)
    expect(propHrefs(principal, card('addressbook-home-set'))).toEqual([HOME])
    const home = await multistatus(server, 'PROPFIND', HOME, requestBody('vdirsyncer-1-resourcetype.xml'), { ...VDIRSYNCER, Depth: '1' })
    expect(childNames(responseFor(home, BOOK).props.get(dav('resourcetype'))!.node)).toContain(card('addressbook'))
    const name = responseFor(await multistatus(server, 'PROPFIND', BOOK, requestBody('vdirsyncer-5-displayname.xml'), { ...VDIRSYNCER, Depth: '0' }), BOOK)
    expect(propText(name, dav('displayname'))).toBe('LinkedIn')

    const listing = await multistatus(server, 'PROPFIND', BOOK, requestBody('vdirsyncer-6-listing.xml'), { ...VDIRSYNCER, Depth: '1' })
    const members = listing.responses.filter((r) => r.href !== BOOK)
    expect(members).toHaveLength(TRACE_NAMES.length)
    for (const member of members) {
      expect(propText(member, dav('getetag'))).toMatch(/^"[0-9a-f]+"$/)
      expect(propText(member, dav('getcontenttype'))).toMatch(/^text\/vcard/)
    }

    const fetched = await multistatus(server, 'REPORT', BOOK, requestBody('vdirsyncer-7-multiget.xml', { book: BOOK }), VDIRSYNCER)
    const expected = ['8c7021a3-87b1-5855-a3d7-733e6ba60a27', 'a0fd1692-1804-5fee-be80-4c90e94caa26', '46f38c86-f459-543b-b361-482f067d96c8', '47366e8a-1569-55d6-a33d-edb02adda1e4', 'db7c20f6-2e20-5166-b42a-86238ad3e103']
    expect(fetched.responses.map((r) => r.href)).toEqual(expected.map((uid) => `${BOOK}${uid}.vcf`))
    for (const [index, response] of fetched.responses.entries()) {
      expect(propText(response, card('address-data'))).toContain(`UID:${expected[index]}`)
      expect(propText(response, dav('getetag'))).toBe(propText(responseFor(listing, response.href), dav('getetag')))
    }
  })
})

describe('tsdav 2.3.4 (recorded traffic, byte for byte)', () => {
  const server = useDav()

  it('discovers, fetches with a filter-less-style query and a multiget, then syncs by token and by ctag', async () => {
    seedTraceCards(server)
    const root = responseFor(await multistatus(server, 'PROPFIND', '/', requestBody('tsdav-2-current-user-principal.xml'), { ...TSDAV, depth: '0' }), '/')
    expect(propHrefs(root, dav('current-user-principal'))).toEqual([PRINCIPAL])
    const principal = responseFor(await multistatus(server, 'PROPFIND', PRINCIPAL, requestBody('tsdav-3-home-set.xml'), { ...TSDAV, depth: '0' }), PRINCIPAL)
    expect(propHrefs(principal, card('addressbook-home-set'))).toEqual([HOME])
    const home = await multistatus(server, 'PROPFIND', HOME, requestBody('tsdav-4-home-listing.xml'), { ...TSDAV, depth: '1' })
    const book = responseFor(home, BOOK)
    expect(book.propstatStatuses).toEqual([200])
    const token = propText(book, dav('sync-token'))
    const ctag = propText(book, cs('getctag'))
    const reports = responseFor(await multistatus(server, 'PROPFIND', BOOK, requestBody('tsdav-5-supported-report-set.xml'), { ...TSDAV, depth: '0' }), BOOK)
    expect(reports.props.get(dav('supported-report-set'))!.node.children).toHaveLength(3)

    const query = await multistatus(server, 'REPORT', BOOK, requestBody('tsdav-6-query.xml'), { ...TSDAV, depth: '1' })
    expect(query.responses.map((r) => r.href).sort()).toEqual(TRACE_NAMES.map((uid) => `${BOOK}${uid}.vcf`).sort())
    const fetched = await multistatus(server, 'REPORT', BOOK, requestBody('tsdav-7-multiget.xml', { book: BOOK }), { ...TSDAV, depth: '1' })
    expect(fetched.responses).toHaveLength(5)
    expect(fetched.responses.every((r) => r.propstatStatuses.join() === '200')).toBe(true)

    const changed = `${BOOK}db7c20f6-2e20-5166-b42a-86238ad3e103.vcf`
    const etag = propText(responseFor(fetched, changed), dav('getetag'))
    const put = await server.request('PUT', changed, {
      body: 'BEGIN:VCARD\r\nVERSION:3.0\r\nUID:db7c20f6-2e20-5166-b42a-86238ad3e103\r\nFN:Person4 Edited\r\nEND:VCARD\r\n',
      headers: { 'If-Match': etag, 'content-type': 'text/vcard; charset=utf-8' },
    })
    expect(put.status).toBe(204)

    const delta = await multistatus(server, 'REPORT', BOOK, requestBody('tsdav-9-sync-collection.xml', { token }), TSDAV)
    const [only] = delta.responses
    expect(only?.href).toBe(changed)
    expect(propText(only!, card('address-data'))).toContain('FN:Person4 Edited')
    expect(only?.props.get(dav('displayname'))?.status).toBe(404)
    expect(only?.propstatStatuses).toEqual([200, 404])

    const newCtag = propText(responseFor(await multistatus(server, 'PROPFIND', BOOK, requestBody('tsdav-11-getctag.xml'), { ...TSDAV, depth: '0' }), BOOK), cs('getctag'))
    expect(newCtag).not.toBe(ctag)
  })
})
