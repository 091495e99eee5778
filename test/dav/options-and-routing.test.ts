import { describe, expect, it } from 'vitest'
import { card, dav } from '../../src/dav/xml/names.js'
import { parseMultistatus, propHrefs, responseFor, useDav } from './helpers.js'

const BOOK = '/addressbooks/alice/linkedin/'
const PROPFIND_BODY = '<propfind xmlns="DAV:"><prop><resourcetype/></prop></propfind>'

describe('OPTIONS', () => {
  const server = useDav()

  it('answers 200 with an empty body, DAV: 1, 3, addressbook and Allow on every resource, without authentication', async () => {
    server.seed('a.vcf', 'uid-a', 'Ada Example')
    for (const path of ['/', '/principals/', '/principals/alice/', '/addressbooks/', '/addressbooks/alice/', BOOK, `${BOOK}a.vcf`]) {
      const response = await server.request('OPTIONS', path, { user: null })
      expect(response.status, path).toBe(200)
      expect(response.text).toBe('')
      expect(response.headers.get('Content-Length')).toBe('0')
      expect(response.headers.get('DAV')).toBe('1, 3, addressbook')
      expect(response.headers.get('Allow')).toContain('PROPFIND')
    }
  })

  it('derives Allow from the method table for each kind of resource', async () => {
    const allow = async (path: string) => (await server.request('OPTIONS', path)).headers.get('Allow')
    expect(await allow(BOOK)).toBe('OPTIONS, PROPFIND, PROPPATCH, REPORT')
    expect(await allow(`${BOOK}new.vcf`)).toBe('OPTIONS, GET, HEAD, PROPFIND, PROPPATCH, REPORT, PUT, DELETE')
  })

  it('answers unknown paths under the base too, but never lists MOVE, COPY, MKCOL or LOCK', async () => {
    const response = await server.request('OPTIONS', '/no/such/thing', { user: null })
    expect(response.status).toBe(200)
    const allow = response.headers.get('Allow') ?? ''
    for (const method of ['MOVE', 'COPY', 'MKCOL', 'LOCK']) expect(allow).not.toContain(method)
  })
})

describe('methods and resources', () => {
  const server = useDav()

  it('answers MOVE, COPY, MKCOL and LOCK with 405 and unknown methods with 501', async () => {
    server.seed('a.vcf', 'uid-a', 'Ada Example')
    for (const method of ['MOVE', 'COPY', 'MKCOL', 'LOCK']) {
      const response = await server.request(method, `${BOOK}a.vcf`)
      expect(response.status, method).toBe(405)
      expect(response.headers.get('Allow')).not.toContain(method)
    }
    expect((await server.request('BREW', BOOK)).status).toBe(501)
  })

  it('refuses GET, PUT and DELETE on collections with 405 and an Allow header', async () => {
    for (const [method, path] of [['GET', BOOK], ['PUT', BOOK], ['DELETE', BOOK], ['DELETE', '/addressbooks/alice/'], ['GET', '/']] as const) {
      const response = await server.request(method, path, method === 'PUT' ? { body: 'x' } : {})
      expect(response.status, `${method} ${path}`).toBe(405)
      expect(response.headers.get('Allow')).toBe('OPTIONS, PROPFIND, PROPPATCH, REPORT')
    }
  })

  it('answers unknown paths with 404', async () => {
    for (const path of ['/nope/', '/principals/alice/x/', '/addressbooks/alice/other/', `${BOOK}missing.vcf`, '/card.php%3A8008/', '/addressbooks/alice/linkedin/a%2Fb.vcf']) {
      expect((await server.request('PROPFIND', path, { body: PROPFIND_BODY, headers: { Depth: '0' } })).status, path).toBe(404)
    }
  })

  it('never shows another user anything: their principal, home, book and cards are 404', async () => {
    const bob = server.store.ensureBook('bob')
    server.store.putCard(bob.id, { name: 'b.vcf', uid: 'uid-b', body: 'BEGIN:VCARD\r\nVERSION:3.0\r\nUID:uid-b\r\nFN:Bo Example\r\nEND:VCARD\r\n', version: '3.0' })
    for (const path of ['/principals/bob/', '/addressbooks/bob/', '/addressbooks/bob/linkedin/', '/addressbooks/bob/linkedin/b.vcf']) {
      expect((await server.request('PROPFIND', path, { body: PROPFIND_BODY, headers: { Depth: '1' } })).status, path).toBe(404)
    }
    expect((await server.request('GET', '/addressbooks/bob/linkedin/b.vcf')).status).toBe(404)
    expect((await server.request('DELETE', '/addressbooks/bob/linkedin/b.vcf')).status).toBe(404)
    expect(server.store.getCard(bob.id, 'b.vcf')).toBeDefined()
  })

  it('lists only the current user under /principals/ and /addressbooks/', async () => {
    server.store.ensureBook('bob')
    const principals = parseMultistatus((await server.request('PROPFIND', '/principals/', { body: PROPFIND_BODY, headers: { Depth: '1' } })).text)
    expect(principals.responses.map((r) => r.href)).toEqual(['/principals/', '/principals/alice/'])
    const homes = parseMultistatus((await server.request('PROPFIND', '/addressbooks/', { body: PROPFIND_BODY, headers: { Depth: '1' } })).text)
    expect(homes.responses.map((r) => r.href)).toEqual(['/addressbooks/', '/addressbooks/alice/'])
  })

  it('refuses requests without a user (other than OPTIONS) with 401', async () => {
    expect((await server.request('PROPFIND', '/', { user: null, body: PROPFIND_BODY })).status).toBe(401)
  })

  it('creates the book of a user seen for the first time', async () => {
    const response = await server.request('PROPFIND', '/addressbooks/carol/', { user: 'carol', body: PROPFIND_BODY, headers: { Depth: '1' } })
    const parsed = parseMultistatus(response.text)
    expect(parsed.responses.map((r) => r.href)).toEqual(['/addressbooks/carol/', '/addressbooks/carol/linkedin/'])
    expect(server.store.listBooks('carol')).toHaveLength(1)
  })
})

