import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const FIXTURE_DIR = fileURLToPath(new URL('../fixtures/vcards/', import.meta.url))

/** Every fixture file name under test/fixtures/vcards/. */
export const FIXTURE_NAMES: readonly string[] = readdirSync(FIXTURE_DIR).filter((name) => name.endsWith('.vcf')).sort()

/** A fixture's exact text (the files are CRLF, UTF-8). */
export function readFixture(name: string): string {
  return readFileSync(`${FIXTURE_DIR}${name}`, 'utf8')
}

/** Joins lines with CRLF and ends with CRLF, the way the fixtures are written. */
export function crlf(...lines: string[]): string {
  return lines.map((line) => `${line}\r\n`).join('')
}

/** Removes folds (CRLF + one SPACE or TAB). */
export function unfold(text: string): string {
  return text.replace(/\r\n[ \t]/g, '')
}

export function utf8Length(text: string): number {
  return Buffer.byteLength(text, 'utf8')
}
