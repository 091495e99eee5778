/**
 * Killing an import in the middle of its write transaction (SIGKILL, no chance to clean up) leaves
 * the previous state intact: every card, etag and the revision as after the import before it, a
 * database that passes integrity_check, and a store in which the same import then succeeds.
 * "In the middle" is measured, not guessed: the child's uncommitted pages have spilled several MB
 * into the WAL (only the writer appends frames), the child is still running when it is killed, and
 * afterwards the WAL holds those frames but no commit frame. Nothing else opens the database until
 * the WAL has been read: a closing connection would checkpoint it and delete the evidence.
 */
import { createHash } from 'node:crypto'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { importExport, type ImportReport } from '../../src/import/index.js'
import { openStoreInDirectory, STORE_FILE_NAME, type Store } from '../../src/store/index.js'
import { createNetwork, evolveNetwork } from '../../tools/synthetic-export/index.js'
import { spawnImport, waitFor, type ImportChild } from './child-import.js'
import { integrityCheck, readWal, walSize } from './child-sqlite.js'
import { tempDir, writeExportZip } from './tsdav-exports.js'

const USER = 'alice'
const MB = 1024 * 1024
/** How many MB the WAL has grown (uncommitted pages spilled) when the child is killed, one run each. */
const KILL_AFTER_WAL_GROWTH_MB = [1, 3, 6]
/** The complete import of B must write well beyond the last kill point, or the kills were not "in the middle". */
const MIN_FULL_IMPORT_WAL = 12 * MB

interface BookState {
  revision: number
  imports: number
  /** name -> etag and a digest of the body */
  cards: Map<string, string>
}

function bookState(store: Store): BookState {
  const book = store.ensureBook(USER)
  const cards = new Map(store.allCards(book.id).map((c) => [c.name, `${c.etag} ${createHash('sha256').update(c.body).digest('hex')}`]))
  return { revision: book.revision, imports: store.importHistory(book.id).length, cards }
}

describe('SIGKILL in the middle of an import', () => {
  const work = tempDir('linkingout-e2e-kill-')
  const dataDir = join(work.path, 'data')
  const dbFile = join(dataDir, STORE_FILE_NAME)
  const walFile = `${dbFile}-wal`
  let zipB: string
  let afterA: BookState
  const children: ImportChild[] = []
  const importB = () => {
    const child = spawnImport(zipB, dataDir, USER)
    children.push(child)
    return child
  }

  /** Opens the store (which recovers from the WAL), hands it to `fn`, and closes it again. */
  function withStore<T>(fn: (store: Store) => T): T {
    const store = openStoreInDirectory(dataDir)
    try {
      return fn(store)
    } finally {
      store.close()
    }
  }

  beforeAll(async () => {
    const a = createNetwork({ seed: 41, size: 2000, asOf: '2026-03-01' })
    const { network: b } = evolveNetwork(a, { seed: 42, asOf: '2026-12-01', newConnections: 12_000, jobChanges: 300, removed: 20 })
    const zipA = await writeExportZip(work.path, a, { exportDate: '2026-03-04', kind: 'Basic', messages: 1000 })
    zipB = await writeExportZip(work.path, b, { exportDate: '2026-12-04', kind: 'Basic', messages: 1000 })
    const store = openStoreInDirectory(dataDir)
    await importExport({ store, bookId: store.ensureBook(USER).id, path: zipA })
    store.close() // the last connection checkpoints and removes the WAL: B starts from an empty log
    afterA = withStore(bookState)
    expect(afterA.cards.size).toBeGreaterThan(1900)
  })

  afterAll(() => {
    for (const child of children) if (child.running()) child.process.kill('SIGKILL')
    work.remove()
  })

  it.each(KILL_AFTER_WAL_GROWTH_MB)('leaves the state after A intact when killed %d MB into the WAL', async (growthMb) => {
    const growth = growthMb * MB
    const walBefore = walSize(walFile)
    const child = importB()
    await waitFor(
      () => walSize(walFile) >= walBefore + growth,
      () => (child.running() ? undefined : 'the import finished before reaching the kill point'),
      2,
    )
    child.kill() // throws if the import had exited meanwhile
    const exit = await child.exited
    expect(exit.signal).toBe('SIGKILL')

    const wal = readWal(walFile)
    expect(wal.frameBytes).toBeGreaterThanOrEqual(growth * 0.9)
    expect(wal.commitFrames).toBe(0) // the transaction was open: nothing of it was committed

    // Reopening recovers from the WAL; integrity_check runs beside the reopened store.
    const { state, integrity } = withStore((store) => ({ state: bookState(store), integrity: integrityCheck(dbFile) }))
    expect(integrity).toBe('ok')
    expect(state.revision).toBe(afterA.revision)
    expect(state.imports).toBe(afterA.imports)
    expect(state.cards.size).toBe(afterA.cards.size)
    expect(state.cards).toEqual(afterA.cards)
    expect(walSize(walFile)).toBe(0)
  })

  it('then imports B completely, in one transaction that goes well beyond every kill point', async () => {
    const child = importB()
    let peakWal = 0
    await waitFor(() => {
      peakWal = Math.max(peakWal, walSize(walFile))
      return !child.running()
    }, () => undefined, 2)
    const exit = await child.exited
    expect([exit.code, exit.stderr]).toEqual([0, ''])
    expect(peakWal).toBeGreaterThanOrEqual(MIN_FULL_IMPORT_WAL)

    const report = JSON.parse(exit.stdout) as ImportReport
    expect(report.cards.created).toBe(12_000)
    expect(report.revision).toEqual({ before: afterA.revision, after: afterA.revision + 1 })
    expect(integrityCheck(dbFile)).toBe('ok')
    const state = withStore(bookState)
    expect(state.revision).toBe(afterA.revision + 1)
    expect(state.imports).toBe(afterA.imports + 1)
    expect(state.cards.size).toBe(afterA.cards.size + 12_000)
  })
})
