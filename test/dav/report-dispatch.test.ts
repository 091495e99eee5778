import { describe, expect, it } from 'vitest'
import { parseMultistatus, useDav } from './helpers.js'

const BOOK = '/addressbooks/alice/linkedin/'

describe('REPORT dispatch', () => {
  const server = useDav()

  it('answers expand-property and the principal search reports with an empty 207 anywhere (InfCloud)', async () => {
    for (const [path, body] of [
      ['/principals/alice/', '<expand-property xmlns="DAV:"><property name="current-user-principal"/></expand-property>'],
      [BOOK, '<principal-property-search xmlns="DAV:"><property-search><prop><displayname/></prop><match>a</match></property-search></principal-property-search>'],
      ['/', '<principal-search-property-set xmlns="DAV:"/>'],
    ] as const) {
      const response = await server.request('REPORT', path, { body })
      expect(response.status, body).toBe(207)
      expect(parseMultistatus(response.text).responses).toEqual([])
    }
  })

  it('answers an unknown report with 403 supported-report, and a report on a resource it does not apply to likewise', async () => {
    for (const [path, body] of [
      [BOOK, '<C:calendar-query xmlns:C="urn:ietf:params:xml:ns:caldav"/>'],
      ['/addressbooks/alice/', '<C:addressbook-multiget xmlns:C="urn:ietf:params:xml:ns:carddav" xmlns:D="DAV:"><D:href>/x</D:href></C:addressbook-multiget>'],
      ['/principals/alice/', '<sync-collection xmlns="DAV:"><sync-token/></sync-collection>'],
    ] as const) {
      const response = await server.request('REPORT', path, { body })
      expect(response.status, body).toBe(403)
      expect(response.text).toContain('<d:supported-report/>')
    }
  })

  it('answers a REPORT without a body with 400', async () => {
    expect((await server.request('REPORT', BOOK)).status).toBe(400)
  })

  it('answers a REPORT on a card that does not exist with 404', async () => {
    expect((await server.request('REPORT', `${BOOK}missing.vcf`, { body: '<sync-collection xmlns="DAV:"><sync-token/></sync-collection>' })).status).toBe(404)
  })
})
