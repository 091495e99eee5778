/** Opens a LinkedIn export given as a zip file or as an unpacked folder. */
import { open, stat } from 'node:fs/promises'
import { basename, extname } from 'node:path'
import { ImportError } from '../errors.js'
import { openFolderSource } from './folder.js'
import { resolveLimits } from './limits.js'
import { printableName } from './paths.js'
import type { ExportLimits, ExportSource } from './types.js'
import { openZipSource } from './zip.js'

export { DEFAULT_LIMITS } from './types.js'
export type { ExportEntry, ExportLimits, ExportSource } from './types.js'

/** Local file header, empty-archive end record, spanned-archive marker. */
const ZIP_SIGNATURES = [
  [0x50, 0x4b, 0x03, 0x04],
  [0x50, 0x4b, 0x05, 0x06],
  [0x50, 0x4b, 0x07, 0x08],
] as const

export async function openExport(path: string, limits?: Partial<ExportLimits>): Promise<ExportSource> {
  const resolved = resolveLimits(limits)
  const name = basename(path)
  let info
  try {
    info = await stat(path)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error'
    const missing = code === 'ENOENT' || code === 'ENOTDIR'
    throw new ImportError('notFound', missing ? printableName(path) : `${printableName(path)} cannot be opened (${code})`)
  }
  if (info.isDirectory()) return openFolderSource(path, resolved)
  if (!info.isFile()) throw new ImportError('notAnExport', `${printableName(name)} is neither a zip file nor a folder`)
  if (await startsLikeZip(path)) return openZipSource(path, resolved)
  throw new ImportError('notAnExport', describeNonZip(name, info.size))
}

async function startsLikeZip(path: string): Promise<boolean> {
  const handle = await open(path, 'r')
  try {
    const head = Buffer.alloc(4)
    const { bytesRead } = await handle.read(head, 0, 4, 0)
    return bytesRead === 4 && ZIP_SIGNATURES.some((signature) => signature.every((byte, i) => head[i] === byte))
  } finally {
    await handle.close()
  }
}

function describeNonZip(name: string, size: number): string {
  const extension = extname(name).toLowerCase()
  if (size === 0) return `${printableName(name)} is empty`
  if (extension === '.csv') return `${printableName(name)} is a single CSV file; give the export zip or its folder`
  if (extension === '.zip') return `${printableName(name)} is not a zip file`
  return `${printableName(name)} is neither a zip file nor a folder`
}
