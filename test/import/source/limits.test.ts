import { appendFile } from 'node:fs/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEFAULT_LIMITS, openExport } from '../../../src/import/source/index.js'
import { expectImportError } from './expect-import-error.js'
import { makeTempDir, type TempDir } from './temp-export.js'
import { buildZip, zeroBomb } from './zip-bytes.js'

const MiB = 1024 * 1024

let temp: TempDir
beforeAll(async () => {
  temp = await makeTempDir()
})
afterAll(async () => {
  await temp.remove()
})

/** Runs `work` and reports how long it took and how much the resident set grew. */
async function measure(work: () => Promise<unknown>): Promise<{ ms: number; rssGrowth: number }> {
  const rssBefore = process.memoryUsage().rss
  const started = performance.now()
  await work()
  return { ms: performance.now() - started, rssGrowth: process.memoryUsage().rss - rssBefore }
}

describe('export limits: zip bombs', () => {
  it('has the documented defaults', () => {
    expect(DEFAULT_LIMITS).toEqual({ maxEntries: 20_000, maxTotalBytes: 2 * 1024 * MiB, maxEntryBytes: 512 * MiB, maxRatio: 100 })
  })

  it('refuses an entry that declares 1 GiB before inflating anything', async () => {
    const path = await temp.file('bomb.zip', buildZip([{ name: 'Connections.csv', data: zeroBomb(1024), declaredSize: 1024 * MiB }]))
    const { ms, rssGrowth } = await measure(async () => {
      const error = await expectImportError(openExport(path), 'tooLarge')
      expect(error.message).toMatch(/"Connections\.csv" is 1\.0 GiB \(limit 512\.0 MiB\)/)
    })
    expect(ms).toBeLessThan(500)
    expect(rssGrowth).toBeLessThan(64 * MiB)
  })

  it('refuses an entry whose declared compression ratio is beyond 100:1', async () => {
    const path = await temp.file('ratio.zip', buildZip([{ name: 'messages.csv', data: zeroBomb(256), declaredSize: 256 * MiB }]))
    const { ms } = await measure(async () => {
      const error = await expectImportError(openExport(path), 'unsafeZip')
      expect(error.message).toMatch(/"messages\.csv" would inflate \d+:1 \(limit 100:1\)/)
    })
    expect(ms).toBeLessThan(500)
  })

  it('does not apply the ratio to small entries, which compress well legitimately', async () => {
    const path = await temp.file('small-ratio.zip', buildZip([{ name: 'Connections.csv', content: Buffer.alloc(512 * 1024, 0x2c) }]))
    const source = await openExport(path)
    expect((await source.read('Connections.csv')).length).toBe(512 * 1024)
    await source.close()
  })

  it('stops an entry that declares 1000 bytes but inflates to 1 GiB early', async () => {
    const path = await temp.file('liar.zip', buildZip([{ name: 'Connections.csv', data: zeroBomb(1024), declaredSize: 1000 }]))
    const source = await openExport(path)
    const { ms, rssGrowth } = await measure(async () => {
      const error = await expectImportError(source.read('Connections.csv'), 'unsafeZip')
      expect(error.message).toMatch(/entry "Connections\.csv" inflates to more bytes than it declares/)
    })
    await source.close()
    expect(ms).toBeLessThan(500)
    expect(rssGrowth).toBeLessThan(64 * MiB)
  })

  it('inflates an honest large entry in full when the limits allow it', async () => {
    const path = await temp.file('honest-big.zip', buildZip([{ name: 'messages.csv', data: zeroBomb(64), declaredSize: 64 * MiB }]))
    const source = await openExport(path, { maxEntryBytes: 100 * MiB, maxRatio: 10_000 })
    expect((await source.read('messages.csv')).length).toBe(64 * MiB)
    await source.close()
  })

  it('reads only the head of a huge entry without inflating the rest', async () => {
    const path = await temp.file('huge-head.zip', buildZip([{ name: 'messages.csv', data: zeroBomb(1024), declaredSize: 1024 * MiB }]))
    const source = await openExport(path, { maxEntryBytes: 2048 * MiB, maxRatio: 100_000 })
    const { ms, rssGrowth } = await measure(async () => {
      const head = await source.readHead('messages.csv', 64 * 1024)
      expect(head.length).toBe(64 * 1024)
    })
    await source.close()
    expect(ms).toBeLessThan(500)
    expect(rssGrowth).toBeLessThan(64 * MiB)
  })
})

describe('export limits: counts and totals', () => {
  const entries = (count: number) => Array.from({ length: count }, (_, i) => ({ name: `file${i}.csv`, content: 'a,b\n1,2\n' }))

  it('refuses more entries than allowed before reading any of them', async () => {
    const path = await temp.file('many.zip', buildZip(entries(6)))
    const error = await expectImportError(openExport(path, { maxEntries: 5 }), 'tooLarge')
    expect(error.message).toMatch(/more than 5 entries \(found 6\)/)
    const source = await openExport(path, { maxEntries: 6 })
    expect(source.entries).toHaveLength(6)
    await source.close()
  })

  it('refuses a zip whose declared sizes add up beyond the total limit', async () => {
    const path = await temp.file('total.zip', buildZip(entries(4)))
    const error = await expectImportError(openExport(path, { maxTotalBytes: 20 }), 'tooLarge')
    expect(error.message).toMatch(/files total at least 24 bytes \(limit 20 bytes\)/)
  })

  it('refuses a folder with too many files or bytes', async () => {
    const folder = await temp.folder('busy', Object.fromEntries(entries(6).map((e) => [e.name, e.content])))
    await expectImportError(openExport(folder, { maxEntries: 5 }), 'tooLarge')
    await expectImportError(openExport(folder, { maxTotalBytes: 40 }), 'tooLarge')
    await expectImportError(openExport(folder, { maxEntryBytes: 7 }), 'tooLarge')
    const source = await openExport(folder)
    expect(source.entries).toHaveLength(6)
  })

  it('counts real bytes while reading: a folder file that grew after the walk is stopped', async () => {
    const folder = await temp.folder('growing', { 'Connections.csv': 'First Name,Connected On\n' })
    const source = await openExport(folder, { maxEntryBytes: 1000 })
    await appendFile(`${folder}/Connections.csv`, 'x'.repeat(5000))
    const error = await expectImportError(source.read('Connections.csv'), 'tooLarge')
    expect(error.message).toMatch(/"Connections\.csv" grew past 1000 bytes while reading/)
  })

  it('rejects nonsensical limits', async () => {
    await expect(openExport(temp.path, { maxEntries: 0 })).rejects.toThrow(RangeError)
  })
})
