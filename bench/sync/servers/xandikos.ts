/**
 * Xandikos 0.2.8: `--defaults` creates the git-backed address book (/user/contacts/addressbook/),
 * then the cards go into its working tree with one `git add` and one commit, before the server
 * that is measured starts. Xandikos has no authentication; the Basic header is sent anyway.
 */
import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { freePort, startProcess, stopProcess, waitUntilListening } from '../process.js'
import { versionOf } from '../packages.js'
import { basicAuthorization, type BenchServer } from './types.js'

const BOOK_PATH = '/user/contacts/addressbook/'

const rootDir = (dir: string) => join(dir, 'root')

async function startXandikos(dir: string) {
  const port = await freePort()
  const args = ['-d', rootDir(dir), '--defaults', '-l', '127.0.0.1', '-p', String(port)]
  const server = startProcess('xandikos', args, { cwd: dir, logFile: join(dir, 'xandikos.log') })
  await waitUntilListening(server, port)
  return { server, port }
}

function git(cwd: string, args: readonly string[]): void {
  const identity = ['-c', 'user.name=linkingout bench', '-c', 'user.email=bench@example.org', '-c', 'core.autocrlf=false', '-c', 'gc.auto=0']
  execFileSync('git', [...identity, ...args], { cwd, stdio: ['ignore', 'ignore', 'pipe'] })
}

export const xandikos: BenchServer = {
  name: 'xandikos',
  commands: ['xandikos', 'git'],
  version: () => `xandikos ${versionOf('xandikos')}`,
  async load(dir, set) {
    const { server } = await startXandikos(dir)
    await stopProcess(server)
    const book = join(rootDir(dir), ...BOOK_PATH.split('/').filter(Boolean))
    for (const card of set.cards) writeFileSync(join(book, card.name), card.body)
    git(book, ['add', '--all', '.'])
    git(book, ['commit', '--quiet', '-m', `Add ${set.cards.length} cards`])
  },
  async start(dir) {
    const { server, port } = await startXandikos(dir)
    return { process: server, port, bookPath: BOOK_PATH, authorization: basicAuthorization('user', 'any-password') }
  },
}
