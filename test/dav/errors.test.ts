import { describe, expect, it } from 'vitest'
import { createDavHandler } from '../../src/dav/index.js'
import { DavError, mapStoreError, PRECONDITIONS, type PreconditionKey } from '../../src/dav/errors.js'
import { card, dav, NS, type QName } from '../../src/dav/xml/names.js'
import { parseXml } from '../../src/dav/xml/parse.js'
import { createLogger } from '../../src/log.js'
import { BookNotFoundError, CardNotFoundError, EtagMismatchError, InvalidSyncPositionError, openSqliteStore, UidConflictError } from '../../src/store/index.js'
import { cardFixture, parseMultistatus, responseFor, useDav, vcard30, type DavHarness, type DavResult } from './helpers.js'

const BOOK = '/addressbooks/alice/linkedin/'

/** The precondition element of a `<d:error>` body. */
function errorCondition(result: DavResult): QName | undefined {
  expect(result.headers.get('Content-Type')).toBe('application/xml; charset=utf-8')
  const root = parseXml(result.text)
  expect(root?.name).toBe(dav('error'))
  return root?.children[0]?.name
}

/** One request per precondition that makes the server report it. */
const TRIGGERS: Record<PreconditionKey, (server: DavHarness) => Promise<DavResult>> = {
  validSyncToken: (server) =>
    server.request('REPORT', BOOK, { body: `<sync-collection xmlns="DAV:"><sync-token>urn:linkingout:sync:${server.book().syncId}:999</sync-token><prop><getetag/></prop></sync-collection>` }),
  supportedReport: (server) => server.request('REPORT', BOOK, { body: '<x:free-busy-query xmlns:x="urn:ietf:params:xml:ns:caldav"/>' }),
  propfindFiniteDepth: (server) => server.request('PROPFIND', '/', { headers: { Depth: 'infinity' } }),
  cannotModifyProtectedProperty: (server) => server.request('PROPPATCH', BOOK, { body: '<propertyupdate xmlns="DAV:"><set><prop><getetag>"x"</getetag></prop></set></propertyupdate>' }),
  noUidConflict: async (server) => {
    server.seed('first.vcf', 'shared-uid', 'Ada Example')
    return server.request('PUT', `${BOOK}second.vcf`, { body: vcard30('shared-uid', 'Ada Copy') })
  },
  validAddressData: (server) => server.request('PUT', `${BOOK}bad.vcf`, { body: cardFixture('broken.vcf') }),
  supportedAddressData: (server) => server.request('PUT', `${BOOK}old.vcf`, { body: cardFixture('vcard-2.1.vcf') }),
  maxResourceSize: (server) => server.request('PUT', `${BOOK}big.vcf`, { body: vcard30('big', 'Big Example', [`NOTE:${'x'.repeat(200)}`]) }),
  supportedCollation: (server) =>
    server.request('REPORT', BOOK, {
      body: '<C:addressbook-query xmlns:C="urn:ietf:params:xml:ns:carddav"><C:filter><C:prop-filter name="FN"><C:text-match collation="i;basic">x</C:text-match></C:prop-filter></C:filter></C:addressbook-query>',
    }),
}

describe('PRECONDITIONS', () => {
  const server = useDav({ maxResourceSize: 200 })

  it('has the namespace each RFC defines: DAV: for WebDAV and sync, CardDAV for card conditions', () => {
    expect(PRECONDITIONS.validSyncToken.name).toBe(`{${NS.dav}}valid-sync-token`)
    expect(PRECONDITIONS.noUidConflict.name).toBe(`{${NS.card}}no-uid-conflict`)
  })

  for (const key of Object.keys(PRECONDITIONS) as PreconditionKey[]) {
    it(`${key}: ${PRECONDITIONS[key].status} with ${PRECONDITIONS[key].name}`, async () => {
      const result = await TRIGGERS[key](server)
      if (key === 'cannotModifyProtectedProperty') {
        // reported per property inside the PROPPATCH multistatus (RFC 4918 §9.2)
        expect(result.status).toBe(207)
        const response = responseFor(parseMultistatus(result.text), BOOK)
        expect(response.propstatStatuses).toEqual([PRECONDITIONS[key].status])
        expect(response.errors).toEqual([PRECONDITIONS[key].name])
      } else {
        expect(result.status).toBe(PRECONDITIONS[key].status)
        expect(errorCondition(result)).toBe(PRECONDITIONS[key].name)
      }
    })
  }

  it('no-uid-conflict carries the href of the member that has the UID', async () => {
    const result = await TRIGGERS.noUidConflict(server)
    const root = parseXml(result.text)
    expect(root?.children[0]?.children.map((child) => [child.name, child.text])).toEqual([[dav('href'), `${BOOK}first.vcf`]])
  })
})

describe('mapStoreError', () => {
  const hrefOf = (name: string) => `/b/${name}`

  it('translates each store error', () => {
    expect(mapStoreError(new CardNotFoundError('x'), hrefOf)?.status).toBe(404)
    expect(mapStoreError(new BookNotFoundError(1), hrefOf)?.status).toBe(404)
    const mismatch = mapStoreError(new EtagMismatchError('x'), hrefOf)
    expect([mismatch?.status, mismatch?.condition]).toEqual([412, undefined])
    const conflict = mapStoreError(new UidConflictError('u', 'a.vcf'), hrefOf)
    expect([conflict?.status, conflict?.condition, conflict?.detail]).toEqual([409, card('no-uid-conflict'), '<d:href>/b/a.vcf</d:href>'])
    const sync = mapStoreError(new InvalidSyncPositionError(3), hrefOf)
    expect([sync?.status, sync?.condition]).toEqual([403, dav('valid-sync-token')])
  })

  it('leaves other errors alone', () => {
    expect(mapStoreError(new Error('boom'), hrefOf)).toBeUndefined()
  })
})

describe('DavError', () => {
  it('renders a condition as <d:error> with every fixed prefix declared', async () => {
    const response = DavError.precondition('maxResourceSize').getResponse()
    expect(response.status).toBe(403)
    expect(await response.text()).toBe(
      '<?xml version="1.0" encoding="utf-8"?>\n<d:error xmlns:d="DAV:" xmlns:card="urn:ietf:params:xml:ns:carddav" xmlns:cs="http://calendarserver.org/ns/"><card:max-resource-size/></d:error>',
    )
  })

  it('renders a bare status as plain text', async () => {
    const response = new DavError(412).getResponse()
    expect([response.status, response.headers.get('Content-Type'), await response.text()]).toEqual([412, 'text/plain; charset=utf-8', 'Precondition Failed\n'])
  })
})

describe('unexpected errors', () => {
  it('answer 500 without details and are logged with the error', async () => {
    const store = openSqliteStore(':memory:')
    store.ensureBook('alice')
    store.listCards = () => {
      throw new Error('disk on fire at /secret/path')
    }
    const lines: string[] = []
    const handler = createDavHandler({ store, log: createLogger('info', (line) => lines.push(line)), basePath: '', maxResourceSize: 1000 })
    const response = await handler(new Request(`http://127.0.0.1${BOOK}`, { method: 'PROPFIND', headers: { Depth: '1' } }), 'alice')
    expect(response.status).toBe(500)
    const text = await response.text()
    expect(text).not.toContain('disk on fire')
    expect(text).not.toContain('/secret/path')
    expect(lines.some((line) => line.includes('ERROR') && line.includes('disk on fire'))).toBe(true)
    store.close()
  })
})
