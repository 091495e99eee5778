/**
 * npm run bench:import — generates a 30,000-connection Complete export (~100,000 message rows),
 * imports it into an empty store, imports it again (nothing changes), and measures beside it the
 * time of merely unzipping and parsing the same CSVs. Each phase runs in its own process (peak RSS
 * per phase). Prints one JSON line per phase and a summary line with the ratios.
 * Options: --connections N (default 30000), --messages N (default 100000), --runs N (default 3).
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { createNetwork, renderExport, writeZip } from '../tools/synthetic-export/index.js'

const { values } = parseArgs({ options: { connections: { type: 'string', default: '30000' }, messages: { type: 'string', default: '100000' }, runs: { type: 'string', default: '3' } } })
const connections = Number(values.connections)
const runs = Number(values.runs)

const work = mkdtempSync(join(tmpdir(), 'linkingout-bench-import-'))
const zip = join(work, 'Complete_LinkedInDataExport_12-04-2026.zip')
const generated = performance.now()
await writeZip(renderExport(createNetwork({ seed: 1, size: connections }), { era: '2026', kind: 'Complete', exportDate: '2026-12-04', messages: Number(values.messages) }), zip)
console.error(`generated ${zip} (${(statSync(zip).size / 1e6).toFixed(1)} MB) in ${((performance.now() - generated) / 1000).toFixed(1)} s`)

type Phase = { phase: string; seconds: number; peakRssMB: number; rows: number; rowsPerSecond: number; cards: Record<string, number> }
const phase = (...args: string[]): Phase =>
  JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'import-phase.ts'), ...args], { encoding: 'utf8' }).trim().split('\n').pop()!)

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
const results: { parse: Phase[]; first: Phase[]; again: Phase[] } = { parse: [], first: [], again: [] }
for (let run = 0; run < runs; run++) {
  const dataDir = join(work, `data-${run}`)
  results.parse.push(phase('parse', zip))
  results.first.push(phase('import', zip, dataDir))
  results.again.push(phase('import', zip, dataDir))
  for (const key of ['parse', 'first', 'again'] as const) console.log(JSON.stringify({ run, step: key, ...results[key][run] }))
}
const [parse, first, again] = [results.parse, results.first, results.again].map((list) => median(list.map((p) => p.seconds))) as [number, number, number]
console.log(JSON.stringify({
  benchmark: 'import',
  connections,
  runs,
  medianSeconds: { parseOnly: parse, firstImport: first, reimportNoChange: again },
  peakRssMB: { parseOnly: Math.max(...results.parse.map((p) => p.peakRssMB)), firstImport: Math.max(...results.first.map((p) => p.peakRssMB)), reimportNoChange: Math.max(...results.again.map((p) => p.peakRssMB)) },
  ratios: { firstImportToParse: +(first / parse).toFixed(2), reimportToFirstImport: +(again / first).toFixed(2) },
  cardsSecondImport: results.again[0]?.cards,
}))
rmSync(work, { recursive: true, force: true })
