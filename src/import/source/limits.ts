/** Size and count limits shared by the zip and folder sources; each check throws a one-line ImportError. */
import { ImportError } from '../errors.js'
import { printableName } from './paths.js'
import { DEFAULT_LIMITS, RATIO_CHECK_FLOOR, type ExportLimits } from './types.js'

export function resolveLimits(overrides: Partial<ExportLimits> = {}): ExportLimits {
  const limits = { ...DEFAULT_LIMITS }
  for (const key of Object.keys(DEFAULT_LIMITS) as (keyof ExportLimits)[]) {
    const value = overrides[key]
    if (value !== undefined) {
      if (!(value > 0)) throw new RangeError(`export limit ${key} must be a positive number`)
      limits[key] = value
    }
  }
  return limits
}

export function formatBytes(bytes: number): string {
  const units = ['bytes', 'KiB', 'MiB', 'GiB', 'TiB']
  let value = bytes
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit += 1
  }
  return unit === 0 ? `${bytes} bytes` : `${value.toFixed(1)} ${units[unit]}`
}

export function checkEntryCount(count: number, limits: ExportLimits): void {
  if (count > limits.maxEntries) {
    throw new ImportError('tooLarge', `more than ${limits.maxEntries} entries (found ${count})`)
  }
}

export function checkDeclaredTotal(totalBytes: number, limits: ExportLimits): void {
  if (totalBytes > limits.maxTotalBytes) {
    throw new ImportError('tooLarge', `files total at least ${formatBytes(totalBytes)} (limit ${formatBytes(limits.maxTotalBytes)})`)
  }
}

export function checkDeclaredEntrySize(name: string, bytes: number, limits: ExportLimits): void {
  if (bytes > limits.maxEntryBytes) {
    throw new ImportError('tooLarge', `${printableName(name)} is ${formatBytes(bytes)} (limit ${formatBytes(limits.maxEntryBytes)})`)
  }
}

/** A zip entry that inflates far beyond its compressed size is how zip bombs work. */
export function checkCompressionRatio(name: string, uncompressed: number, compressed: number, limits: ExportLimits): void {
  if (uncompressed <= RATIO_CHECK_FLOOR) return
  const ratio = compressed === 0 ? Infinity : uncompressed / compressed
  if (ratio > limits.maxRatio) {
    const shown = Number.isFinite(ratio) ? `${Math.round(ratio)}:1` : 'from nothing'
    throw new ImportError('unsafeZip', `${printableName(name)} would inflate ${shown} (limit ${limits.maxRatio}:1)`)
  }
}

/** Counts bytes as they are read; throws as soon as one file grows past the per-entry limit. */
export function checkBytesRead(name: string, bytesSoFar: number, limits: ExportLimits): void {
  if (bytesSoFar > limits.maxEntryBytes) {
    throw new ImportError('tooLarge', `${printableName(name)} grew past ${formatBytes(limits.maxEntryBytes)} while reading`)
  }
}
