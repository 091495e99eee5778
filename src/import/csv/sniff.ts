/** Guesses the line break and the delimiter of a CSV text from its first lines. */

export type LineBreak = '\r\n' | '\n' | '\r'

/** The first line break decides; LinkedIn writes LF, Excel re-saves write CRLF. */
export function sniffLineBreak(text: string): LineBreak {
  const index = text.search(/[\r\n]/)
  if (index === -1 || text[index] === '\n') return '\n'
  return text[index + 1] === '\n' ? '\r\n' : '\r'
}

const CANDIDATE_DELIMITERS = [',', '\t'] as const
const SNIFF_LINES = 10
const SNIFF_CHARS = 64 * 1024

/**
 * Counts each candidate outside quotes over the first lines (quoted text such as the Connections
 * preamble sentence, full of commas, does not count). Comma wins ties: it is LinkedIn's normal
 * delimiter; TAB appears in the legacy UTF-16 files.
 */
export function sniffDelimiter(text: string): string {
  const counts = new Map<string, number>(CANDIDATE_DELIMITERS.map((d) => [d, 0]))
  let inQuotes = false
  let lines = 0
  const end = Math.min(text.length, SNIFF_CHARS)
  for (let i = 0; i < end && lines < SNIFF_LINES; i++) {
    const char = text[i] as string
    if (char === '"') inQuotes = !inQuotes
    else if (inQuotes) continue
    else if (char === '\n') lines += 1
    else if (counts.has(char)) counts.set(char, (counts.get(char) ?? 0) + 1)
  }
  let best: string = ','
  for (const [delimiter, count] of counts) if (count > (counts.get(best) ?? 0)) best = delimiter
  return best
}
