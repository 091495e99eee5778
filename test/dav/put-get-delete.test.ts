import { describe, expect, it } from 'vitest'
import { card, dav } from '../../src/dav/xml/names.js'
import { etagOf } from '../../src/store/index.js'
import { cardFixture, parseMultistatus, useDav, vcard30 } from './helpers.js'

const BOOK = '/addressbooks/alice/linkedin/'
const VCARD = { 'Content-Type': 'text/vcard; charset=utf-8' }

describe('PUT (carddav-compat.md §3.4)', () => {
  const server = useDav({ maxResourceSize: 2048 })

  it('creates with If-None-Match: * → 201, stored byte for byte, ETag of the stored bytes', async () => {
    const body = cardFixture('ios-3.0.vcf')
    const response = await server.request('PUT', `${BOOK}C3A1B2D4-0000-4000-8000-000000000001-ABSPlugin.vcf`, { body, headers: { ...VCARD, 'If-None-Match': '*' } })
    expect(response.status).toBe(201)
    const stored = server.store.getCard(server.book().id, 'C3A1B2D4-0000-4000-8000-000000000001-ABSPlugin.vcf')
    expect(stored).toMatchObject({ body, uid: 'C3A1B2D4-0000-4000-8000-000000000001', version: '3.0' })
    expect(response.headers.get('ETag')).toBe(etagOf(body))
    expect(response.headers.get('ETag')).toBe(stored?.etag)
  })

  it('answers If-None-Match: * on an existing href with 412', async () => {
    server.seed('a.vcf', 'uid-a', 'Ada Example')
    const response = await server.request('PUT', `${BOOK}a.vcf`, { body: vcard30('uid-a', 'Ada Changed'), headers: { ...VCARD, 'If-None-Match': '*' } })
    expect(response.status).toBe(412)
    expect(server.store.getCard(server.book().id, 'a.vcf')?.body).toContain('FN:Ada Example')
  })

  it('updates with a matching If-Match → 204 with the new ETag; a mismatch → 412', async () => {
    server.seed('a.vcf', 'uid-a', 'Ada Example')
    const old = server.store.getCard(server.book().id, 'a.vcf')?.etag ?? ''
    const body = vcard30('uid-a', 'Ada Changed')
    const updated = await server.request('PUT', `${BOOK}a.vcf`, { body, headers: { ...VCARD, 'If-Match': old } })
    expect(updated.status).toBe(204)
    expect(updated.headers.get('ETag')).toBe(etagOf(body))
    const stale = await server.request('PUT', `${BOOK}a.vcf`, { body: vcard30('uid-a', 'Ada Again'), headers: { ...VCARD, 'If-Match': old } })
    expect(stale.status).toBe(412)
  })

  it('tolerates an unquoted If-Match value and accepts lists and *', async () => {
    server.seed('a.vcf', 'uid-a', 'Ada Example')
    const etag = server.store.getCard(server.book().id, 'a.vcf')?.etag ?? ''
    const put = (name: string, body: string, ifMatch: string) => server.request('PUT', `${BOOK}${name}`, { body, headers: { ...VCARD, 'If-Match': ifMatch } })
    expect((await put('a.vcf', vcard30('uid-a', 'Ada One'), etag.slice(1, -1))).status).toBe(204)
    const current = server.store.getCard(server.book().id, 'a.vcf')?.etag ?? ''
    expect((await put('a.vcf', vcard30('uid-a', 'Ada Two'), `"nope", ${current}`)).status).toBe(204)
    expect((await put('a.vcf', vcard30('uid-a', 'Ada Three'), '*')).status).toBe(204)
    expect((await put('new.vcf', vcard30('uid-new', 'Nu Example'), '*')).status).toBe(412)
  })

  it('needs no precondition headers and no Content-Type (Thunderbird, lax clients)', async () => {
    const bytes = (text: string) => new TextEncoder().encode(text)
    expect((await server.request('PUT', `${BOOK}t.vcf`, { body: bytes(vcard30('uid-t', 'Tia Example')) })).status).toBe(201)
    expect((await server.request('PUT', `${BOOK}t.vcf`, { body: bytes(vcard30('uid-t', 'Tia Changed')) })).status).toBe(204)
  })

  it('tolerates the text/plain that fetch() puts on string bodies', async () => {
    const response = await server.request('PUT', `${BOOK}p.vcf`, { body: vcard30('uid-p', 'Pia Example'), headers: { 'Content-Type': 'text/plain;charset=UTF-8' } })
    expect(response.status).toBe(201)
  })

  it('accepts text/x-vcard and quoted charset parameters (Evolution)', async () => {
    expect((await server.request('PUT', `${BOOK}e1.vcf`, { body: vcard30('uid-e1', 'Eve Example'), headers: { 'Content-Type': 'text/vcard; charset="utf-8"', Prefer: 'return=minimal' } })).status).toBe(201)
    expect((await server.request('PUT', `${BOOK}e2.vcf`, { body: vcard30('uid-e2', 'Eli Example'), headers: { 'Content-Type': 'text/x-vcard' } })).status).toBe(201)
  })

  it('adds a missing UID and withholds the ETag', async () => {
    const response = await server.request('PUT', `${BOOK}evo-1.vcf`, { body: cardFixture('evolution-no-uid.vcf'), headers: VCARD })
    expect(response.status).toBe(201)
    expect(response.headers.get('ETag')).toBeNull()
    const stored = server.store.getCard(server.book().id, 'evo-1.vcf')
    expect(stored?.uid).toBe('evo-1')
    expect(stored?.body).toContain('\r\nUID:evo-1\r\n')
  })

  it('strips C0 control characters and withholds the ETag', async () => {
    const response = await server.request('PUT', `${BOOK}ctl.vcf`, { body: cardFixture('control-characters.vcf'), headers: VCARD })
    expect(response.status).toBe(201)
    expect(response.headers.get('ETag')).toBeNull()
    expect(server.store.getCard(server.book().id, 'ctl.vcf')?.body).toBe('BEGIN:VCARD\r\nVERSION:3.0\r\nUID:ctl-1\r\nFN:Bell Example\r\nNOTE:tab\there\r\nEND:VCARD\r\n')
  })

  it('answers a UID used by another member with 409 no-uid-conflict naming that member', async () => {
    server.seed('a@b.vcf', 'uid-a', 'Ada Example')
    const response = await server.request('PUT', `${BOOK}other.vcf`, { body: vcard30('uid-a', 'Ada Copy'), headers: { ...VCARD, 'If-None-Match': '*' } })
    expect(response.status).toBe(409)
    expect(response.headers.get('Content-Type')).toBe('application/xml; charset=utf-8')
    expect(response.text).toContain(`<card:no-uid-conflict><d:href>${BOOK}a%40b.vcf</d:href></card:no-uid-conflict>`)
    expect(server.store.getCard(server.book().id, 'other.vcf')).toBeUndefined()
  })

  it('answers a PUT that changes the UID of a card with 409', async () => {
    server.seed('a.vcf', 'uid-a', 'Ada Example')
    const response = await server.request('PUT', `${BOOK}a.vcf`, { body: vcard30('uid-changed', 'Ada Example'), headers: VCARD })
    expect(response.status).toBe(409)
    expect(response.text).toContain('no-uid-conflict')
  })

  it('refuses invalid cards with 403 valid-address-data and vCard 2.1 with supported-address-data', async () => {
    for (const [body, condition] of [
      [cardFixture('broken.vcf'), 'valid-address-data'],
      ['just text', 'valid-address-data'],
      [vcard30('x1', 'One Example') + vcard30('x2', 'Two Example'), 'valid-address-data'],
      [cardFixture('vcard-2.1.vcf'), 'supported-address-data'],
    ] as const) {
      const response = await server.request('PUT', `${BOOK}bad.vcf`, { body, headers: VCARD })
      expect(response.status).toBe(403)
      expect(response.text).toContain(`<card:${condition}/>`)
    }
    expect(server.store.getCard(server.book().id, 'bad.vcf')).toBeUndefined()
  })

  it('refuses a body over max-resource-size with 403 max-resource-size', async () => {
    const big = vcard30('big', 'Big Example', [`NOTE:${'x'.repeat(3000)}`])
    const response = await server.request('PUT', `${BOOK}big.vcf`, { body: big, headers: VCARD })
    expect(response.status).toBe(403)
    expect(response.text).toContain('<card:max-resource-size/>')
  })

  it('refuses other media types with 403 supported-address-data', async () => {
    const response = await server.request('PUT', `${BOOK}j.vcf`, { body: '{}', headers: { 'Content-Type': 'application/vcard+json' } })
    expect(response.status).toBe(403)
    expect(response.text).toContain('<card:supported-address-data/>')
  })

  it('answers a PUT into a missing address book with 409 and onto a collection with 405', async () => {
    expect((await server.request('PUT', '/addressbooks/alice/other/x.vcf', { body: vcard30('x', 'X Example'), headers: VCARD })).status).toBe(409)
    expect((await server.request('PUT', BOOK, { body: vcard30('x', 'X Example'), headers: VCARD })).status).toBe(405)
  })

  it('accepts any client-chosen name and lists it under the canonical href', async () => {
    const names = ['abc@def.vcf', 'Zoë Example.vcf', "x+y!'().vcf"]
    for (const [index, name] of names.entries()) {
      const response = await server.request('PUT', `${BOOK}${encodeURIComponent(name)}`, { body: vcard30(`uid-${index}`, 'Any Example'), headers: VCARD })
      expect(response.status, name).toBe(201)
    }
    const listing = parseMultistatus((await server.request('PROPFIND', BOOK, { body: '<propfind xmlns="DAV:"><prop><getetag/></prop></propfind>', headers: { Depth: '1' } })).text)
    expect(listing.responses.map((r) => r.href).sort()).toEqual(
      [BOOK, `${BOOK}Zo%C3%AB%20Example.vcf`, `${BOOK}abc%40def.vcf`, `${BOOK}x%2By%21%27%28%29.vcf`].sort(),
    )
  })
})

