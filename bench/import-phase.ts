/**
 * One measured phase of the import benchmark, run in its own process so that peak RSS belongs to
 * that phase alone. Prints one JSON line.
 *   parse  <zip>          unzip and parse every recognised CSV (the floor: same libraries, no store)
 *   import <zip> <dir>    full import into the store in <dir>, through the command line's own code
 */
import { Writable } from 'node:stream'
import { readExport } from '../src/import/read-export.js'
import { main } from '../src/main.js'

const [phase, zip, dataDir] = process.argv.slice(2)
const started = performance.now()
let rows = 0
let cards: Record<string, number> = {}

if (phase === 'parse') {
  const read = await readExport(zip!, { includeMessageText: false })
  rows = read.files.recognized.reduce((sum, f) => sum + f.rows, 0)
} else if (phase === 'import') {
  let output = ''
  const stdout = new Writable({ write: (chunk, _encoding, done) => ((output += chunk), done()) })
  const stderr = new Writable({ write: (_chunk, _encoding, done) => done() })
  const code = await main(['import', zip!, '--data', dataDir!, '--json'], { stdout, stderr, stdin: process.stdin, env: {} })
  if (code !== 0) throw new Error(`import failed with exit code ${code}`)
  const report = JSON.parse(output)
  rows = report.files.recognized.reduce((sum: number, f: { rows: number }) => sum + f.rows, 0)
  cards = report.cards
} else {
  throw new Error(`unknown phase ${phase}`)
}

const seconds = (performance.now() - started) / 1000
console.log(JSON.stringify({ phase, seconds: +seconds.toFixed(3), peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024), rows, rowsPerSecond: Math.round(rows / seconds), cards }))
