/**
 * An unpacked export folder. The walk is bounded (depth, file count, sizes) and never leaves the
 * folder: symlinks are followed only when their target lies inside it.
 */
import { createReadStream, type Dirent } from 'node:fs'
import { readdir, realpath, stat } from 'node:fs/promises'
import { basename, join, sep } from 'node:path'
import { ImportError } from '../errors.js'
import { checkBytesRead, checkDeclaredEntrySize, checkDeclaredTotal, checkEntryCount } from './limits.js'
import { commonTopFolder, exportDateOf, isJunkPath, printableName } from './paths.js'
import type { ExportEntry, ExportLimits, ExportSource } from './types.js'

/** Directory levels walked below the given folder; LinkedIn's deepest files sit two levels down. */
export const MAX_FOLDER_DEPTH = 4

interface FoundFile {
  segments: string[]
  absolutePath: string
  size: number
}

interface Walk {
  root: string
  limits: ExportLimits
  files: FoundFile[]
  declaredTotal: number
}

export async function openFolderSource(folderPath: string, limits: ExportLimits): Promise<ExportSource> {
  const name = basename(folderPath)
  const walk: Walk = { root: await realpath(folderPath), limits, files: [], declaredTotal: 0 }
  await walkFolder(walk, walk.root, [])

  const top = commonTopFolder(walk.files.map((file) => file.segments))
  const byPath = new Map<string, FoundFile>()
  for (const file of walk.files) byPath.set((top === undefined ? file.segments : file.segments.slice(1)).join('/'), file)
  const entries: ExportEntry[] = [...byPath].map(([path, file]) => ({ path, size: file.size }))
  entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))

  const fileFor = (path: string): FoundFile => {
    const file = byPath.get(path)
    if (file === undefined) throw new ImportError('notFound', `${printableName(path)} is not in ${printableName(name)}`)
    return file
  }
  const exportDate = exportDateOf(name, top)
  return {
    kind: 'folder',
    name,
    ...(exportDate === undefined ? {} : { exportDate }),
    entries,
    read: async (path) => readFileBounded(fileFor(path).absolutePath, path, Infinity, limits),
    readHead: async (path, maxBytes) => readFileBounded(fileFor(path).absolutePath, path, maxBytes, limits),
    close: () => Promise.resolve(),
  }
}

async function walkFolder(walk: Walk, directory: string, segments: string[]): Promise<void> {
  const children = await readdir(directory, { withFileTypes: true })
  children.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  for (const child of children) {
    const childSegments = [...segments, child.name]
    if (isJunkPath(childSegments)) continue
    const target = await resolveInside(walk.root, join(directory, child.name), child)
    if (target === undefined) continue
    if (target.isDirectory) {
      if (childSegments.length <= MAX_FOLDER_DEPTH) await walkFolder(walk, target.path, childSegments)
    } else if (target.isFile) {
      addFile(walk, childSegments, target.path, target.size)
    }
  }
}

interface ResolvedChild {
  path: string
  isDirectory: boolean
  isFile: boolean
  size: number
}

/** Follows a symlink only when it points inside the export folder; other special files are skipped. */
async function resolveInside(root: string, childPath: string, child: Dirent): Promise<ResolvedChild | undefined> {
  if (!child.isSymbolicLink()) {
    if (child.isDirectory()) return { path: childPath, isDirectory: true, isFile: false, size: 0 }
    if (!child.isFile()) return undefined
    return { path: childPath, isDirectory: false, isFile: true, size: (await stat(childPath)).size }
  }
  let target: string
  try {
    target = await realpath(childPath)
  } catch {
    return undefined // a dangling link
  }
  if (target !== root && !target.startsWith(root.endsWith(sep) ? root : root + sep)) return undefined
  const info = await stat(target)
  return { path: target, isDirectory: info.isDirectory(), isFile: info.isFile(), size: info.size }
}

function addFile(walk: Walk, segments: string[], absolutePath: string, size: number): void {
  const path = segments.join('/')
  checkEntryCount(walk.files.length + 1, walk.limits)
  checkDeclaredEntrySize(path, size, walk.limits)
  walk.declaredTotal += size
  checkDeclaredTotal(walk.declaredTotal, walk.limits)
  walk.files.push({ segments, absolutePath, size })
}

async function readFileBounded(absolutePath: string, path: string, maxBytes: number, limits: ExportLimits): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  let total = 0
  const range = Number.isFinite(maxBytes) ? { end: Math.max(0, maxBytes - 1) } : {}
  if (maxBytes <= 0) return new Uint8Array(0)
  for await (const chunk of createReadStream(absolutePath, range) as AsyncIterable<Buffer>) {
    chunks.push(chunk)
    total += chunk.length
    checkBytesRead(path, total, limits)
  }
  return Buffer.concat(chunks, total)
}
