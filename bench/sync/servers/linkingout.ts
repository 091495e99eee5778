/** linkingout itself: the imported data directory, served by `linkingout serve`. */
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { LINKINGOUT_BIN, LINKINGOUT_USER, REPO_ROOT } from '../cards.js'
import { freePort, startProcess, waitUntilListening } from '../process.js'
import { basicAuthorization, type BenchServer } from './types.js'

export const linkingout: BenchServer = {
  name: 'linkingout',
  commands: [],
  version() {
    const { version } = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }
    try {
      const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: REPO_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()
      return `linkingout ${version} (working tree on ${commit})`
    } catch {
      return `linkingout ${version}`
    }
  },
  // The CLI import in prepareCards() already filled set.linkingoutData.
  async load() {},
  async start(dir, set) {
    const port = await freePort()
    const args = [LINKINGOUT_BIN, 'serve', '--data', set.linkingoutData, '--port', String(port), '--host', '127.0.0.1']
    const server = startProcess(process.execPath, args, { cwd: REPO_ROOT, logFile: join(dir, 'linkingout.log') })
    await waitUntilListening(server, port)
    return { process: server, port, bookPath: `/addressbooks/${LINKINGOUT_USER}/linkedin/`, authorization: basicAuthorization(LINKINGOUT_USER, set.password) }
  },
}
