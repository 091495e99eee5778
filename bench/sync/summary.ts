/** Medians over runs, the ratios linkingout/peer, and the figures that show how syncs scale. */
import type { ServerMeasurement } from './runner.js'
import type { ServerName } from './servers/index.js'
import { STEP_NAMES, type StepName, type StepResult } from './steps.js'

export interface StepSummary {
  outcome: 'ok' | 'wrong' | 'timeout' | 'skipped' | 'failed'
  /** Median of the runs' times (ok and wrong runs). */
  medianMs: number | null
  /** For a timeout: the least time any run spent before giving up. */
  lowerBoundMs: number | null
  problems: string[]
}

export interface Ratio {
  /** linkingout / peer; for bounds, the bound itself. */
  value: number | null
  /** exact; "at most" when the peer timed out; "at least" when linkingout did. */
  kind: 'exact' | 'at most' | 'at least' | 'unknown'
  display: string
}

export type ServerSummary = Record<StepName, StepSummary> & { peakRssMB: number | null; failure?: string }

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

export function summariseStep(results: readonly StepResult[]): StepSummary {
  const problems = [...new Set(results.flatMap((r) => r.problems))]
  if (results.length === 0) return { outcome: 'failed', medianMs: null, lowerBoundMs: null, problems }
  const timeouts = results.filter((r) => r.outcome === 'timeout')
  if (timeouts.length > 0) return { outcome: 'timeout', medianMs: null, lowerBoundMs: Math.min(...timeouts.map((r) => r.ms)), problems }
  const measured = results.filter((r) => r.outcome === 'ok' || r.outcome === 'wrong')
  if (measured.length === 0) return { outcome: 'skipped', medianMs: null, lowerBoundMs: null, problems }
  return {
    outcome: measured.some((r) => r.outcome === 'wrong') ? 'wrong' : 'ok',
    medianMs: Math.round(median(measured.map((r) => r.ms)) * 10) / 10,
    lowerBoundMs: null,
    problems,
  }
}

export function summariseServer(measurement: ServerMeasurement): ServerSummary {
  const steps = Object.fromEntries(STEP_NAMES.map((step) => {
    const summary = summariseStep(measurement.runs.map((run) => run[step]))
    if (measurement.loadProblems.length > 0 && step === 'initial') summary.problems.unshift(...measurement.loadProblems)
    return [step, summary]
  })) as Record<StepName, StepSummary>
  return { ...steps, peakRssMB: measurement.peakRssMB, ...(measurement.failure ? { failure: measurement.failure } : {}) }
}

export function formatNumber(value: number): string {
  return value >= 100 ? value.toFixed(0) : String(Number(value.toPrecision(2)))
}

export function ratio(ours: StepSummary, peer: StepSummary): Ratio {
  if (ours.medianMs !== null && peer.medianMs !== null && peer.medianMs > 0) {
    const value = ours.medianMs / peer.medianMs
    return { value, kind: 'exact', display: formatNumber(value) }
  }
  if (ours.medianMs !== null && peer.lowerBoundMs !== null && peer.lowerBoundMs > 0) {
    const value = ours.medianMs / peer.lowerBoundMs
    return { value, kind: 'at most', display: `<${formatNumber(value)}` }
  }
  if (ours.lowerBoundMs !== null && peer.medianMs !== null && peer.medianMs > 0) {
    const value = ours.lowerBoundMs / peer.medianMs
    return { value, kind: 'at least', display: `>${formatNumber(value)}` }
  }
  return { value: null, kind: 'unknown', display: 'n/a' }
}

/** True when the ratio shows linkingout faster (a bound counts when it is below 1). */
export function isFaster(r: Ratio): boolean {
  return r.value !== null && (r.kind === 'exact' || r.kind === 'at most') && r.value < 1
}

export type SizeSummaries = Map<number, Map<ServerName, ServerSummary>>

export function summariseAll(measurements: readonly ServerMeasurement[]): SizeSummaries {
  const bySize: SizeSummaries = new Map()
  for (const m of measurements) {
    if (!bySize.has(m.size)) bySize.set(m.size, new Map())
    bySize.get(m.size)!.set(m.server, summariseServer(m))
  }
  return bySize
}

export type RatioTable = Record<string, Record<StepName, Record<string, Ratio>>>

/** size → step → peer → linkingout/peer. */
export function ratios(summaries: SizeSummaries, peers: readonly ServerName[]): RatioTable {
  const table: RatioTable = {}
  for (const [size, servers] of summaries) {
    const ours = servers.get('linkingout')
    if (!ours) continue
    table[size] = Object.fromEntries(STEP_NAMES.map((step) => [step, Object.fromEntries(peers.filter((p) => servers.has(p)).map((peer) =>
      [peer, ratio(ours[step], servers.get(peer)![step])]))])) as Record<StepName, Record<string, Ratio>>
  }
  return table
}

/** How linkingout's incremental syncs scale: time of the no-change sync, and of the 1% sync per changed card. */
export function scaling(summaries: SizeSummaries): { noChangeMs: Record<string, number | null>; changedMsPerChangedCard: Record<string, number | null> } {
  const noChangeMs: Record<string, number | null> = {}
  const changedMsPerChangedCard: Record<string, number | null> = {}
  for (const [size, servers] of summaries) {
    const ours = servers.get('linkingout')
    if (!ours) continue
    noChangeMs[size] = ours.noChange.medianMs
    const changedCards = Math.ceil(size / 100)
    changedMsPerChangedCard[size] = ours.changed.medianMs === null ? null : Math.round((ours.changed.medianMs / changedCards) * 100) / 100
  }
  return { noChangeMs, changedMsPerChangedCard }
}
