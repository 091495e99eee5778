/** One server at one size: load the cards, start it, check it lists them, run the steps, record peak RSS. */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import type { CardSet } from './cards.js'
import { createClient } from './http-client.js'
import { peakRssMB, stopProcess } from './process.js'
import type { BenchServer, RunningServer, ServerName } from './servers/index.js'
import { SyncSession, type StepName, type StepResult } from './steps.js'

export interface ServerMeasurement {
  server: ServerName
  version: string
  size: number
  usesSyncCollection: boolean
  asksForVCard4: boolean
  /** Time to write the cards into the server's storage (linkingout: none, its import comes first). */
  loadSeconds: number
  /** Problems found by the untimed listing right after start (the server does not hold the N cards). */
  loadProblems: string[]
  runs: Record<StepName, StepResult>[]
  /** VmHWM of the server process after the measurements. */
  peakRssMB: number | null
  /** Set when the server could not be loaded, started or measured at all. */
  failure?: string
}

export interface RunOptions {
  runs: number
  budgetMs: number
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`

function progress(server: ServerName, size: number, text: string): void {
  process.stderr.write(`[${server} N=${size}] ${text}\n`)
}

export async function measureServer(server: BenchServer, set: CardSet, workDir: string, options: RunOptions): Promise<ServerMeasurement> {
  const dir = join(workDir, server.name)
  mkdirSync(dir, { recursive: true })
  const measurement: ServerMeasurement = {
    server: server.name, version: server.version(), size: set.size, usesSyncCollection: false, asksForVCard4: false,
    loadSeconds: 0, loadProblems: [], runs: [], peakRssMB: null,
  }
  let running: RunningServer | undefined
  try {
    const loadStarted = performance.now()
    await server.load(dir, set)
    measurement.loadSeconds = Math.round((performance.now() - loadStarted) / 100) / 10
    running = await server.start(dir, set)
    progress(server.name, set.size, `storage ready in ${measurement.loadSeconds} s, listening on 127.0.0.1:${running.port} (pid ${running.process.pid})`)
    const client = createClient({ port: running.port, authorization: running.authorization })
    try {
      const session = new SyncSession({ client, path: running.bookPath }, set.cards, options.budgetMs)
      measurement.loadProblems = await session.verifyLoaded()
      if (measurement.loadProblems.length > 0) progress(server.name, set.size, `does not list the cards it was given: ${measurement.loadProblems.join('; ')}`)
      for (let run = 0; run < options.runs; run++) {
        const label = `run ${run + 1}/${options.runs}`
        const steps = {} as Record<StepName, StepResult>
        steps.initial = await session.initial()
        report(server.name, set.size, label, 'initial', steps.initial)
        steps.noChange = await session.noChange()
        report(server.name, set.size, label, 'no-change', steps.noChange)
        steps.changed = await session.changeOnePercent(run)
        report(server.name, set.size, label, '1% changed', steps.changed)
        steps.vdirsyncer = await session.vdirsyncer()
        report(server.name, set.size, label, 'vdirsyncer listing', steps.vdirsyncer)
        measurement.runs.push(steps)
      }
      measurement.usesSyncCollection = session.usesSyncCollection
      measurement.asksForVCard4 = session.asksForVCard4
    } finally {
      client.close()
    }
    measurement.peakRssMB = peakRssMB(running.process.pid)
    progress(server.name, set.size, `peak RSS ${measurement.peakRssMB} MB`)
  } catch (error) {
    measurement.failure = error instanceof Error ? error.message : String(error)
    progress(server.name, set.size, `FAILED: ${measurement.failure}`)
  } finally {
    if (running) await stopProcess(running.process)
  }
  return measurement
}

function report(server: ServerName, size: number, run: string, step: string, result: StepResult): void {
  const problems = result.problems.length > 0 ? ` — ${result.problems.join('; ')}` : ''
  const note = result.note ? ` (${result.note})` : ''
  progress(server, size, `${run} ${step}: ${seconds(result.ms)} in ${result.requests} requests, ${result.outcome}${note}${problems}`)
}