describe('GET and HEAD', () => {
  const server = useDav()

  it('serves the stored card with ETag, Content-Type and Last-Modified', async () => {
    const seeded = server.seed('a.vcf', 'uid-a', 'Ada Example')
    const stored = server.store.getCard(server.book().id, 'a.vcf')
    const response = await server.request('GET', `${BOOK}a.vcf`)
    expect(response.status).toBe(200)
    expect(response.text).toBe(seeded.body)
    expect(response.headers.get('ETag')).toBe(stored?.etag)
    expect(response.headers.get('Content-Type')).toBe('text/vcard; charset=utf-8')
    expect(response.headers.get('Last-Modified')).toBe(new Date(stored?.modifiedAt ?? 0).toUTCString())
  })

  it('answers HEAD with the headers and length but no body', async () => {
    const seeded = server.seed('a.vcf', 'uid-a', 'Ada Example')
    const response = await server.request('HEAD', `${BOOK}a.vcf`)
    expect(response.status).toBe(200)
    expect(response.text).toBe('')
    expect(response.headers.get('Content-Length')).toBe(String(Buffer.byteLength(seeded.body)))
    expect(response.headers.get('ETag')).toMatch(/^"[0-9a-f]+"$/)
  })

  it('answers If-None-Match with the current ETag with 304, and a failing If-Match with 412', async () => {
    server.seed('a.vcf', 'uid-a', 'Ada Example')
    const etag = server.store.getCard(server.book().id, 'a.vcf')?.etag ?? ''
    const notModified = await server.request('GET', `${BOOK}a.vcf`, { headers: { 'If-None-Match': etag } })
    expect(notModified.status).toBe(304)
    expect(notModified.headers.get('ETag')).toBe(etag)
    expect((await server.request('GET', `${BOOK}a.vcf`, { headers: { 'If-None-Match': '"other"' } })).status).toBe(200)
    expect((await server.request('GET', `${BOOK}a.vcf`, { headers: { 'If-Match': '"other"' } })).status).toBe(412)
  })

  it('answers an unknown card with 404', async () => {
    expect((await server.request('GET', `${BOOK}missing.vcf`)).status).toBe(404)
  })
})

