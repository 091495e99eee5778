/** The human-readable tables printed at the end. */
import type { ServerName } from './servers/index.js'
import { STEP_NAMES, type StepName } from './steps.js'
import type { RatioTable, SizeSummaries, StepSummary } from './summary.js'

export const STEP_TITLES: Record<StepName, string> = {
  initial: 'initial sync',
  noChange: 'no-change sync',
  changed: '1% changed',
  vdirsyncer: 'vdirsyncer list',
}

export function formatMs(ms: number): string {
  if (ms < 1000) return `${ms < 10 ? ms.toFixed(1) : ms.toFixed(0)} ms`
  return `${(ms / 1000).toFixed(ms < 100_000 ? 2 : 1)} s`
}

/** "123 ms", "timeout (>600 s)", "45 ms WRONG", "skipped". */
export function formatStep(step: StepSummary): string {
  switch (step.outcome) {
    case 'timeout':
      return `timeout (>${formatMs(step.lowerBoundMs ?? 0)})`
    case 'skipped':
    case 'failed':
      return step.outcome
    default:
      return `${formatMs(step.medianMs ?? 0)}${step.outcome === 'wrong' ? ' WRONG' : ''}`
  }
}

function render(rows: string[][]): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)))
  const line = (row: string[]) => row.map((cell, column) => (column < 2 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ')
  return [line(rows[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n')
}

export function timesTable(summaries: SizeSummaries): string {
  const rows = [['N', 'server', ...STEP_NAMES.map((s) => STEP_TITLES[s]), 'peak RSS']]
  for (const [size, servers] of summaries) {
    for (const [server, summary] of servers) {
      const cells = summary.failure ? STEP_NAMES.map(() => 'failed') : STEP_NAMES.map((step) => formatStep(summary[step]))
      rows.push([size.toLocaleString('en'), server, ...cells, summary.peakRssMB === null ? 'n/a' : `${summary.peakRssMB.toFixed(0)} MB`])
    }
  }
  return render(rows)
}

export function ratioTable(table: RatioTable, peers: readonly ServerName[]): string {
  const rows = [['N', 'linkingout / peer', ...STEP_NAMES.map((s) => STEP_TITLES[s])]]
  for (const [size, steps] of Object.entries(table)) {
    for (const peer of peers) {
      if (!steps.initial[peer]) continue
      rows.push([Number(size).toLocaleString('en'), `/ ${peer}`, ...STEP_NAMES.map((step) => steps[step][peer]?.display ?? 'n/a')])
    }
  }
  return render(rows)
}

/** One line per server, size and step that answered wrongly or failed. */
export function problemLines(summaries: SizeSummaries): string[] {
  const lines: string[] = []
  for (const [size, servers] of summaries) {
    for (const [server, summary] of servers) {
      if (summary.failure) lines.push(`${server} N=${size}: failed: ${summary.failure}`)
      for (const step of STEP_NAMES) {
        for (const problem of summary[step].problems) lines.push(`${server} N=${size} ${STEP_TITLES[step]}: ${problem}`)
      }
    }
  }
  return lines
}
