import { hash } from 'node:crypto'

/**
 * The strong, quoted ETag of a stored body: `"` + the first 32 hex digits of the SHA-256 of its
 * UTF-8 bytes + `"`. It is computed on exactly the text that is stored and served, so it changes
 * if and only if the served bytes change.
 */
export function etagOf(body: string): string {
  return `"${hash('sha256', body, 'hex').slice(0, 32)}"`
}

/** Length in bytes of `body` once encoded as UTF-8 (the stored `size`). */
export function utf8Size(body: string): number {
  return Buffer.byteLength(body, 'utf8')
}