describe('a user name that needs encoding', () => {
  const server = useDav({ user: 'ada@example.com' })

  it('encodes @ in every href and accepts both forms in request paths', async () => {
    const principal = parseMultistatus((await server.request('PROPFIND', '/', { body: '<propfind xmlns="DAV:"><prop><current-user-principal/></prop></propfind>', headers: { Depth: '0' } })).text)
    expect(propHrefs(responseFor(principal, '/'), dav('current-user-principal'))).toEqual(['/principals/ada%40example.com/'])
    for (const path of ['/addressbooks/ada%40example.com/', '/addressbooks/ada@example.com/']) {
      const listing = parseMultistatus((await server.request('PROPFIND', path, { body: PROPFIND_BODY, headers: { Depth: '1' } })).text)
      expect(listing.responses.map((r) => r.href)).toEqual(['/addressbooks/ada%40example.com/', '/addressbooks/ada%40example.com/linkedin/'])
    }
  })
})

describe('behind a reverse proxy prefix', () => {
  const server = useDav({ basePath: '/carddav' })

  it('puts the base path in every href', async () => {
    const response = await server.request('PROPFIND', '/carddav/principals/alice/', {
      body: '<propfind xmlns="DAV:" xmlns:C="urn:ietf:params:xml:ns:carddav"><prop><C:addressbook-home-set/><principal-URL/></prop></propfind>',
      headers: { Depth: '0' },
    })
    const principal = responseFor(parseMultistatus(response.text), '/carddav/principals/alice/')
    expect(propHrefs(principal, dav('principal-URL'))).toEqual(['/carddav/principals/alice/'])
    expect(propHrefs(principal, card('addressbook-home-set'))).toEqual(['/carddav/addressbooks/alice/'])
  })

  it('answers 404 outside the base path, even for OPTIONS', async () => {
    expect((await server.request('PROPFIND', '/principals/alice/', { body: PROPFIND_BODY })).status).toBe(404)
    expect((await server.request('OPTIONS', '/elsewhere/')).status).toBe(404)
    expect((await server.request('OPTIONS', '/carddav')).status).toBe(200)
  })
})
