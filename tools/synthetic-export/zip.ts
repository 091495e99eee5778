/**
 * Writes a generated export as a zip (yazl) or as a folder. The zip is byte-identical for the same
 * export: entries in the map's order, a fixed DOS timestamp (midnight of the export date, built
 * from local-time fields so the time zone cannot shift it), no extended-timestamp field, fixed modes.
 */
import { createWriteStream } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { pipeline } from 'node:stream/promises'
import { ZipFile } from 'yazl'
import type { GeneratedExport } from './types.js'

const FILE_MODE = 0o100644
const DIRECTORY_MODE = 0o40755

/** The date in the archive name (MM-DD-YYYY) as a local-time Date at midnight. */
function entryTime(fileName: string): Date {
  const match = /(\d{2})-(\d{2})-(\d{4})\.zip$/.exec(fileName)
  if (match === null) return new Date(1980, 0, 1)
  const [, month, day, year] = match.map(Number) as [number, number, number, number]
  return new Date(year, month - 1, day)
}

/** Every folder that holds an entry, parents first, in first-use order. */
function foldersOf(paths: Iterable<string>): string[] {
  const folders: string[] = []
  const seen = new Set<string>()
  for (const path of paths) {
    const parts = path.split('/').slice(0, -1)
    for (let i = 1; i <= parts.length; i++) {
      const folder = parts.slice(0, i).join('/') + '/'
      if (!seen.has(folder)) {
        seen.add(folder)
        folders.push(folder)
      }
    }
  }
  return folders
}

export async function writeZip(exp: GeneratedExport, zipPath: string): Promise<void> {
  const mtime = entryTime(exp.fileName)
  const zip = new ZipFile()
  for (const folder of foldersOf(exp.files.keys())) {
    zip.addEmptyDirectory(folder, { mtime, mode: DIRECTORY_MODE, forceDosTimestamp: true })
  }
  for (const [path, bytes] of exp.files) {
    zip.addBuffer(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), path, {
      mtime,
      mode: FILE_MODE,
      compress: true,
      forceDosTimestamp: true,
    })
  }
  zip.end()
  await mkdir(dirname(zipPath), { recursive: true })
  await pipeline(zip.outputStream, createWriteStream(zipPath))
}

export async function writeFolder(exp: GeneratedExport, dir: string): Promise<void> {
  for (const [path, bytes] of exp.files) {
    const target = join(dir, path)
    await mkdir(dirname(target), { recursive: true })
    await writeFile(target, bytes)
  }
}
