import { describe, expect, it } from 'vitest'
import { card, dav } from '../../src/dav/xml/names.js'
import { etagOf } from '../../src/store/index.js'
import { cardFixture, parseMultistatus, propText, responseFor, useDav } from './helpers.js'

const BOOK = '/addressbooks/alice/linkedin/'
const multiget = (href: string, addressData: string) =>
  `<C:addressbook-multiget xmlns="DAV:" xmlns:C="urn:ietf:params:xml:ns:carddav"><prop><getetag/>${addressData}</prop><href>${href}</href></C:addressbook-multiget>`

describe('vCard version negotiation', () => {
  const server = useDav()

  async function putThunderbirdCard(): Promise<{ body: string; href: string }> {
    const body = cardFixture('thunderbird-4.0.vcf')
    const href = `${BOOK}6b2f1e3a-0000-4000-8000-0000000000aa.vcf`
    const response = await server.request('PUT', href, { body, headers: { 'Content-Type': 'text/vcard' } })
    expect(response.status).toBe(201)
    expect(response.headers.get('ETag')).toBe(etagOf(body))
    return { body, href }
  }

  it('stores a Thunderbird vCard 4.0 PUT byte for byte, as version 4.0', async () => {
    const { body } = await putThunderbirdCard()
    expect(server.store.getCard(server.book().id, '6b2f1e3a-0000-4000-8000-0000000000aa.vcf')).toMatchObject({ body, version: '4.0' })
  })

  it('serves it as vCard 3.0 by default (GET and multiget) with the stored ETag', async () => {
    const { body, href } = await putThunderbirdCard()
    const get = await server.request('GET', href)
    expect(get.text).toContain('VERSION:3.0')
    expect(get.text).toContain('BDAY;X-APPLE-OMIT-YEAR=1604:1604-04-12')
    expect(get.headers.get('ETag')).toBe(etagOf(body))
    const report = responseFor(parseMultistatus((await server.request('REPORT', BOOK, { body: multiget(href, '<C:address-data/>') })).text), href)
    expect(propText(report, card('address-data'))).toBe(get.text)
    expect(propText(report, dav('getetag'))).toBe(etagOf(body))
  })

  it('serves the stored 4.0 bytes on request: Accept version=4.0, address-data version="4.0" (any attribute case)', async () => {
    const { body, href } = await putThunderbirdCard()
    expect((await server.request('GET', href, { headers: { Accept: 'text/vcard; version=4.0' } })).text).toBe(body)
    for (const addressData of ['<C:address-data content-type="text/vcard" version="4.0"/>', '<C:address-data Content-Type="text/vcard" Version="4.0"/>']) {
      const report = responseFor(parseMultistatus((await server.request('REPORT', BOOK, { body: multiget(href, addressData) })).text), href)
      expect(propText(report, card('address-data'))).toBe(body)
    }
  })

  it('serves a stored 3.0 card verbatim as 3.0 and converts it on a 4.0 request', async () => {
    const seeded = server.seed('a.vcf', 'uid-a', 'Ada Example')
    const href = `${BOOK}a.vcf`
    expect((await server.request('GET', href)).text).toBe(seeded.body)
    const v4 = (await server.request('GET', href, { headers: { Accept: 'text/vcard;version=4.0' } })).text
    expect(v4).toContain('VERSION:4.0')
    expect(v4).toContain('FN:Ada Example')
    const report = responseFor(parseMultistatus((await server.request('REPORT', BOOK, { body: multiget(href, '<C:address-data version="4.0"/>') })).text), href)
    expect(propText(report, card('address-data'))).toBe(v4)
    expect(propText(report, dav('getetag'))).toBe(server.store.getCard(server.book().id, 'a.vcf')?.etag)
  })

  it('HEAD reports the length of the representation it would send', async () => {
    const { href } = await putThunderbirdCard()
    const get = await server.request('GET', href)
    const head = await server.request('HEAD', href)
    expect(head.headers.get('Content-Length')).toBe(String(Buffer.byteLength(get.text)))
  })
})
