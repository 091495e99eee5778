#!/usr/bin/env node
// Runs the whole vitest suite and ends with the plain `N passed, N failed` line that CI reads.
// Extra arguments are passed to vitest (e.g. a file filter).
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, rmSync } from 'node:fs'

const resultFile = '.vitest-result.json'
rmSync(resultFile, { force: true })
const run = spawnSync(
  process.execPath,
  ['node_modules/vitest/vitest.mjs', 'run', '--reporter=default', '--reporter=json', `--outputFile=${resultFile}`, ...process.argv.slice(2)],
  { stdio: 'inherit' },
)
if (!existsSync(resultFile)) {
  console.log('0 passed, 1 failed')
  console.error(`vitest wrote no result file (exit status ${run.status})`)
  process.exit(1)
}
const result = JSON.parse(readFileSync(resultFile, 'utf8'))
// A suite can fail without a failed test (a throwing beforeAll marks its tests skipped): count it too.
const failedSuites = result.testResults.filter((s) => s.status === 'failed' && !s.assertionResults.some((a) => a.status === 'failed')).length
const failed = result.numFailedTests + failedSuites
console.log(`${result.numPassedTests} passed, ${failed} failed`)
process.exit(failed === 0 && run.status === 0 ? 0 : 1)
