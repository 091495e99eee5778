/** The shape every export source (zip or folder) presents to the rest of the importer. */

export interface ExportLimits {
  /** Most entries (files; for zips also directories and junk) an export may hold. */
  maxEntries: number
  /** Most bytes all files may declare (zip: central directory sizes; folder: file sizes). */
  maxTotalBytes: number
  /** Most bytes one file may declare or actually inflate to. */
  maxEntryBytes: number
  /** Highest uncompressed:compressed ratio for a zip entry larger than RATIO_CHECK_FLOOR bytes. */
  maxRatio: number
}

/** Entries smaller than this are never refused for their ratio: tiny CSVs can compress very well. */
export const RATIO_CHECK_FLOOR = 1024 * 1024

export const DEFAULT_LIMITS: ExportLimits = Object.freeze({
  maxEntries: 20_000,
  maxTotalBytes: 2 * 1024 ** 3,
  maxEntryBytes: 512 * 1024 ** 2,
  maxRatio: 100,
})

export interface ExportEntry {
  /** Relative to the export root, '/'-separated, a single common top-level folder removed. */
  path: string
  /** Declared size in bytes (zip: from the central directory; folder: from stat). */
  size: number
}

export interface ExportSource {
  kind: 'zip' | 'folder'
  /** Basename of the zip or folder. */
  name: string
  /** 'YYYY-MM-DD' from `…LinkedInDataExport_MM-DD-YYYY` in the name (or in the top-level folder). */
  exportDate?: string
  /** Files only: no directories, no `__MACOSX/`, no `._*` or `.DS_Store`. Sorted by path. */
  entries: ExportEntry[]
  /** The whole entry; limits are enforced while reading. Unknown path -> ImportError('notFound'). */
  read(path: string): Promise<Uint8Array>
  /** At most the first `maxBytes` bytes; stops inflating as soon as they are there. */
  readHead(path: string, maxBytes: number): Promise<Uint8Array>
  close(): Promise<void>
}
