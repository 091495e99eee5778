import { describe, expect, it } from 'vitest'
import { card, cs, dav, qname } from '../../src/dav/xml/names.js'
import { parseMultistatus, propText, responseFor, useDav } from './helpers.js'

const BOOK = '/addressbooks/alice/linkedin/'
const body = (props: string) => `<?xml version="1.0"?><propfind xmlns="DAV:" xmlns:C="urn:ietf:params:xml:ns:carddav" xmlns:CS="http://calendarserver.org/ns/"><prop>${props}</prop></propfind>`

describe('PROPFIND depth', () => {
  const server = useDav()

  it('Depth 0 answers the resource only, Depth 1 adds its members', async () => {
    server.seed('a.vcf', 'uid-a', 'Ada Example')
    server.seed('b.vcf', 'uid-b', 'Bo Example')
    const zero = parseMultistatus((await server.request('PROPFIND', BOOK, { body: body('<getetag/>'), headers: { Depth: '0' } })).text)
    expect(zero.responses.map((r) => r.href)).toEqual([BOOK])
    const one = parseMultistatus((await server.request('PROPFIND', BOOK, { body: body('<getetag/>'), headers: { Depth: '1' } })).text)
    expect(one.responses.map((r) => r.href).sort()).toEqual([BOOK, `${BOOK}a.vcf`, `${BOOK}b.vcf`])
  })

  it('treats a missing Depth as 1 (like sabre)', async () => {
    server.seed('a.vcf', 'uid-a', 'Ada Example')
    const parsed = parseMultistatus((await server.request('PROPFIND', BOOK, { body: body('<getetag/>') })).text)
    expect(parsed.responses).toHaveLength(2)
  })

  it('refuses Depth: infinity with 403 propfind-finite-depth and a bad Depth with 400', async () => {
    const infinity = await server.request('PROPFIND', '/', { body: body('<resourcetype/>'), headers: { Depth: 'infinity' } })
    expect(infinity.status).toBe(403)
    expect(infinity.text).toContain('<d:propfind-finite-depth/>')
    expect((await server.request('PROPFIND', '/', { body: body('<resourcetype/>'), headers: { Depth: '2' } })).status).toBe(400)
  })

  it('lists the root children (principals and homes) at Depth 1', async () => {
    const parsed = parseMultistatus((await server.request('PROPFIND', '/', { body: body('<resourcetype/>'), headers: { Depth: '1' } })).text)
    expect(parsed.responses.map((r) => r.href)).toEqual(['/', '/principals/', '/addressbooks/'])
  })

  it('answers a collection asked for without its trailing slash with the canonical href', async () => {
    const parsed = parseMultistatus((await server.request('PROPFIND', '/addressbooks/alice/linkedin', { body: body('<resourcetype/>'), headers: { Depth: '0' } })).text)
    expect(parsed.responses.map((r) => r.href)).toEqual([BOOK])
  })
})

