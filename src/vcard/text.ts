/**
 * Escaping and splitting of TEXT values (RFC 6350 §3.4, RFC 2426 §5). All functions here work on
 * the escaped wire form, except `unescapeText`, which produces the plain text.
 */

const ESCAPES: Readonly<Record<string, string>> = {
  '\\': '\\\\',
  ',': '\\,',
  ';': '\\;',
  '\r\n': '\\n',
  '\r': '\\n',
  '\n': '\\n',
}

/** Escapes backslash, comma and semicolon, and turns any line break (CRLF, CR, LF) into `\n`. */
export function escapeText(text: string): string {
  return text.replace(/\r\n|[\r\n\\,;]/g, (match) => ESCAPES[match] ?? match)
}

/**
 * Reverses `escapeText`: `\n` and `\N` become LF; `\,` `\;` `\\` and the tolerated `\:` give the
 * character. Any other backslash sequence (e.g. `C:\Users`) is kept as written, so that sloppy
 * producers lose nothing.
 */
export function unescapeText(value: string): string {
  if (!value.includes('\\')) return value
  return value.replace(/\\([\s\S])/g, (sequence, char: string) => {
    if (char === 'n' || char === 'N') return '\n'
    if (char === ',' || char === ';' || char === '\\' || char === ':') return char
    return sequence
  })
}

/** Splits escaped text on every `separator` not preceded by an escaping backslash. */
function splitUnescaped(value: string, separator: ',' | ';'): string[] {
  if (!value.includes(separator)) return [value]
  const parts: string[] = []
  let start = 0
  for (let i = 0; i < value.length; i++) {
    const char = value[i]
    if (char === '\\') {
      i++
    } else if (char === separator) {
      parts.push(value.slice(start, i))
      start = i + 1
    }
  }
  parts.push(value.slice(start))
  return parts
}

/** Splits a structured value (N, ADR, ORG…) into its components; each stays escaped. */
export function splitStructured(value: string): string[] {
  return splitUnescaped(value, ';')
}

/** Splits a list value (CATEGORIES, NICKNAME…) into its items; each stays escaped. */
export function splitList(value: string): string[] {
  return splitUnescaped(value, ',')
}
