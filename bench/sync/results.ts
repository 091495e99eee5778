/** The JSON file in bench/results/ and the one-line summary printed last. */
import { mkdirSync, writeFileSync } from 'node:fs'
import { cpus, totalmem } from 'node:os'
import { join } from 'node:path'
import type { BenchOptions } from './options.js'
import type { ServerMeasurement } from './runner.js'
import type { ServerName } from './servers/index.js'
import { STEP_NAMES } from './steps.js'
import { isFaster, ratios, scaling, summariseAll, type RatioTable } from './summary.js'
import { STEP_TITLES } from './table.js'

export interface BenchRun {
  startedAt: Date
  finishedAt: Date
  options: BenchOptions
  /** requested size → cards actually imported (the same for every server), and the CLI import's time. */
  dataSets: Record<string, { cards: number; linkingoutImportSeconds: number }>
  measurements: ServerMeasurement[]
}

export const peersOf = (options: BenchOptions) => options.servers.filter((s): s is ServerName => s !== 'linkingout')

const fileStamp = (date: Date) => date.toISOString().replace(/\.\d+Z$/, 'Z').replace(/:/g, '-')

export function writeResults(run: BenchRun): { file: string; ratioTable: RatioTable } {
  const summaries = summariseAll(run.measurements)
  const ratioTable = ratios(summaries, peersOf(run.options))
  const document = {
    benchmark: 'sync',
    startedAt: run.startedAt.toISOString(),
    finishedAt: run.finishedAt.toISOString(),
    host: { node: process.version, cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', memoryGB: Math.round(totalmem() / 2 ** 30) },
    options: { ...run.options, outDir: undefined },
    dataSets: run.dataSets,
    versions: Object.fromEntries(run.measurements.map((m) => [m.server, m.version])),
    summary: Object.fromEntries([...summaries].map(([size, servers]) => [size, Object.fromEntries(servers)])),
    ratiosLinkingoutToPeer: ratioTable,
    linkingoutScaling: scaling(summaries),
    measurements: run.measurements,
  }
  mkdirSync(run.options.outDir, { recursive: true })
  const file = join(run.options.outDir, `sync-${fileStamp(run.startedAt)}.json`)
  writeFileSync(file, JSON.stringify(document, null, 2) + '\n')
  return { file, ratioTable }
}

export function summaryLine(run: BenchRun, file: string, ratioTable: RatioTable): string {
  const summaries = summariseAll(run.measurements)
  const peers = peersOf(run.options)
  const fasterThan = Object.fromEntries(peers.map((peer) => [peer, Object.values(ratioTable).every((steps) =>
    STEP_NAMES.every((step) => { const r = steps[step][peer]; return r !== undefined && isFaster(r) }))]))
  const compact = Object.fromEntries(Object.entries(ratioTable).map(([size, steps]) => [size, Object.fromEntries(STEP_NAMES.map((step) =>
    [step, Object.fromEntries(Object.entries(steps[step]).map(([peer, r]) => [peer, r.display]))]))]))
  const wrong = [...summaries].flatMap(([size, servers]) => [...servers].flatMap(([server, s]) =>
    [...(s.failure ? [`${server} N=${size}: failed`] : []), ...STEP_NAMES.filter((step) => s[step].outcome === 'wrong').map((step) => `${server} N=${size} ${STEP_TITLES[step]}`)]))
  return JSON.stringify({
    benchmark: 'sync', file, sizes: run.options.sizes, runs: run.options.runs,
    linkingoutFasterAtEveryStepAndSize: fasterThan, ratiosLinkingoutToPeer: compact, linkingoutScaling: scaling(summaries), wrongAnswers: wrong,
  })
}
