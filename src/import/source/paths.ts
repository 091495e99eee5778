/** Entry-path rules shared by the zip and folder sources. */
import { parseExportFileDate } from '../dates.js'

/** A name as it may appear inside a one-line error message: quoted, control characters escaped. */
export function printableName(name: string): string {
  return JSON.stringify(name)
}

/**
 * Why an archive entry name must not be trusted, or undefined when it is safe. Backslashes have
 * already been turned into '/', so `..\evil.csv` is caught as a `..` segment.
 */
export function unsafeNameReason(name: string): string | undefined {
  if (name.includes('\0')) return 'contains a NUL byte'
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) return 'is an absolute path'
  if (name.split('/').includes('..')) return 'contains a ".." segment'
  return undefined
}

/** Splits a '/'-separated name into its meaningful segments (no empty or '.' segments). */
export function pathSegments(name: string): string[] {
  return name.split('/').filter((segment) => segment !== '' && segment !== '.')
}

const JUNK_BASENAMES = new Set(['.DS_Store', 'Thumbs.db', 'desktop.ini'])

/** macOS resource forks and Finder or Explorer droppings that are never part of an export. */
export function isJunkPath(segments: readonly string[]): boolean {
  const base = segments[segments.length - 1] ?? ''
  return segments.includes('__MACOSX') || base.startsWith('._') || JUNK_BASENAMES.has(base)
}

/**
 * When every file sits inside the same single top-level folder (a zip of the unpacked export, or
 * a folder that holds the export folder), that folder is removed so paths are export-relative.
 */
export function commonTopFolder(fileSegments: readonly (readonly string[])[]): string | undefined {
  const first = fileSegments[0]
  if (first === undefined || first.length < 2) return undefined
  const top = first[0]
  const shared = fileSegments.every((segments) => segments.length >= 2 && segments[0] === top)
  return shared ? top : undefined
}

/** The export date from the source name, else from the stripped top-level folder. */
export function exportDateOf(...names: (string | undefined)[]): string | undefined {
  for (const name of names) {
    const date = name === undefined ? undefined : parseExportFileDate(name)
    if (date !== undefined) return date
  }
  return undefined
}
