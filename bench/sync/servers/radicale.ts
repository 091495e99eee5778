/**
 * Radicale 3.1.8 with its filesystem storage written directly before it starts (carddav-compat.md
 * §5.4): one collection folder with `.Radicale.props` and one .vcf per card, no authentication.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { freePort, startProcess, waitUntilListening } from '../process.js'
import { versionOf } from '../packages.js'
import { basicAuthorization, type BenchServer } from './types.js'

const USER = 'bench'
const BOOK = 'linkedin'

const storageDir = (dir: string) => join(dir, 'collections')

function config(dir: string, port: number): string {
  return [
    '[server]',
    `hosts = 127.0.0.1:${port}`,
    '[auth]',
    'type = none',
    '[rights]',
    'type = owner_only',
    '[storage]',
    `filesystem_folder = ${storageDir(dir)}`,
    '[logging]',
    'level = warning',
    '',
  ].join('\n')
}

export const radicale: BenchServer = {
  name: 'radicale',
  commands: ['radicale'],
  version: () => `radicale ${versionOf('radicale')}`,
  async load(dir, set) {
    const book = join(storageDir(dir), 'collection-root', USER, BOOK)
    mkdirSync(book, { recursive: true })
    writeFileSync(join(book, '.Radicale.props'), JSON.stringify({ tag: 'VADDRESSBOOK' }))
    for (const card of set.cards) writeFileSync(join(book, card.name), card.body)
  },
  async start(dir) {
    const port = await freePort()
    const configFile = join(dir, 'radicale.conf')
    // Our own config file replaces /etc/radicale/config (Debian's enables remote_user auth).
    writeFileSync(configFile, config(dir, port))
    const server = startProcess('radicale', ['--config', configFile], { cwd: dir, logFile: join(dir, 'radicale.log') })
    await waitUntilListening(server, port)
    return { process: server, port, bookPath: `/${USER}/${BOOK}/`, authorization: basicAuthorization(USER, 'any-password') }
  },
}
