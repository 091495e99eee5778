/**
 * Whether a served card says the same as the stored one. Servers may re-serialise what they store
 * (Radicale 3.1.8 reorders properties and upper-cases names such as X-ABLabel), so cards are
 * compared as sorted sets of unfolded content lines with upper-cased property names.
 */

function contentLines(body: string): string[] {
  return body
    .replace(/\r\n?/g, '\n')
    .replace(/\n[ \t]/g, '')
    .split('\n')
    .filter((line) => line.length > 0)
    .map((line) => line.replace(/^[^:;]+/, (name) => name.toUpperCase()))
    .sort()
}

export function sameCard(served: string, stored: string): boolean {
  const a = contentLines(served)
  const b = contentLines(stored)
  return a.length === b.length && a.every((line, i) => line === b[i])
}
