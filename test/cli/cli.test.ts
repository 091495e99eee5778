import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import yazl from 'yazl'
import { createNetwork, renderExport, writeZip } from '../../tools/synthetic-export/index.js'
import { buildZip, zeroBomb } from '../import/source/zip-bytes.js'
import { runCli } from './run-cli.js'

const work = mkdtempSync(join(tmpdir(), 'linkingout-cli-'))
const zip = join(work, 'Basic_LinkedInDataExport_12-04-2026.zip')
const dataDir = join(work, 'data')
const CONNECTIONS = 40

const mode = (path: string) => statSync(path).mode & 0o777

function writeRawZip(path: string, entries: [string, string][]): Promise<void> {
  return new Promise((resolveZip, reject) => {
    const zipFile = new yazl.ZipFile()
    for (const [name, content] of entries) zipFile.addBuffer(Buffer.from(content), name)
    zipFile.end()
    const chunks: Buffer[] = []
    zipFile.outputStream.on('data', (c: Buffer) => chunks.push(c)).on('end', () => {
      writeFileSync(path, Buffer.concat(chunks))
      resolveZip()
    }).on('error', reject)
  })
}

beforeAll(async () => {
  const network = createNetwork({ seed: 3, size: CONNECTIONS, hiddenRate: 0 })
  await writeZip(renderExport(network, { era: '2026', kind: 'Basic', exportDate: '2026-12-04' }), zip)
})

describe('linkingout command line', () => {
  it('prints the commands with --help and the options of a command', async () => {
    const help = await runCli(['--help'])
    expect(help.code).toBe(0)
    for (const command of ['import', 'serve', 'export', 'stats', 'user']) expect(help.stdout).toContain(`  ${command}`)
    const importHelp = await runCli(['import', '--help'])
    expect(importHelp.stdout).toContain('--prune-removed')
    expect(importHelp.stdout).toContain('--data DIR')
  })

  it('answers an unknown command or option with exit code 2 and a hint', async () => {
    expect((await runCli(['frobnicate'])).code).toBe(2)
    const bad = await runCli(['import', zip, '--no-such-flag'])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('--help')
  })

  it('imports an export into a data directory created for its owner only', async () => {
    const result = await runCli(['import', zip, '--data', dataDir])
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    expect(result.stdout).toContain(`cards: ${CONNECTIONS} created, 0 updated, 0 unchanged`)
    expect(result.stdout).toContain('files recognised: ')
    expect(mode(dataDir)).toBe(0o700)
    expect(mode(join(dataDir, 'linkingout.sqlite'))).toBe(0o600)
  })

  it('changes nothing when the same export is imported again, and says so as JSON', async () => {
    const result = await runCli(['import', zip, '--data', dataDir, '--json'])
    expect(result.code).toBe(0)
    const report = JSON.parse(result.stdout)
    expect(report.cards).toEqual({ created: 0, updated: 0, unchanged: CONNECTIONS })
    expect(report.revision.before).toBe(report.revision.after)
  })

  it('reports the address book with stats', async () => {
    const result = await runCli(['stats', '--data', dataDir, '--json'])
    expect(result.code).toBe(0)
    expect(JSON.parse(result.stdout)).toMatchObject({ user: 'me', cards: CONNECTIONS, imported: CONNECTIONS, imports: 2, lastImport: { exportDate: '2026-12-04' } })
  })

  it('exports one vCard 3.0 file, and one file per card, readable by the owner only', async () => {
    const file = join(work, 'contacts.vcf')
    expect((await runCli(['export', '--out', file, '--data', dataDir])).code).toBe(0)
    const text = readFileSync(file, 'utf8')
    expect(text.match(/^BEGIN:VCARD\r$/gm)).toHaveLength(CONNECTIONS)
    expect(text.match(/^VERSION:3\.0\r$/gm)).toHaveLength(CONNECTIONS)
    expect(mode(file)).toBe(0o600)
    const dir = join(work, 'cards')
    expect((await runCli(['export', '--dir', dir, '--data', dataDir])).code).toBe(0)
    const files = readdirSync(dir)
    expect(files).toHaveLength(CONNECTIONS)
    for (const name of files) expect(name).toMatch(/^[0-9a-f-]{36}\.vcf$/)
    const four = await runCli(['export', '--out', '-', '--vcard-version', '4.0', '--data', dataDir])
    expect(four.stdout.match(/^VERSION:4\.0\r$/gm)).toHaveLength(CONNECTIONS)
  })

  it('refuses what is not an export with a one-line error, and leaves the store as it was', async () => {
    const before = await runCli(['stats', '--data', dataDir, '--json'])
    const notes = join(work, 'notes.txt')
    writeFileSync(notes, 'just some text\n')
    const traversal = join(work, 'evil.zip')
    writeFileSync(traversal, buildZip([{ name: '../Connections.csv', content: 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\n' }]))
    const noConnections = join(work, 'Basic_LinkedInDataExport_01-01-2026.zip')
    await writeRawZip(noConnections, [['Profile.csv', 'First Name,Last Name,Maiden Name,Address,Birth Date,Headline\nSam,Owner,,,,\n']])
    const truncated = join(work, 'Complete_LinkedInDataExport_02-02-2026.zip')
    writeFileSync(truncated, readFileSync(zip).subarray(0, Math.floor(statSync(zip).size / 2)))
    const bomb = join(work, 'Complete_LinkedInDataExport_03-03-2026.zip')
    writeFileSync(bomb, buildZip([{ name: 'Connections.csv', data: zeroBomb(1024), declaredSize: 1024 * 1024 * 1024 }]))
    const noHeader = join(work, 'Basic_LinkedInDataExport_04-04-2026.zip')
    writeFileSync(noHeader, buildZip([{ name: 'Connections.csv', content: 'Name,When\nAda Example,today\n' }]))
    const cases = [
      [notes, /not a LinkedIn data export/], [traversal, /unsafe/], [noConnections, /no Connections\.csv/],
      [join(work, 'missing.zip'), /does not exist/], [truncated, /corrupt or truncated/], [bomb, /size limits|unsafe/],
      [noHeader, /header could not be found.*Connections\.csv/],
    ] as const
    for (const [path, message] of cases) {
      const result = await runCli(['import', path, '--data', dataDir])
      expect(result.code, path).toBe(1)
      expect(result.stderr).toMatch(message)
      expect(result.stderr.trim().split('\n'), result.stderr).toHaveLength(1)
    }
    expect((await runCli(['stats', '--data', dataDir, '--json'])).stdout).toBe(before.stdout)
  })

  it('adds a user whose password comes from standard input, and lists users', async () => {
    const added = await runCli(['user', 'add', 'alice', '--password-stdin', '--data', dataDir], { input: 'correct horse battery\n' })
    expect(added.code).toBe(0)
    const list = await runCli(['user', 'list', '--data', dataDir])
    expect(list.stdout).toContain('alice\n')
    expect(list.stdout).toContain('me (no password: cannot sync yet)')
    const short = await runCli(['user', 'passwd', 'alice', '--password-stdin', '--data', dataDir], { input: 'short\n' })
    expect(short.code).toBe(2)
  })

  it('honours LINKINGOUT_DATA as the default data directory', async () => {
    const result = await runCli(['stats', '--json'], { env: { LINKINGOUT_DATA: dataDir } })
    expect(JSON.parse(result.stdout).cards).toBe(CONNECTIONS)
  })
})