describe('DELETE', () => {
  const server = useDav()

  it('deletes without If-Match (Thunderbird) → 204', async () => {
    server.seed('a.vcf', 'uid-a', 'Ada Example')
    expect((await server.request('DELETE', `${BOOK}a.vcf`)).status).toBe(204)
    expect(server.store.getCard(server.book().id, 'a.vcf')).toBeUndefined()
  })

  it('honours If-Match: 412 on mismatch, 204 on match', async () => {
    server.seed('a.vcf', 'uid-a', 'Ada Example')
    expect((await server.request('DELETE', `${BOOK}a.vcf`, { headers: { 'If-Match': '"stale"' } })).status).toBe(412)
    const etag = server.store.getCard(server.book().id, 'a.vcf')?.etag ?? ''
    expect((await server.request('DELETE', `${BOOK}a.vcf`, { headers: { 'If-Match': etag } })).status).toBe(204)
  })

  it('answers an unknown card with 404, not 410', async () => {
    expect((await server.request('DELETE', `${BOOK}missing.vcf`)).status).toBe(404)
  })

  it('answers a multiget of a deleted card with a 404 response', async () => {
    server.seed('a.vcf', 'uid-a', 'Ada Example')
    await server.request('DELETE', `${BOOK}a.vcf`)
    const report = `<C:addressbook-multiget xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:carddav"><D:prop><D:getetag/><C:address-data/></D:prop><D:href>${BOOK}a.vcf</D:href></C:addressbook-multiget>`
    const parsed = parseMultistatus((await server.request('REPORT', BOOK, { body: report })).text)
    expect(parsed.responses).toEqual([expect.objectContaining({ href: `${BOOK}a.vcf`, status: 404 })])
    expect(parsed.responses[0]?.props.size).toBe(0)
    expect([dav('getetag'), card('address-data')].every((name) => !parsed.responses[0]?.props.has(name))).toBe(true)
  })
})
