/**
 * Command line: generate one synthetic export and print a one-line JSON summary.
 *   node --import tsx tools/synthetic-export/cli.ts --era 2026 --kind Complete --connections 30000 \
 *     --messages 100000 --seed 1 --out /tmp/x.zip
 */
import { parseArgs } from 'node:util'
import { performance } from 'node:perf_hooks'
import { createNetwork } from './network.js'
import { renderExport } from './render.js'
import { writeFolder, writeZip } from './zip.js'
import { ERAS, ERA_NAMES } from './eras.js'
import type { Era, ExportKind } from './types.js'

const USAGE = `Usage: node --import tsx tools/synthetic-export/cli.ts [options] (--out FILE.zip | --folder DIR)

  --era ERA            ${ERA_NAMES.join(' | ')} (default 2026)
  --kind KIND          Basic | Complete (default Complete)
  --connections N      connections in the network (default 500)
  --messages N         approximate message rows (default about 3 per connection)
  --seed N             random seed (default 1)
  --export-date DATE   ISO date of the export (default: a date typical of the era)
  --as-of DATE         latest connection date (default: the export date)
  --hidden-rate R      share of hidden members (default 0.03)
  --email-rate R       share of connections with an email (default 0.02)
  --top-folder         put every entry inside one folder
  --no-profile         leave out Profile.csv
  --excel-resave       Connections.csv as re-saved by Excel (BOM, CRLF, 5-Mar-21 dates)
  --blank-lines        a blank line after every CSV record
  --out FILE           write a zip
  --folder DIR         write the files into a folder
  -h, --help           show this help`

const OPTIONS = {
  era: { type: 'string', default: '2026' },
  kind: { type: 'string', default: 'Complete' },
  connections: { type: 'string', default: '500' },
  messages: { type: 'string' },
  seed: { type: 'string', default: '1' },
  'export-date': { type: 'string' },
  'as-of': { type: 'string' },
  'hidden-rate': { type: 'string' },
  'email-rate': { type: 'string' },
  'top-folder': { type: 'boolean', default: false },
  'no-profile': { type: 'boolean', default: false },
  'excel-resave': { type: 'boolean', default: false },
  'blank-lines': { type: 'boolean', default: false },
  out: { type: 'string' },
  folder: { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
} as const

class UsageError extends Error {}

function integer(name: string, text: string): number {
  const value = Number(text)
  if (!Number.isInteger(value) || value < 0) throw new UsageError(`--${name} must be a non-negative integer, got ${text}`)
  return value
}

function rate(name: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined
  const value = Number(text)
  if (!(value >= 0 && value <= 1)) throw new UsageError(`--${name} must be between 0 and 1, got ${text}`)
  return value
}

export async function main(argv: readonly string[]): Promise<number> {
  const { values } = parseArgs({ args: [...argv], options: OPTIONS, strict: true, allowPositionals: false })
  if (values.help) {
    process.stdout.write(USAGE + '\n')
    return 0
  }
  if (!(ERA_NAMES as string[]).includes(values.era)) throw new UsageError(`--era must be one of ${ERA_NAMES.join(', ')}`)
  if (values.kind !== 'Basic' && values.kind !== 'Complete') throw new UsageError('--kind must be Basic or Complete')
  if ((values.out === undefined) === (values.folder === undefined)) throw new UsageError('give exactly one of --out or --folder')
  const era = values.era as Era
  const kind: ExportKind = values.kind
  const exportDate = values['export-date'] ?? ERAS[era].sampleExportDate
  const started = performance.now()
  const network = createNetwork({
    seed: integer('seed', values.seed),
    size: integer('connections', values.connections),
    asOf: values['as-of'] ?? exportDate,
    hiddenRate: rate('hidden-rate', values['hidden-rate']),
    emailRate: rate('email-rate', values['email-rate']),
  })
  const exp = renderExport(network, {
    era,
    kind,
    exportDate,
    messages: values.messages === undefined ? undefined : integer('messages', values.messages),
    topFolder: values['top-folder'],
    includeProfile: !values['no-profile'],
    quirks: { excelResave: values['excel-resave'], blankLinesEverywhere: values['blank-lines'] },
  })
  const generatedMs = performance.now() - started
  if (values.out !== undefined) await writeZip(exp, values.out)
  else await writeFolder(exp, values.folder as string)
  const rows = (suffix: string) => [...exp.rowCounts].find(([path]) => path.toLowerCase().endsWith(suffix))?.[1] ?? 0
  const summary = {
    fileName: exp.fileName,
    written: values.out ?? values.folder,
    era,
    kind,
    exportDate,
    seed: network.seed,
    connections: network.people.length,
    hidden: network.people.filter((p) => p.hidden).length,
    messageRows: rows('messages.csv'),
    invitationRows: rows('invitations.csv'),
    files: exp.files.size,
    bytes: [...exp.files.values()].reduce((sum, b) => sum + b.byteLength, 0),
    generateMs: Math.round(generatedMs),
    totalMs: Math.round(performance.now() - started),
  }
  process.stdout.write(JSON.stringify(summary) + '\n')
  return 0
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    const usage = error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${usage ? '\n' + USAGE + '\n' : ''}`)
    process.exitCode = usage ? 2 : 1
  },
)
