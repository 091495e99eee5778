import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openExport } from '../../../src/import/source/index.js'
import { expectImportError } from './expect-import-error.js'
import { makeTempDir, type TempDir } from './temp-export.js'
import { buildZip } from './zip-bytes.js'

const CONNECTIONS = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\nMara,Quellen,https://www.linkedin.com/in/mara-quellen-4b21a7,,,,14 Mar 2026'
const INVITATIONS = 'From,To,Sent At,Message,Direction\nSam Owner,Mara Quellen,"9/1/22, 8:15 AM",,OUTGOING\n'

let temp: TempDir
beforeAll(async () => {
  temp = await makeTempDir()
})
afterAll(async () => {
  await temp.remove()
})

describe('openExport: zip files', () => {
  it('lists the files of a zip whose files sit at the root, and reads them', async () => {
    const path = await temp.zip('Basic_LinkedInDataExport_06-16-2025.zip', {
      'Connections.csv': CONNECTIONS,
      'Invitations.csv': INVITATIONS,
      'Articles/Articles/post.html': '<html></html>',
    })
    const source = await openExport(path)
    try {
      expect(source.kind).toBe('zip')
      expect(source.name).toBe('Basic_LinkedInDataExport_06-16-2025.zip')
      expect(source.exportDate).toBe('2025-06-16')
      expect(source.entries).toEqual([
        { path: 'Articles/Articles/post.html', size: 13 },
        { path: 'Connections.csv', size: Buffer.byteLength(CONNECTIONS) },
        { path: 'Invitations.csv', size: Buffer.byteLength(INVITATIONS) },
      ])
      expect(Buffer.from(await source.read('Connections.csv')).toString()).toBe(CONNECTIONS)
      expect(Buffer.from(await source.readHead('Invitations.csv', 10)).toString()).toBe(INVITATIONS.slice(0, 10))
      expect(Buffer.from(await source.readHead('Invitations.csv', 10_000)).toString()).toBe(INVITATIONS)
    } finally {
      await source.close()
    }
  })

  it('strips one common top-level folder and takes the date from it, skipping directories and macOS junk', async () => {
    const top = 'Complete_LinkedInDataExport_09-12-2022 (1)'
    const path = await temp.zip(
      'export.zip',
      {
        [`${top}/Connections.csv`]: CONNECTIONS,
        [`${top}/Jobs/Job Applications.csv`]: 'Application Date\n',
        [`__MACOSX/${top}/._Connections.csv`]: 'resource fork',
        [`${top}/._Invitations.csv`]: 'resource fork',
        [`${top}/.DS_Store`]: 'finder',
      },
      { directories: [top, `${top}/Jobs`] },
    )
    const source = await openExport(path)
    try {
      expect(source.exportDate).toBe('2022-09-12')
      expect(source.entries.map((e) => e.path)).toEqual(['Connections.csv', 'Jobs/Job Applications.csv'])
      expect(Buffer.from(await source.read('Connections.csv')).toString()).toBe(CONNECTIONS)
    } finally {
      await source.close()
    }
  })

  it('opens an empty zip as an export with no entries', async () => {
    const source = await openExport(await temp.file('empty-archive.zip', buildZip([])))
    expect(source.entries).toEqual([])
    await source.close()
  })

  it('reads stored (uncompressed) entries too', async () => {
    const path = await temp.zip('stored.zip', { 'Connections.csv': CONNECTIONS }, { compress: false })
    const source = await openExport(path)
    expect(Buffer.from(await source.read('Connections.csv')).toString()).toBe(CONNECTIONS)
    await source.close()
  })

  it('turns backslash separators into folders', async () => {
    const path = await temp.file('backslash.zip', buildZip([{ name: 'export\\Connections.csv', content: CONNECTIONS }]))
    const source = await openExport(path)
    expect(source.entries.map((e) => e.path)).toEqual(['Connections.csv'])
    await source.close()
  })

  it('refuses to read a path that is not in the zip', async () => {
    const path = await temp.zip('small.zip', { 'Connections.csv': CONNECTIONS })
    const source = await openExport(path)
    await expectImportError(source.read('../Connections.csv'), 'notFound')
    await source.close()
  })

  it('closes cleanly, after which reads fail', async () => {
    const path = await temp.zip('closing.zip', { 'Connections.csv': CONNECTIONS })
    const source = await openExport(path)
    await source.readHead('Connections.csv', 5)
    await source.close()
    await expect(source.read('Connections.csv')).rejects.toThrow(/closed/)
    await source.close()
  })
})

