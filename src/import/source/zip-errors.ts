/** Turns yauzl and zlib failures into one-line ImportErrors; nothing raw ever reaches the user. */
import { ImportError, type ImportErrorCode } from '../errors.js'
import { printableName } from './paths.js'

interface FailureRule {
  matches: RegExp
  code: ImportErrorCode
  describe: (subject: string) => string
}

/** yauzl reports everything through Error messages, so its known messages are matched here, once. */
const FAILURE_RULES: readonly FailureRule[] = [
  { matches: /end of central directory record signature not found/i, code: 'corruptZip', describe: (s) => `${s} has no central directory (the file is truncated or not a zip)` },
  { matches: /too many bytes in the stream/i, code: 'unsafeZip', describe: (s) => `${s} inflates to more bytes than it declares` },
  { matches: /not enough bytes in the stream/i, code: 'corruptZip', describe: (s) => `${s} inflates to fewer bytes than it declares` },
  { matches: /compressed\/uncompressed size mismatch/i, code: 'corruptZip', describe: (s) => `${s} declares sizes that do not match its stored data` },
  { matches: /encrypt/i, code: 'unsupportedZip', describe: (s) => `${s} is encrypted; password-protected zips are not supported` },
  { matches: /unexpected end of file|invalid (block type|distance|stored block|code)|incorrect header check|Z_DATA_ERROR|Z_BUF_ERROR/i, code: 'corruptZip', describe: (s) => `${s} has damaged compressed data` },
  { matches: /unexpected EOF|central directory|signature|zip64|extra field|comment length|multi-disk/i, code: 'corruptZip', describe: (s) => `${s} is truncated or has a damaged zip structure` },
]

/**
 * `subject` names what was being read: the zip itself or one entry. Unknown failures still become
 * corruptZip, with yauzl's first line as a hint.
 */
export function zipFailure(error: unknown, subject: string): ImportError {
  if (error instanceof ImportError) return error
  const message = error instanceof Error ? error.message : String(error)
  const code = error instanceof Error && 'code' in error ? String(error.code) : ''
  const rule = FAILURE_RULES.find((candidate) => candidate.matches.test(message) || candidate.matches.test(code))
  if (rule !== undefined) return new ImportError(rule.code, rule.describe(subject))
  const hint = message.split(/\r?\n/)[0]?.trim() ?? ''
  return new ImportError('corruptZip', `${subject} could not be read (${hint.slice(0, 200)})`)
}

export function entrySubject(entryName: string): string {
  return `entry ${printableName(entryName)}`
}

export function zipSubject(zipName: string): string {
  return printableName(zipName)
}
