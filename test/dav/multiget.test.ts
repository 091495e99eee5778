import { describe, expect, it } from 'vitest'
import { card, dav } from '../../src/dav/xml/names.js'
import { parseMultistatus, propText, useDav } from './helpers.js'

const BOOK = '/addressbooks/alice/linkedin/'
const multiget = (hrefs: string[], prop = '<D:getetag/><C:address-data/>') =>
  `<?xml version="1.0" encoding="utf-8"?><C:addressbook-multiget xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:carddav"><D:prop>${prop}</D:prop>${hrefs
    .map((href) => `<D:href>${href}</D:href>`)
    .join('')}</C:addressbook-multiget>`

describe('addressbook-multiget', () => {
  const server = useDav()

  it('answers one response per href, in request order, with etag and data', async () => {
    const a = server.seed('a.vcf', 'uid-a', 'Ada Example')
    const b = server.seed('b.vcf', 'uid-b', 'Bo Example')
    const parsed = parseMultistatus((await server.request('REPORT', BOOK, { body: multiget([`${BOOK}b.vcf`, `${BOOK}a.vcf`]) })).text)
    expect(parsed.responses.map((r) => r.href)).toEqual([`${BOOK}b.vcf`, `${BOOK}a.vcf`])
    expect(propText(parsed.responses[0]!, card('address-data'))).toBe(b.body)
    expect(propText(parsed.responses[1]!, card('address-data'))).toBe(a.body)
    expect(propText(parsed.responses[1]!, dav('getetag'))).toBe(server.store.getCard(server.book().id, 'a.vcf')?.etag)
  })

  it('accepts Depth 0, 1 and none alike', async () => {
    server.seed('a.vcf', 'uid-a', 'Ada Example')
    for (const depth of ['0', '1', undefined]) {
      const response = await server.request('REPORT', BOOK, { body: multiget([`${BOOK}a.vcf`]), headers: depth === undefined ? {} : { Depth: depth } })
      expect(response.status).toBe(207)
      expect(parseMultistatus(response.text).responses).toHaveLength(1)
    }
  })

  it('answers unknown and foreign hrefs with a bare 404 response', async () => {
    server.seed('a.vcf', 'uid-a', 'Ada Example')
    const bob = server.store.ensureBook('bob')
    server.store.putCard(bob.id, { name: 'b.vcf', uid: 'uid-b', body: 'BEGIN:VCARD\r\nVERSION:3.0\r\nUID:uid-b\r\nFN:Bo Example\r\nEND:VCARD\r\n', version: '3.0' })
    const hrefs = [`${BOOK}missing.vcf`, '/addressbooks/bob/linkedin/b.vcf', '/principals/alice/', '/elsewhere', `${BOOK}a.vcf`]
    const parsed = parseMultistatus((await server.request('REPORT', BOOK, { body: multiget(hrefs) })).text)
    expect(parsed.responses.map((r) => [r.href, r.status])).toEqual([
      [`${BOOK}missing.vcf`, 404],
      ['/addressbooks/bob/linkedin/b.vcf', 404],
      ['/principals/alice/', 404],
      ['/elsewhere', 404],
      [`${BOOK}a.vcf`, undefined],
    ])
  })

  it('accepts full URLs and encoded or unencoded hrefs, answering with the canonical href', async () => {
    server.seed('a b@c.vcf', 'uid-a', 'Ada Example')
    const forms = ['http://dav.example.com/addressbooks/alice/linkedin/a%20b%40c.vcf', `${BOOK}a b@c.vcf`, `${BOOK}a%20b@c.vcf`]
    const parsed = parseMultistatus((await server.request('REPORT', BOOK, { body: multiget(forms) })).text)
    expect(parsed.responses.map((r) => [r.href, r.propstatStatuses])).toEqual(forms.map(() => [`${BOOK}a%20b%40c.vcf`, [200]]))
  })

  it('never decodes twice: %2540 names a card called "%40"', async () => {
    server.seed('x%40y.vcf', 'uid-x', 'Xi Example')
    server.seed('x@y.vcf', 'uid-y', 'Yu Example')
    const parsed = parseMultistatus((await server.request('REPORT', BOOK, { body: multiget([`${BOOK}x%2540y.vcf`], '<D:getetag/>') })).text)
    expect(parsed.responses.map((r) => r.href)).toEqual([`${BOOK}x%2540y.vcf`])
    expect(propText(parsed.responses[0]!, dav('getetag'))).toBe(server.store.getCard(server.book().id, 'x%40y.vcf')?.etag)
  })

  it('fetches more hrefs than one store batch', async () => {
    const book = server.book()
    server.store.runImport(book.id, (session) => {
      for (let i = 0; i < 1234; i++) {
        const uid = `uid-${i}`
        const body = `BEGIN:VCARD\r\nVERSION:3.0\r\nUID:${uid}\r\nFN:Person${i} Example\r\nEND:VCARD\r\n`
        session.writeCard({ name: `c${i}.vcf`, uid, body, version: '3.0', base: body })
      }
    })
    const hrefs = Array.from({ length: 1234 }, (_, i) => `${BOOK}c${1233 - i}.vcf`)
    const parsed = parseMultistatus((await server.request('REPORT', BOOK, { body: multiget(hrefs) })).text)
    expect(parsed.responses.map((r) => r.href)).toEqual(hrefs)
    expect(parsed.responses.every((r) => r.propstatStatuses.join() === '200')).toBe(true)
    expect(propText(parsed.responses[0]!, card('address-data'))).toContain('FN:Person1233 Example')
  })

  it('works on a card URL too (hrefs of the same book)', async () => {
    server.seed('a.vcf', 'uid-a', 'Ada Example')
    const parsed = parseMultistatus((await server.request('REPORT', `${BOOK}a.vcf`, { body: multiget([`${BOOK}a.vcf`]) })).text)
    expect(parsed.responses[0]?.propstatStatuses).toEqual([200])
  })

  it('answers a multiget without hrefs with 400', async () => {
    expect((await server.request('REPORT', BOOK, { body: multiget([]) })).status).toBe(400)
  })
})
