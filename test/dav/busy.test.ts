import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import { writeWhenNotBusy } from '../../src/dav/busy.js'
import { createDavHandler } from '../../src/dav/index.js'
import { mapStoreError } from '../../src/dav/errors.js'
import { silentLogger } from '../../src/log.js'
import { openStoreInDirectory, STORE_FILE_NAME, StoreBusyError, type Store } from '../../src/store/index.js'

const CARD = 'BEGIN:VCARD\r\nVERSION:3.0\r\nUID:busy-1\r\nFN:Ada Example\r\nEND:VCARD\r\n'
let cleanup: (() => void)[] = []
afterEach(() => {
  for (const undo of cleanup.splice(0)) undo()
})

function storeWithLockHolder(): { store: Store; lock: Database.Database } {
  const dir = mkdtempSync(join(tmpdir(), 'linkingout-busy-'))
  const store = openStoreInDirectory(dir, { busyTimeoutMs: 20 })
  store.ensureBook('alice')
  const lock = new Database(join(dir, STORE_FILE_NAME))
  cleanup.push(() => lock.close(), () => store.close())
  return { store, lock }
}

describe('writes while an import holds the lock', () => {
  it('the store says it is busy instead of failing obscurely', () => {
    const { store, lock } = storeWithLockHolder()
    lock.exec('BEGIN IMMEDIATE')
    const book = store.listBooks('alice')[0]!
    expect(() => store.putCard(book.id, { name: 'a.vcf', uid: 'busy-1', body: CARD, version: '3.0' })).toThrow(StoreBusyError)
    lock.exec('ROLLBACK')
  })

  it('a PUT waits without blocking the server and lands once the import commits', async () => {
    const { store, lock } = storeWithLockHolder()
    const dav = createDavHandler({ store, log: silentLogger, basePath: '', maxResourceSize: 10_000 })
    lock.exec('BEGIN IMMEDIATE')
    let timerFired = 0
    const started = Date.now()
    const timer = setTimeout(() => (timerFired = Date.now() - started), 50)
    setTimeout(() => lock.exec('COMMIT'), 400)
    const response = await dav(new Request('http://127.0.0.1/addressbooks/alice/linkedin/a.vcf', { method: 'PUT', body: CARD, headers: { 'Content-Type': 'text/vcard' } }), 'alice')
    clearTimeout(timer)
    expect(response.status).toBe(201)
    expect(Date.now() - started).toBeGreaterThanOrEqual(390)
    expect(timerFired).toBeGreaterThan(0)
    expect(timerFired).toBeLessThan(300)
  })

  it('gives up after its patience and answers 503 with Retry-After', async () => {
    const busy = () => {
      throw new StoreBusyError()
    }
    const error = await writeWhenNotBusy(busy, 250).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(StoreBusyError)
    const response = mapStoreError(error, (name) => name)!.getResponse()
    expect(response.status).toBe(503)
    expect(response.headers.get('retry-after')).toBe('10')
  })
})
