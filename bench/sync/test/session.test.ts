import { afterEach, describe, expect, it } from 'vitest'
import { MAX_MULTIGET_RESOURCES } from '../davx5.js'
import { editMarker } from '../edits.js'
import { createClient, type DavClient } from '../http-client.js'
import { SyncSession } from '../steps.js'
import { BOOK, cardBody, startFakeBook, type FakeBook, type FakeOptions } from './fake-server.js'

const NAMES = Array.from({ length: 200 }, (_, i) => `c${String(i).padStart(3, '0')}.vcf`)
const CARDS = NAMES.map((name, i) => ({ name, body: cardBody(i) }))

let book: FakeBook | undefined
let client: DavClient | undefined

afterEach(async () => {
  client?.close()
  await book?.close()
})

async function session(options: FakeOptions = {}, { budgetMs = 60_000, timeoutMs = 10_000 } = {}) {
  book = await startFakeBook(NAMES, options)
  client = createClient({ port: book.port, authorization: 'Basic dTpw', timeoutMs })
  return new SyncSession({ client, path: BOOK }, CARDS, budgetMs)
}

const hrefsPerMultiget = (fake: FakeBook) =>
  fake.requests.filter((r) => r.body.includes('addressbook-multiget')).map((r) => (r.body.match(/<href>/g) ?? []).length)

describe('SyncSession against a correct book', () => {
  it('syncs like DAVx5: capabilities, sync-collection, then multigets of at most 10 hrefs', async () => {
    const s = await session()
    const initial = await s.initial()
    expect(initial).toMatchObject({ outcome: 'ok', problems: [], requests: 2 + NAMES.length / MAX_MULTIGET_RESOURCES })
    expect(initial.ms).toBeGreaterThan(0)
    expect(hrefsPerMultiget(book!)).toEqual(Array(NAMES.length / 10).fill(10))
    expect(book!.requests.every((r) => r.method !== 'REPORT' || r.depth === '0')).toBe(true)
    expect(s.usesSyncCollection).toBe(true)
    expect(s.asksForVCard4).toBe(false)
  })

  it('finds nothing on a no-change sync and exactly the 1% after edits', async () => {
    const s = await session()
    await s.initial()
    expect(await s.noChange()).toMatchObject({ outcome: 'ok', requests: 2 })
    const changed = await s.changeOnePercent(0)
    expect(changed).toMatchObject({ outcome: 'ok', problems: [] })
    const puts = book!.requests.filter((r) => r.method === 'PUT')
    expect(puts).toHaveLength(2)
    expect(puts.every((p) => p.ifMatch?.startsWith('"e') && p.body.includes(editMarker(0)))).toBe(true)
    expect(hrefsPerMultiget(book!).at(-1)).toBe(2)
    expect(await s.vdirsyncer()).toMatchObject({ outcome: 'ok', requests: 1 })
  })

  it('asks for vCard 4.0 when the book advertises it, and checks the version it gets', async () => {
    const s = await session({ vcard4: true })
    expect(await s.initial()).toMatchObject({ outcome: 'ok' })
    expect(s.asksForVCard4).toBe(true)
    expect(book!.requests.filter((r) => r.body.includes('addressbook-multiget')).every((r) => r.body.includes('version="4.0"'))).toBe(true)
  })

  it('follows 507-truncated sync-collection answers to the end', async () => {
    const s = await session({ pageSize: 64 })
    expect(await s.initial()).toMatchObject({ outcome: 'ok' })
    expect(book!.requests.filter((r) => r.body.includes('sync-collection'))).toHaveLength(4)
  })

  it('falls back to PROPFIND Depth 1 and etag comparison without sync-collection', async () => {
    const s = await session({ syncCollection: false })
    expect(await s.initial()).toMatchObject({ outcome: 'ok', breakdown: { listing: expect.any(Number) } })
    expect(s.usesSyncCollection).toBe(false)
    expect(book!.requests.some((r) => r.body.includes('sync-collection'))).toBe(false)
    expect(await s.changeOnePercent(1)).toMatchObject({ outcome: 'ok', problems: [] })
  })
})

describe('SyncSession against a wrong or slow book', () => {
  it('reports a book that returns every card as changed', async () => {
    const s = await session({ reportEverythingAsChanged: true })
    await s.initial()
    expect((await s.noChange()).outcome).toBe('wrong')
    const changed = await s.changeOnePercent(0)
    expect(changed.outcome).toBe('wrong')
    expect(changed.problems.join()).toMatch(/changes: 200 hrefs for 2 expected/)
  })

  it('reports a body that is not the stored card', async () => {
    const s = await session({ corruptFirstBody: cardBody(999) })
    const initial = await s.initial()
    expect(initial.outcome).toBe('wrong')
    expect(initial.problems).toEqual(['multiget: 1 bodies differ from the stored card (or from the requested version)'])
  })

  it('stops a step at its budget, does not repeat it, and still syncs incrementally', async () => {
    const s = await session({}, { budgetMs: 0.001 })
    const first = await s.initial()
    expect(first.outcome).toBe('timeout')
    expect(first.requests).toBe(1)
    const second = await s.initial()
    expect(second.note).toMatch(/not repeated/)
    expect(book!.requests.filter((r) => r.body.includes('addressbook-multiget'))).toHaveLength(0)
    expect((await s.noChange()).outcome).toBe('timeout')
  })

  it('counts a request that runs out of time as a timeout of at least its limit', async () => {
    const s = await session({ multigetDelayMs: 400 }, { timeoutMs: 100 })
    const initial = await s.initial()
    expect(initial.outcome).toBe('timeout')
    expect(initial.ms).toBeGreaterThanOrEqual(100)
    expect(initial.note).toMatch(/within 0.1 s/)
  })
})