describe('openExport: unsafe and broken zips', () => {
  it.each([
    ['../evil.csv', /"\.\.\/evil\.csv" contains a "\.\." segment/],
    ['export/../../evil.csv', /contains a "\.\." segment/],
    ['..\\evil.csv', /"\.\.\/evil\.csv" contains a "\.\." segment/],
    ['/abs.csv', /"\/abs\.csv" is an absolute path/],
    ['C:/Windows/abs.csv', /is an absolute path/],
    ['evil\0.csv', /"evil\\u0000\.csv" contains a NUL byte/],
  ])('refuses the whole zip for the entry name %j', async (name, detail) => {
    const path = await temp.file('unsafe.zip', buildZip([{ name: 'Connections.csv', content: CONNECTIONS }, { name, content: 'x' }]))
    const error = await expectImportError(openExport(path), 'unsafeZip')
    expect(error.message).toMatch(detail)
  })

  it('refuses a zip with an entry name holding a newline, keeping the message on one line', async () => {
    const path = await temp.file('newline.zip', buildZip([{ name: '../a\nb.csv', content: 'x' }]))
    const error = await expectImportError(openExport(path), 'unsafeZip')
    expect(error.message).toContain('"../a\\nb.csv"')
  })

  it('refuses two entries with the same path', async () => {
    const path = await temp.file('twice.zip', buildZip([{ name: 'Connections.csv', content: CONNECTIONS }, { name: 'Connections.csv', content: CONNECTIONS }]))
    await expectImportError(openExport(path), 'unsafeZip')
  })

  it('reports a zip cut in half as corrupt', async () => {
    const whole = await temp.zip('whole.zip', { 'Connections.csv': CONNECTIONS.repeat(50), 'Invitations.csv': INVITATIONS })
    const bytes = (await import('node:fs/promises')).readFile(whole)
    const path = await temp.file('half.zip', (await bytes).subarray(0, Math.floor((await bytes).length / 2)))
    const error = await expectImportError(openExport(path), 'corruptZip')
    expect(error.message).toBe('the zip file is corrupt or truncated: "half.zip" has no central directory (the file is truncated or not a zip)')
  })

  it('reports a damaged central directory as corrupt', async () => {
    const bytes = buildZip([{ name: 'Connections.csv', content: CONNECTIONS }])
    bytes.writeUInt32LE(0xdeadbeef, bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])))
    const error = await expectImportError(openExport(await temp.file('bad-cd.zip', bytes)), 'corruptZip')
    expect(error.message).toBe('the zip file is corrupt or truncated: "bad-cd.zip" is truncated or has a damaged zip structure')
  })

  it('reports truncated entry data as corrupt when the entry is read', async () => {
    const { deflateRawSync } = await import('node:zlib')
    const full = deflateRawSync(Buffer.from(CONNECTIONS.repeat(200)))
    const path = await temp.file('cut-entry.zip', buildZip([{ name: 'Connections.csv', data: full.subarray(0, full.length >> 1), declaredSize: CONNECTIONS.length * 200 }]))
    const source = await openExport(path)
    const error = await expectImportError(source.read('Connections.csv'), 'corruptZip')
    expect(error.message).toContain('"Connections.csv"')
    await source.close()
  })

  it('reports an entry that inflates to less than it declares as corrupt', async () => {
    const path = await temp.file('short.zip', buildZip([{ name: 'Connections.csv', content: CONNECTIONS, declaredSize: CONNECTIONS.length + 500 }]))
    const source = await openExport(path)
    await expectImportError(source.read('Connections.csv'), 'corruptZip')
    await source.close()
  })

  it('reports a stored entry whose sizes disagree as corrupt', async () => {
    const path = await temp.file('stored-liar.zip', buildZip([{ name: 'Connections.csv', content: CONNECTIONS, method: 0, declaredSize: 10 }]))
    await expectImportError(openExport(path), 'corruptZip')
  })

  it('refuses encrypted entries with a clear message', async () => {
    const path = await temp.file('encrypted.zip', buildZip([{ name: 'Connections.csv', content: CONNECTIONS, flags: 0x801 }]))
    const error = await expectImportError(openExport(path), 'unsupportedZip')
    expect(error.message).toMatch(/encrypted/)
  })

  it('refuses strongly encrypted entries', async () => {
    const path = await temp.file('strong.zip', buildZip([{ name: 'Connections.csv', content: CONNECTIONS, flags: 0x841 }]))
    const error = await expectImportError(openExport(path), 'unsupportedZip')
    expect(error.message).toMatch(/encrypted/)
  })

  it('refuses compression methods other than stored and deflate', async () => {
    const path = await temp.file('bzip2.zip', buildZip([{ name: 'Connections.csv', data: Buffer.from('BZh91AY'), method: 12, declaredSize: 100 }]))
    const error = await expectImportError(openExport(path), 'unsupportedZip')
    expect(error.message).toMatch(/compression method 12/)
  })
})

describe('openExport: not an export', () => {
  it('reports a missing path as notFound', async () => {
    const error = await expectImportError(openExport(`${temp.path}/nowhere/Basic_LinkedInDataExport_06-16-2025.zip`), 'notFound')
    expect(error.message).toMatch(/^the path does not exist: ".*Basic_LinkedInDataExport_06-16-2025\.zip"$/)
  })

  it('reports a text file renamed .zip as notAnExport', async () => {
    const path = await temp.file('renamed.zip', 'First Name,Last Name\nMara,Quellen\n')
    const error = await expectImportError(openExport(path), 'notAnExport')
    expect(error.message).toMatch(/"renamed\.zip" is not a zip file/)
  })

  it('reports a CSV given directly as notAnExport, saying what to give instead', async () => {
    const path = await temp.file('Connections.csv', CONNECTIONS)
    const error = await expectImportError(openExport(path), 'notAnExport')
    expect(error.message).toMatch(/export zip or its folder/)
  })

  it('reports a PDF and an empty file as notAnExport', async () => {
    await expectImportError(openExport(await temp.file('resume.pdf', '%PDF-1.7\n')), 'notAnExport')
    await expectImportError(openExport(await temp.file('empty.zip', '')), 'notAnExport')
  })
})
