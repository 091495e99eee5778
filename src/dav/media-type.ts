/** Media types in Content-Type and Accept headers: `type/subtype; name=value; name="quoted"`. */

export interface MediaType {
  /** Lower-cased `type/subtype`. */
  type: string
  /** Parameter names lower-cased; values unquoted, case kept. */
  params: Map<string, string>
}

export function parseMediaType(text: string): MediaType {
  const [head = '', ...rest] = splitOutsideQuotes(text, ';')
  const params = new Map<string, string>()
  for (const part of rest) {
    const equals = part.indexOf('=')
    if (equals === -1) continue
    const name = part.slice(0, equals).trim().toLowerCase()
    params.set(name, unquote(part.slice(equals + 1).trim()))
  }
  return { type: head.trim().toLowerCase(), params }
}

/** The media ranges of an Accept header, each with its quality (default 1). */
export function parseAccept(header: string): Array<MediaType & { quality: number }> {
  return splitOutsideQuotes(header, ',')
    .filter((range) => range.trim() !== '')
    .map((range) => {
      const mediaType = parseMediaType(range)
      const quality = Number(mediaType.params.get('q') ?? '1')
      return { ...mediaType, quality: Number.isFinite(quality) ? quality : 0 }
    })
}

function unquote(value: string): string {
  if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) return value.slice(1, -1).replace(/\\(.)/g, '$1')
  return value
}

function splitOutsideQuotes(text: string, separator: string): string[] {
  const parts: string[] = []
  let current = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string
    if (c === '"') quoted = !quoted
    else if (c === '\\' && quoted && i + 1 < text.length) {
      current += c + (text[++i] as string)
      continue
    }
    if (c === separator && !quoted) {
      parts.push(current)
      current = ''
    } else current += c
  }
  parts.push(current)
  return parts
}
