/**
 * Fatal import problems. Each carries a stable code and a one-line message that names the
 * problem for the user; the CLI prints the message and exits non-zero, and the store is untouched.
 * Problems with single rows are not errors: they are reported as skipped rows.
 */
export const IMPORT_ERROR_CODES = {
  notFound: 'the path does not exist',
  notAnExport: 'not a LinkedIn data export',
  corruptZip: 'the zip file is corrupt or truncated',
  unsafeZip: 'the zip file is unsafe',
  unsupportedZip: 'the zip file uses a feature that is not supported',
  tooLarge: 'the export exceeds the size limits',
  headerNotFound: 'a CSV header could not be found',
  badEncoding: 'a CSV file could not be decoded',
  olderExport: 'the export is older than one already imported',
} as const

export type ImportErrorCode = keyof typeof IMPORT_ERROR_CODES

export class ImportError extends Error {
  override name = 'ImportError'
  constructor(
    readonly code: ImportErrorCode,
    detail: string,
  ) {
    super(`${IMPORT_ERROR_CODES[code]}: ${detail}`)
  }
}
