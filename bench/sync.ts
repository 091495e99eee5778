/**
 * npm run bench:sync — linkingout against Radicale 3.1.8 and Xandikos 0.2.8 (Debian packages,
 * installed with apt-get when missing), all on 127.0.0.1, one server at a time (2 cores).
 *
 * Method, for each N (default 1,000, 10,000, 30,000):
 * - Data: a seeded synthetic LinkedIn export of N connections (seed 1, no hidden members) is
 *   imported into a fresh linkingout data directory with the CLI; the stored card bodies are read
 *   back from the store and written byte for byte into the peers' storage before they start
 *   (Radicale: its filesystem collection; Xandikos: its git working tree, one commit). Each
 *   server first answers one untimed Depth-1 listing that must show the N cards (this also fills
 *   Radicale's item cache).
 * - Client: our own keep-alive HTTP/1.1 client (bench/sync/http-client.ts), one request at a
 *   time, Basic auth and Accept-Encoding: gzip on every request, 300 s limit per request. A step's
 *   time is the sum of its requests' times, each from sending to the last response byte; XML
 *   parsing and checking happen off the clock.
 * - Steps, per run (default 3 runs; the table shows the median):
 *   1. initial sync as DAVx5: PROPFIND Depth 0 (supported-report-set, sync-token, getctag, …),
 *      sync-collection Depth 0 with an empty token (getetag + resourcetype), then
 *      addressbook-multiget Depth 0 in batches of 10 (DAVx5's MAX_MULTIGET_RESOURCES) with
 *      getcontenttype + getetag + address-data — version="4.0" when the book advertises vCard 4,
 *      as DAVx5 does (linkingout does, the peers do not). Without sync-collection: PROPFIND Depth 1.
 *   2. no-change sync: PROPFIND Depth 0 + sync-collection with the token of step 1 (DAVx5 itself
 *      stops after the PROPFIND when the token is unchanged; the bench sends both).
 *   3. 1% changed: 1% of the cards get a NOTE line by PUT with If-Match (not timed), then
 *      PROPFIND Depth 0 + sync-collection with the previous token + multiget of the changed hrefs.
 *   4. vdirsyncer listing: one PROPFIND Depth 1 (resourcetype, getcontenttype, getetag).
 *   Answers are checked: N hrefs, N bodies saying what the stored cards say (same content lines;
 *   order and property-name case aside, as Radicale re-serialises), exactly the changed hrefs
 *   after the edits, and the edits in their bodies; a server that answers otherwise is WRONG.
 * - Limits: a request that takes 300 s, or a step that spends more than --step-budget seconds
 *   (default 600) in requests, is stopped and reported as "timeout"; its ratio is then a bound
 *   ("<0.01"). An initial sync that hit the limit is not repeated in later runs.
 * - Peak RSS: VmHWM of the server process (/proc/<pid>/status) after its measurements.
 *
 * Output: a table on stdout, bench/results/sync-<timestamp>.json with every figure and the ratios
 * linkingout/peer, and one final JSON summary line. Temporary directories and server processes are
 * removed on exit, also on Ctrl-C.
 */
import { mkdirSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { prepareCards } from './sync/cards.js'
import { installCleanupHandlers, removeDirectory, trackDirectory } from './sync/cleanup.js'
import { parseOptions, USAGE, type BenchOptions } from './sync/options.js'
import { ensurePackages } from './sync/packages.js'
import { peersOf, summaryLine, writeResults, type BenchRun } from './sync/results.js'
import { measureServer, type ServerMeasurement } from './sync/runner.js'
import { SERVERS } from './sync/servers/index.js'
import { summariseAll } from './sync/summary.js'
import { problemLines, ratioTable, timesTable } from './sync/table.js'

installCleanupHandlers()
let options: BenchOptions
try {
  options = parseOptions(process.argv.slice(2))
} catch (error) {
  process.stderr.write(`${(error as Error).message}\nusage: ${USAGE}\n`)
  process.exit(2)
}
const servers = options.servers.map((name) => SERVERS[name])
ensurePackages(servers.flatMap((server) => server.commands))

const startedAt = new Date()
const root = mkdtempSync(join(tmpdir(), 'linkingout-bench-sync-'))
trackDirectory(root)
const measurements: ServerMeasurement[] = []
const dataSets: BenchRun['dataSets'] = {}

for (const size of options.sizes) {
  const workDir = join(root, `n${size}`)
  mkdirSync(workDir)
  process.stderr.write(`N=${size}: generating the export and importing it into linkingout\n`)
  const set = await prepareCards(workDir, size)
  dataSets[size] = { cards: set.size, linkingoutImportSeconds: set.importSeconds }
  process.stderr.write(`N=${size}: linkingout imported ${set.size} cards in ${set.importSeconds} s; every server gets those\n`)
  for (const server of servers) measurements.push(await measureServer(server, set, workDir, { runs: options.runs, budgetMs: options.stepBudgetMs }))
  removeDirectory(workDir)
}

const run: BenchRun = { startedAt, finishedAt: new Date(), options, dataSets, measurements }
const summaries = summariseAll(measurements)
const { file, ratioTable: ratiosBySize } = writeResults(run)
const problems = problemLines(summaries)
console.log(`\nSync benchmark, median of ${options.runs} run(s); step time = sum of request times (send → last byte)\n`)
console.log(timesTable(summaries))
console.log('\nRatios linkingout / peer (below 1: linkingout is faster; "<x": the peer timed out)\n')
console.log(ratioTable(ratiosBySize, peersOf(options)))
if (problems.length > 0) console.log(`\nWrong answers and failures:\n${problems.map((line) => `  ${line}`).join('\n')}`)
console.log(`\nAll figures: ${file}`)
console.log(summaryLine(run, file, ratiosBySize))
removeDirectory(root)
