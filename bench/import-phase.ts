/**
 * One measured phase of the import benchmark, run in its own process so that peak RSS belongs to
 * that phase alone. Prints one JSON line.
 *   parse  <zip>          unzip and parse every recognised CSV (the floor: same libraries, no store)
 *   import <zip> <dir>    full import into the store in <dir>
 */
import { readExport } from '../src/import/read-export.js'
import { importExport } from '../src/import/index.js'
import { openStoreInDirectory } from '../src/store/index.js'

const [phase, zip, dataDir] = process.argv.slice(2)
const started = performance.now()
let rows = 0
let cards: Record<string, number> = {}

if (phase === 'parse') {
  const read = await readExport(zip!, { includeMessageText: false })
  rows = read.files.recognized.reduce((sum, f) => sum + f.rows, 0)
} else if (phase === 'import') {
  const store = openStoreInDirectory(dataDir!)
  const book = store.ensureBook('me')
  const report = await importExport({ store, bookId: book.id, path: zip! })
  store.close()
  rows = report.files.recognized.reduce((sum, f) => sum + f.rows, 0)
  cards = report.cards
} else {
  throw new Error(`unknown phase ${phase}`)
}

const seconds = (performance.now() - started) / 1000
console.log(JSON.stringify({ phase, seconds: +seconds.toFixed(3), peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024), rows, rowsPerSecond: Math.round(rows / seconds), cards }))
