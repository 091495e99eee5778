/**
 * Requests while an import runs in another process (regressions found by test/e2e/import-concurrency):
 * reads must not take the write lock the import holds (resolving a path used to call ensureBook, a
 * write transaction, so every request waited up to busy_timeout and then failed with 500), and a
 * multiget or a listing with address-data must read all bodies in one snapshot (they used to read
 * them in batches of 500, so an import committing in between left half of the answer old).
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createDavHandler } from '../../src/dav/index.js'
import { card, dav } from '../../src/dav/xml/names.js'
import { silentLogger } from '../../src/log.js'
import { openSqliteStore } from '../../src/store/index.js'
import type { Store } from '../../src/store/types.js'
import { parseMultistatus, propText, requestBody, vcard30, type ParsedResponse } from './helpers.js'

const BOOK = '/addressbooks/alice/linkedin/'
const CARDS = 1200

function handlerFor(store: Store) {
  const handler = createDavHandler({ store, log: silentLogger, basePath: '', maxResourceSize: 102_400 })
  return async (method: string, path: string, body?: string, headers: Record<string, string> = {}) => {
    const response = await handler(new Request(`http://127.0.0.1${path}`, { method, body, headers }), 'alice')
    return { status: response.status, text: await response.text() }
  }
}

function fillBook(store: Store, fullName: (i: number) => string): void {
  const book = store.ensureBook('alice')
  store.runImport(book.id, (session) => {
    for (let i = 0; i < CARDS; i++) {
      const body = vcard30(`uid-${i}`, fullName(i))
      session.writeCard({ name: `c${i}.vcf`, uid: `uid-${i}`, body, version: '3.0', base: body })
    }
  })
}

describe('reads while another connection holds the write lock', () => {
  let dir: string
  let store: Store
  let importer: Database.Database

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'linkingout-dav-locked-'))
    store = openSqliteStore(join(dir, 'store.sqlite'))
    fillBook(store, (i) => `Person${i} Example`)
    importer = new Database(join(dir, 'store.sqlite'))
    importer.exec('BEGIN IMMEDIATE') // what an import in another process holds for its whole transaction
  })

  afterEach(() => {
    importer.exec('ROLLBACK')
    importer.close()
    store.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it('answers discovery, listings, syncs, multigets and GETs at once', async () => {
    const request = handlerFor(store)
    const multiget = `<C:addressbook-multiget xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:carddav"><D:prop><D:getetag/></D:prop><D:href>${BOOK}c1.vcf</D:href></C:addressbook-multiget>`
    for (const [method, path, body, depth] of [
      ['PROPFIND', '/addressbooks/alice/', requestBody('tsdav-4-home-listing.xml'), '1'],
      ['PROPFIND', BOOK, requestBody('vdirsyncer-6-listing.xml'), '1'],
      ['REPORT', BOOK, requestBody('davx5-sync-initial.xml'), '0'],
      ['REPORT', BOOK, multiget, '1'],
      ['GET', `${BOOK}c1.vcf`, undefined, '0'],
    ] as const) {
      const started = performance.now()
      const response = await request(method, path, body, { Depth: depth })
      expect([method, path, response.status]).toEqual([method, path, method === 'GET' ? 200 : 207])
      expect(performance.now() - started).toBeLessThan(1000) // busy_timeout is 5000
    }
  })
})

describe('bodies of one answer come from one snapshot', () => {
  let store: Store
  beforeEach(() => {
    store = openSqliteStore(':memory:')
    fillBook(store, (i) => `Person${i} Before`)
  })
  afterEach(() => store.close())

  /** The store, with an import landing right after the first getCards call returns. */
  function storeWithImportAfterFirstRead(): Store {
    let landed = false
    return new Proxy(store, {
      get(target, property, receiver) {
        const value: unknown = Reflect.get(target, property, receiver)
        if (property !== 'getCards') return typeof value === 'function' ? value.bind(target) : value
        return (bookId: number, names: readonly string[]) => {
          const cards = target.getCards(bookId, names)
          if (!landed) {
            landed = true
            fillBook(target, (i) => `Person${i} After`)
          }
          return cards
        }
      },
    })
  }

  /** Which import each card body comes from ('Before' or 'After'). */
  const statesOf = (responses: ParsedResponse[]) => new Set(responses.map((r) => /FN:Person\d+ (\w+)/.exec(propText(r, card('address-data')))?.[1]))

  it('addressbook-multiget of more cards than the store reads per query', async () => {
    const hrefs = Array.from({ length: CARDS }, (_, i) => `<D:href>${BOOK}c${i}.vcf</D:href>`).join('')
    const body = `<C:addressbook-multiget xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:carddav"><D:prop><D:getetag/><C:address-data/></D:prop>${hrefs}</C:addressbook-multiget>`
    const response = await handlerFor(storeWithImportAfterFirstRead())('REPORT', BOOK, body, { Depth: '1' })
    expect(response.status).toBe(207)
    expect(statesOf(parseMultistatus(response.text).responses)).toEqual(new Set(['Before']))
  })

  it('a Depth-1 listing with address-data', async () => {
    const body = '<D:propfind xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:carddav"><D:prop><D:getetag/><C:address-data/></D:prop></D:propfind>'
    const response = await handlerFor(storeWithImportAfterFirstRead())('PROPFIND', BOOK, body, { Depth: '1', Prefer: 'return=minimal' })
    expect(response.status).toBe(207)
    const parsed = parseMultistatus(response.text)
    const members = parsed.responses.filter((r) => r.href.endsWith('.vcf'))
    expect(members).toHaveLength(CARDS)
    expect(statesOf(members)).toEqual(new Set(['Before']))
    expect(members.every((r) => r.props.has(dav('getetag')))).toBe(true)
  })
})
