/**
 * A zip export read with yauzl. The whole central directory is checked (names, counts, declared
 * sizes, ratios, encryption) before any entry is inflated; reads then count real bytes, and yauzl's
 * validateEntrySizes stops entries that lie about their size.
 */
import { basename } from 'node:path'
import yauzl, { type Entry, type ZipFile } from 'yauzl'
import { ImportError } from '../errors.js'
import { checkBytesRead, checkCompressionRatio, checkDeclaredEntrySize, checkDeclaredTotal, checkEntryCount } from './limits.js'
import { commonTopFolder, exportDateOf, isJunkPath, pathSegments, printableName, unsafeNameReason } from './paths.js'
import type { ExportEntry, ExportLimits, ExportSource } from './types.js'
import { entrySubject, zipFailure, zipSubject } from './zip-errors.js'

const STORED = 0
const DEFLATED = 8

interface ListedEntry {
  segments: string[]
  entry: Entry
}

export async function openZipSource(filePath: string, limits: ExportLimits): Promise<ExportSource> {
  const name = basename(filePath)
  let zipfile: ZipFile
  try {
    // decodeStrings:false so that unsafe names reach our own check (and its error) instead of yauzl's.
    zipfile = await yauzl.openPromise(filePath, { autoClose: false, decodeStrings: false, validateEntrySizes: true })
  } catch (error) {
    throw zipFailure(error, zipSubject(name))
  }
  try {
    const files = await listFiles(zipfile, name, limits)
    return buildSource(zipfile, name, files, limits)
  } catch (error) {
    zipfile.close()
    throw error
  }
}

async function listFiles(zipfile: ZipFile, zipName: string, limits: ExportLimits): Promise<ListedEntry[]> {
  checkEntryCount(zipfile.entryCount, limits)
  const files: ListedEntry[] = []
  let declaredTotal = 0
  try {
    for await (const entry of zipfile.eachEntry()) {
      const entryName = yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag, entry.fileNameRaw, entry.extraFields, false)
      const unsafe = unsafeNameReason(entryName)
      if (unsafe !== undefined) throw new ImportError('unsafeZip', `${entrySubject(entryName)} ${unsafe}`)
      if (entryName.endsWith('/')) continue
      checkReadable(entry, entryName)
      checkDeclaredEntrySize(entryName, entry.uncompressedSize, limits)
      checkCompressionRatio(entryName, entry.uncompressedSize, entry.compressedSize, limits)
      declaredTotal += entry.uncompressedSize
      checkDeclaredTotal(declaredTotal, limits)
      const segments = pathSegments(entryName)
      if (segments.length > 0 && !isJunkPath(segments)) files.push({ segments, entry })
    }
  } catch (error) {
    throw zipFailure(error, zipSubject(zipName))
  }
  return files
}

function checkReadable(entry: Entry, entryName: string): void {
  if (entry.isEncrypted()) {
    throw new ImportError('unsupportedZip', `${entrySubject(entryName)} is encrypted; password-protected zips are not supported`)
  }
  if (entry.compressionMethod !== STORED && entry.compressionMethod !== DEFLATED) {
    throw new ImportError('unsupportedZip', `${entrySubject(entryName)} uses compression method ${entry.compressionMethod}; only stored and deflate are supported`)
  }
}

function buildSource(zipfile: ZipFile, zipName: string, files: ListedEntry[], limits: ExportLimits): ExportSource {
  const top = commonTopFolder(files.map((file) => file.segments))
  const byPath = new Map<string, Entry>()
  for (const { segments, entry } of files) {
    const path = (top === undefined ? segments : segments.slice(1)).join('/')
    if (byPath.has(path)) throw new ImportError('unsafeZip', `${entrySubject(path)} appears more than once`)
    byPath.set(path, entry)
  }
  const entries: ExportEntry[] = [...byPath].map(([path, entry]) => ({ path, size: entry.uncompressedSize }))
  entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))

  const entryFor = (path: string): Entry => {
    const entry = byPath.get(path)
    if (entry === undefined) throw new ImportError('notFound', `${printableName(path)} is not in ${printableName(zipName)}`)
    return entry
  }
  const exportDate = exportDateOf(zipName, top)
  return {
    kind: 'zip',
    name: zipName,
    ...(exportDate === undefined ? {} : { exportDate }),
    entries,
    read: async (path) => inflate(zipfile, entryFor(path), path, Infinity, limits),
    readHead: async (path, maxBytes) => inflate(zipfile, entryFor(path), path, maxBytes, limits),
    close: () => closeZip(zipfile),
  }
}

/** Inflates an entry, stopping early after `maxBytes`; every chunk is counted against the limits. */
async function inflate(zipfile: ZipFile, entry: Entry, path: string, maxBytes: number, limits: ExportLimits): Promise<Uint8Array> {
  if (!zipfile.isOpen) throw new Error('the export source is closed')
  const chunks: Buffer[] = []
  let total = 0
  try {
    const stream = await zipfile.openReadStreamPromise(entry)
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      chunks.push(chunk)
      total += chunk.length
      checkBytesRead(path, total, limits)
      if (total >= maxBytes) break
    }
  } catch (error) {
    throw zipFailure(error, entrySubject(path))
  }
  const whole = Buffer.concat(chunks, total)
  return total > maxBytes ? whole.subarray(0, maxBytes) : whole
}

function closeZip(zipfile: ZipFile): Promise<void> {
  if (!zipfile.isOpen) return Promise.resolve()
  return new Promise((resolve) => {
    zipfile.once('close', () => resolve())
    zipfile.close()
  })
}
