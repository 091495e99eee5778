import { describe, expect, it } from 'vitest'
import { card, dav } from '../../src/dav/xml/names.js'
import { parseMultistatus, propText, requestBody, useDav } from './helpers.js'

const BOOK = '/addressbooks/alice/linkedin/'
const query = (filter: string, extra = '') =>
  `<?xml version="1.0" encoding="utf-8"?><C:addressbook-query xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:carddav"><D:prop><D:getetag/></D:prop>${filter}${extra}</C:addressbook-query>`

describe('addressbook-query', () => {
  const server = useDav()

  function seedThree(): void {
    server.seed('a.vcf', 'uid-a', 'Ada Example', ['item1.TEL;TYPE=CELL:+1 555 0100', 'ORG:Example Analytics'])
    server.seed('b.vcf', 'uid-b', 'Bo Example', ['TEL;TYPE=WORK:+1 555 0101'])
    server.seed('c.vcf', 'uid-c', 'Cy Sample')
  }

  const hrefsOf = async (body: string, headers: Record<string, string> = { Depth: '1' }) =>
    parseMultistatus((await server.request('REPORT', BOOK, { body, headers })).text).responses.map((r) => [r.href, r.status])

  it('returns every card without a filter or with an empty one (tsdav, old Thunderbird)', async () => {
    seedThree()
    const all = [[`${BOOK}a.vcf`, undefined], [`${BOOK}b.vcf`, undefined], [`${BOOK}c.vcf`, undefined]]
    expect(await hrefsOf(query(''))).toEqual(all)
    expect(await hrefsOf(query('<C:filter/>'))).toEqual(all)
  })

  it('filters by text-match with the default collation and match type', async () => {
    seedThree()
    expect(await hrefsOf(query('<C:filter><C:prop-filter name="FN"><C:text-match>EXAMPLE</C:text-match></C:prop-filter></C:filter>'))).toEqual([
      [`${BOOK}a.vcf`, undefined],
      [`${BOOK}b.vcf`, undefined],
    ])
  })

  it('matches TEL with and without a group, and honours is-not-defined, negate-condition and allof', async () => {
    seedThree()
    expect(await hrefsOf(query('<C:filter><C:prop-filter name="TEL"/></C:filter>'))).toHaveLength(2)
    expect(await hrefsOf(query('<C:filter><C:prop-filter name="ORG"><C:is-not-defined/></C:prop-filter></C:filter>'))).toHaveLength(2)
    expect(await hrefsOf(query('<C:filter><C:prop-filter name="FN"><C:text-match negate-condition="yes">Example</C:text-match></C:prop-filter></C:filter>'))).toEqual([
      [`${BOOK}c.vcf`, undefined],
    ])
    const allof = '<C:filter test="allof"><C:prop-filter name="TEL"/><C:prop-filter name="ORG"/></C:filter>'
    expect(await hrefsOf(query(allof))).toEqual([[`${BOOK}a.vcf`, undefined]])
  })

  it('filters on parameters', async () => {
    seedThree()
    const body = query('<C:filter><C:prop-filter name="TEL"><C:param-filter name="TYPE"><C:text-match match-type="equals">work</C:text-match></C:param-filter></C:prop-filter></C:filter>')
    expect(await hrefsOf(body)).toEqual([[`${BOOK}b.vcf`, undefined]])
  })

  it('stops at nresults and adds a 507 response for the request URI', async () => {
    seedThree()
    const limited = await hrefsOf(query('', '<C:limit><C:nresults>2</C:nresults></C:limit>'))
    expect(limited).toEqual([[`${BOOK}a.vcf`, undefined], [`${BOOK}b.vcf`, undefined], [BOOK, 507]])
    expect(await hrefsOf(query('', '<C:limit><C:nresults>3</C:nresults></C:limit>'))).toHaveLength(3)
  })

  it('treats Depth 0 on the book like Depth 1 (Evolution)', async () => {
    seedThree()
    expect(await hrefsOf(query(''), { Depth: '0' })).toHaveLength(3)
  })

  it('refuses an unknown collation with 403 supported-collation and a bad match-type with 400', async () => {
    const collation = await server.request('REPORT', BOOK, { body: query('<C:filter><C:prop-filter name="FN"><C:text-match collation="i;klingon">x</C:text-match></C:prop-filter></C:filter>') })
    expect(collation.status).toBe(403)
    expect(collation.text).toContain('<card:supported-collation/>')
    const matchType = await server.request('REPORT', BOOK, { body: query('<C:filter><C:prop-filter name="FN"><C:text-match match-type="sounds-like">x</C:text-match></C:prop-filter></C:filter>') })
    expect(matchType.status).toBe(400)
  })

  it('answers the Evolution Depth-0 query with address-data prop VERSION+UID with whole cards', async () => {
    const seeded = server.seed('a.vcf', 'uid-a', 'Ada Example')
    const response = await server.request('REPORT', BOOK, { body: requestBody('evolution-query.xml'), headers: { Depth: '0', 'Content-Type': 'text/xml; charset=utf-8' } })
    const [only] = parseMultistatus(response.text).responses
    expect(only?.href).toBe(`${BOOK}a.vcf`)
    expect(propText(only!, card('address-data'))).toBe(seeded.body)
    expect(propText(only!, dav('getetag'))).toMatch(/^"/)
  })

  it('is refused on the home with 403 supported-report', async () => {
    const response = await server.request('REPORT', '/addressbooks/alice/', { body: query('') })
    expect(response.status).toBe(403)
    expect(response.text).toContain('<d:supported-report/>')
  })
})