describe('PROPFIND bodies', () => {
  const server = useDav()

  it('treats an empty body as allprop, without the properties RFC 6352 keeps out of allprop', async () => {
    const response = await server.request('PROPFIND', BOOK, { headers: { Depth: '0' } })
    expect(response.status).toBe(207)
    const book = responseFor(parseMultistatus(response.text), BOOK)
    expect(book.propstatStatuses).toEqual([200])
    expect(propText(book, dav('displayname'))).toBe('LinkedIn')
    for (const name of [card('supported-address-data'), card('max-resource-size'), dav('sync-token'), cs('getctag')]) expect(book.props.has(name)).toBe(false)
    const principal = responseFor(parseMultistatus((await server.request('PROPFIND', '/principals/alice/', { body: '<propfind xmlns="DAV:"><allprop/></propfind>', headers: { Depth: '0' } })).text), '/principals/alice/')
    expect(principal.props.has(card('addressbook-home-set'))).toBe(false)
  })

  it('adds <include> properties to allprop', async () => {
    const text = (await server.request('PROPFIND', BOOK, { body: '<propfind xmlns="DAV:"><allprop/><include><sync-token/></include></propfind>', headers: { Depth: '0' } })).text
    expect(propText(responseFor(parseMultistatus(text), BOOK), dav('sync-token'))).toMatch(/^urn:linkingout:sync:/)
  })

  it('lists property names for propname', async () => {
    server.seed('a.vcf', 'uid-a', 'Ada Example')
    const card_ = responseFor(parseMultistatus((await server.request('PROPFIND', `${BOOK}a.vcf`, { body: '<propfind xmlns="DAV:"><propname/></propfind>', headers: { Depth: '0' } })).text), `${BOOK}a.vcf`)
    expect(card_.props.get(dav('getetag'))?.node.text).toBe('')
    expect(card_.props.has(card('address-data'))).toBe(true)
  })

  it('answers unknown properties and namespaces with 404, the 200 propstat first', async () => {
    const response = await server.request('PROPFIND', BOOK, { body: body('<X:unknown xmlns:X="urn:example:x"/><quota-used-bytes/><displayname/>'), headers: { Depth: '0' } })
    expect(response.status).toBe(207)
    const book = responseFor(parseMultistatus(response.text), BOOK)
    expect(book.propstatStatuses).toEqual([200, 404])
    expect(book.props.get(qname('urn:example:x', 'unknown'))?.status).toBe(404)
    expect(book.props.get(dav('displayname'))?.status).toBe(200)
  })

  it('drops only the 404 propstat for Brief: t and Prefer: return=minimal, keeping every response', async () => {
    server.seed('a.vcf', 'uid-a', 'Ada Example')
    const minimal: Record<string, string>[] = [{ Brief: 't' }, { Prefer: 'return=minimal' }]
    for (const headers of minimal) {
      const response = await server.request('PROPFIND', BOOK, { body: body('<getetag/><displayname/>'), headers: { Depth: '1', ...headers } })
      const parsed = parseMultistatus(response.text)
      expect(parsed.responses.map((r) => r.href)).toEqual([BOOK, `${BOOK}a.vcf`])
      expect(parsed.responses.map((r) => r.propstatStatuses)).toEqual([[200], [200]])
    }
  })

  it('answers malformed XML with 400 and a non-propfind root with 400', async () => {
    expect((await server.request('PROPFIND', BOOK, { body: '<propfind xmlns="DAV:"><prop>', headers: { Depth: '0' } })).status).toBe(400)
    expect((await server.request('PROPFIND', BOOK, { body: '<propertyupdate xmlns="DAV:"/>', headers: { Depth: '0' } })).status).toBe(400)
  })

  it('accepts text/xml, application/xml and no Content-Type, and sends the DAV header and XML content type', async () => {
    for (const contentType of ['text/xml; charset=utf-8', 'application/xml', undefined]) {
      const headers: Record<string, string> = { Depth: '0' }
      if (contentType) headers['Content-Type'] = contentType
      const response = await server.request('PROPFIND', BOOK, { body: body('<displayname/>'), headers })
      expect(response.status).toBe(207)
      expect(response.headers.get('DAV')).toBe('1, 3, addressbook')
      expect(response.headers.get('Content-Type')).toBe('application/xml; charset=utf-8')
    }
  })

  it('shows a card: getetag, getcontenttype, resourcetype empty, getlastmodified', async () => {
    server.seed('a.vcf', 'uid-a', 'Ada Example')
    const etag = server.store.getCard(server.book().id, 'a.vcf')?.etag
    const response = responseFor(
      parseMultistatus((await server.request('PROPFIND', `${BOOK}a.vcf`, { body: body('<getetag/><getcontenttype/><resourcetype/><getlastmodified/>'), headers: { Depth: '0' } })).text),
      `${BOOK}a.vcf`,
    )
    expect(propText(response, dav('getetag'))).toBe(etag)
    expect(propText(response, dav('getcontenttype'))).toBe('text/vcard; charset=utf-8')
    expect(response.props.get(dav('resourcetype'))).toMatchObject({ status: 200, node: { children: [] } })
    expect(propText(response, dav('getlastmodified'))).toMatch(/^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/)
  })

  it('returns address-data in a PROPFIND when asked for it', async () => {
    const seeded = server.seed('a.vcf', 'uid-a', 'Ada Example')
    const text = (await server.request('PROPFIND', BOOK, { body: body('<C:address-data/>'), headers: { Depth: '1' } })).text
    expect(propText(responseFor(parseMultistatus(text), `${BOOK}a.vcf`), card('address-data'))).toBe(seeded.body)
  })
})
