/**
 * A copy of `text` that shares no memory with the string it was cut from. Substrings of a parsed
 * file keep the whole file's decoded text alive in V8 (sliced strings); values that outlive the
 * parse (interned cells, memo keys) are copied with this.
 */
export function detached(text: string): string {
  return text.length === 0 ? '' : Buffer.from(text, 'utf8').toString('utf8')
}
