import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { REPO_ROOT } from './cards.js'
import { SERVER_NAMES, type ServerName } from './servers/index.js'

export interface BenchOptions {
  sizes: number[]
  runs: number
  servers: ServerName[]
  /** A step that spends longer than this in requests is stopped and reported as a timeout. */
  stepBudgetMs: number
  outDir: string
}

export const USAGE = `npm run bench:sync -- [--sizes 1000,10000,30000] [--runs 3] [--servers linkingout,radicale,xandikos]
                        [--step-budget SECONDS (default 600)] [--out DIR (default bench/results)]`

function positiveIntegers(text: string, what: string): number[] {
  const values = text.split(',').map((part) => Number(part.trim().replace(/_/g, '')))
  if (values.length === 0 || values.some((v) => !Number.isInteger(v) || v <= 0)) throw new Error(`${what} must be positive integers, got "${text}"`)
  return values
}

export function parseOptions(argv: readonly string[]): BenchOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      sizes: { type: 'string', default: '1000,10000,30000' },
      runs: { type: 'string', default: '3' },
      servers: { type: 'string', default: SERVER_NAMES.join(',') },
      'step-budget': { type: 'string', default: '600' },
      out: { type: 'string', default: join(REPO_ROOT, 'bench', 'results') },
    },
  })
  const servers = values.servers.split(',').map((s) => s.trim())
  const unknown = servers.filter((s) => !(SERVER_NAMES as string[]).includes(s))
  if (unknown.length > 0) throw new Error(`unknown server ${unknown.join(', ')}; choose from ${SERVER_NAMES.join(', ')}`)
  return {
    sizes: positiveIntegers(values.sizes, '--sizes'),
    runs: positiveIntegers(values.runs, '--runs')[0]!,
    // Keep the documented order whatever order they were given in.
    servers: SERVER_NAMES.filter((name) => servers.includes(name)),
    stepBudgetMs: positiveIntegers(values['step-budget'], '--step-budget')[0]! * 1000,
    outDir: values.out,
  }
}
