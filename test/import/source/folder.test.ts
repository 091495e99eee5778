import { mkdir, symlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openExport } from '../../../src/import/source/index.js'
import { expectImportError } from './expect-import-error.js'
import { makeTempDir, type TempDir } from './temp-export.js'

const CONNECTIONS = 'First Name,Last Name,Email Address,Company,Position,Connected On\nMara,Quellen,,,,14 Mar 2021\n'

let temp: TempDir
beforeAll(async () => {
  temp = await makeTempDir()
})
afterAll(async () => {
  await temp.remove()
})

describe('openExport: folders', () => {
  it('lists an unpacked export folder with the same entry shape as a zip', async () => {
    const folder = await temp.folder('Basic_LinkedInDataExport_12-04-2026', {
      'Connections.csv': CONNECTIONS,
      'messages.csv': 'CONVERSATION ID\n',
      'Jobs/Job Applications.csv': 'Application Date\n',
      '__MACOSX/._Connections.csv': 'fork',
      '._messages.csv': 'fork',
      '.DS_Store': 'finder',
    })
    const source = await openExport(folder)
    expect(source.kind).toBe('folder')
    expect(source.name).toBe('Basic_LinkedInDataExport_12-04-2026')
    expect(source.exportDate).toBe('2026-12-04')
    expect(source.entries).toEqual([
      { path: 'Connections.csv', size: Buffer.byteLength(CONNECTIONS) },
      { path: 'Jobs/Job Applications.csv', size: 17 },
      { path: 'messages.csv', size: 16 },
    ])
    expect(Buffer.from(await source.read('Connections.csv')).toString()).toBe(CONNECTIONS)
    expect(Buffer.from(await source.readHead('Connections.csv', 10)).toString()).toBe(CONNECTIONS.slice(0, 10))
    expect(Buffer.from(await source.readHead('messages.csv', 1000)).toString()).toBe('CONVERSATION ID\n')
    await source.close()
  })

  it('strips a single top-level folder and dates the export from it', async () => {
    const folder = await temp.folder('downloads', { 'Complete_LinkedInDataExport_09-12-2022 (1)/Connections.csv': CONNECTIONS })
    const source = await openExport(folder)
    expect(source.name).toBe('downloads')
    expect(source.exportDate).toBe('2022-09-12')
    expect(source.entries.map((e) => e.path)).toEqual(['Connections.csv'])
    expect(Buffer.from(await source.read('Connections.csv')).toString()).toBe(CONNECTIONS)
  })

  it('has no export date when no name carries one', async () => {
    const source = await openExport(await temp.folder('plain', { 'Connections.csv': CONNECTIONS }))
    expect(source.exportDate).toBeUndefined()
  })

  it('refuses to read paths that were not listed', async () => {
    const folder = await temp.folder('guarded', { 'Connections.csv': CONNECTIONS })
    await temp.file('secret.csv', 'outside')
    const source = await openExport(folder)
    await expectImportError(source.read('../secret.csv'), 'notFound')
    await expectImportError(source.readHead('/etc/passwd', 10), 'notFound')
  })

  it('follows symlinks inside the folder but never out of it', async () => {
    const outside = await temp.file('outside/secret.csv', 'secret')
    const folder = await temp.folder('linked', { 'Connections.csv': CONNECTIONS, 'data/Invitations.csv': 'From,To\n' })
    await symlink(outside, join(folder, 'escape.csv'))
    await symlink(join(temp.path, 'outside'), join(folder, 'escape-dir'))
    await symlink(join(folder, 'data', 'Invitations.csv'), join(folder, 'Invitations.csv'))
    await symlink(join(folder, 'missing.csv'), join(folder, 'dangling.csv'))
    const source = await openExport(folder)
    expect(source.entries.map((e) => e.path)).toEqual(['Connections.csv', 'Invitations.csv', 'data/Invitations.csv'])
    expect(Buffer.from(await source.read('Invitations.csv')).toString()).toBe('From,To\n')
  })

  it('stops descending after four folder levels, even through a symlink loop', async () => {
    const folder = await temp.folder('deep', { 'Connections.csv': CONNECTIONS, 'a/b/c/d/level4.csv': 'x', 'a/b/c/d/e/level5.csv': 'x' })
    await symlink(folder, join(folder, 'a', 'loop'))
    const source = await openExport(folder)
    const paths = source.entries.map((e) => e.path)
    expect(paths).toContain('a/b/c/d/level4.csv')
    expect(paths).not.toContain('a/b/c/d/e/level5.csv')
    expect(paths).toContain('a/loop/Connections.csv')
    expect(paths.every((path) => path.split('/').length <= 5)).toBe(true)
  })

  it('accepts an empty folder with no entries', async () => {
    const folder = join(temp.path, 'empty')
    await mkdir(folder)
    const source = await openExport(folder)
    expect(source.entries).toEqual([])
  })

  it('skips special files such as FIFOs', async () => {
    const folder = await temp.folder('special', { 'Connections.csv': CONNECTIONS })
    const { execFileSync } = await import('node:child_process')
    execFileSync('mkfifo', [join(folder, 'pipe.csv')])
    await writeFile(join(folder, 'note.txt'), 'n')
    const source = await openExport(folder)
    expect(source.entries.map((e) => e.path)).toEqual(['Connections.csv', 'note.txt'])
  })
})
