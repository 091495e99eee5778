/**
 * Golden tests of the importer, one per era and quirk: each case is an extracted export under
 * test/fixtures/linkedin/<case>/<export name>/ (plain CSV), zipped at test time, imported into an
 * empty store, and every card compared byte for byte with <case>/expected/<name>.vcf, plus the
 * report's counts with <case>/expected/report.json. UPDATE_GOLDEN=1 rewrites the expected files.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { importExport, type ImportReport } from '../../src/import/index.js'
import { openSqliteStore } from '../../src/store/index.js'
import { zipFolder } from './zip-folder.js'

const FIXTURES = resolve(__dirname, '../fixtures/linkedin')
const UPDATE = process.env.UPDATE_GOLDEN === '1'
const CASES = readdirSync(FIXTURES, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()
/** Cases whose zip holds the files inside one top-level folder, as some downloads do. */
const INSIDE_TOP_FOLDER = new Set(['2022-complete'])

function summary(report: ImportReport) {
  return {
    exportDate: report.source.exportDate,
    connections: report.connections,
    cards: report.cards,
    links: report.links,
    recognized: report.files.recognized,
    ignored: report.files.ignored,
  }
}

async function importCase(name: string, asFolder = false) {
  const caseDir = join(FIXTURES, name)
  const exportName = readdirSync(caseDir).find((entry) => entry !== 'expected')!
  const work = mkdtempSync(join(tmpdir(), 'linkingout-golden-'))
  const path = asFolder ? join(caseDir, exportName) : join(work, `${exportName}.zip`)
  if (!asFolder) await zipFolder(join(caseDir, exportName), path, { insideTopFolder: INSIDE_TOP_FOLDER.has(name) })
  const store = openSqliteStore(':memory:')
  const book = store.ensureBook('me')
  const report = await importExport({ store, bookId: book.id, path })
  rmSync(work, { recursive: true, force: true })
  return { store, book, report, expectedDir: join(caseDir, 'expected') }
}

describe('golden imports', () => {
  it('has a case for every era and the hand-written edge cases', () => {
    expect(CASES).toEqual(expect.arrayContaining(['2018-complete', '2021-basic', '2022-complete', '2024-basic', '2026-complete', 'edge-cases-url', 'edge-cases-no-url']))
  })

  for (const name of CASES) {
    it(`${name}: produces exactly the expected cards and report`, async () => {
      const { store, book, report, expectedDir } = await importCase(name)
      const cards = store.allCards(book.id)
      if (UPDATE) {
        rmSync(expectedDir, { recursive: true, force: true })
        mkdirSync(expectedDir)
        for (const card of cards) writeFileSync(join(expectedDir, card.name), card.body)
        writeFileSync(join(expectedDir, 'report.json'), JSON.stringify(summary(report), null, 2) + '\n')
      }
      expect(existsSync(expectedDir), `${expectedDir} missing: run with UPDATE_GOLDEN=1`).toBe(true)
      const expectedNames = readdirSync(expectedDir).filter((f) => f.endsWith('.vcf')).sort()
      expect(cards.map((c) => c.name).sort()).toEqual(expectedNames)
      for (const card of cards) expect(card.body, card.name).toBe(readFileSync(join(expectedDir, card.name), 'utf8'))
      expect(summary(report)).toEqual(JSON.parse(readFileSync(join(expectedDir, 'report.json'), 'utf8')))
    })

    it(`${name}: re-importing the same export changes nothing, and the folder gives the same cards as the zip`, async () => {
      const { store, book } = await importCase(name)
      const before = store.allCards(book.id)
      const revision = store.stats(book.id).revision
      const again = await importExport({ store, bookId: book.id, path: await zipPathFor(name) })
      expect(again.cards).toEqual({ created: 0, updated: 0, unchanged: before.length })
      expect(store.stats(book.id).revision).toBe(revision)
      expect(store.allCards(book.id).map((c) => [c.name, c.etag, c.body])).toEqual(before.map((c) => [c.name, c.etag, c.body]))
      const fromFolder = await importCase(name, true)
      expect(fromFolder.store.allCards(fromFolder.book.id).map((c) => c.body)).toEqual(before.map((c) => c.body))
    })
  }
})

async function zipPathFor(name: string): Promise<string> {
  const caseDir = join(FIXTURES, name)
  const exportName = readdirSync(caseDir).find((entry) => entry !== 'expected')!
  const path = join(mkdtempSync(join(tmpdir(), 'linkingout-golden-')), `${exportName}.zip`)
  await zipFolder(join(caseDir, exportName), path, { insideTopFolder: INSIDE_TOP_FOLDER.has(name) })
  return path
}
