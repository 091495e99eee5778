/**
 * One unfolded content line → group, name, parameters, value (RFC 6350 §3.3, RFC 2426 §4,
 * vCard 2.1 §2.1.2). Parameters keep their order, case and duplicates; DQUOTE-quoted values may
 * contain `;`, `,` and `:`; RFC 6868 caret sequences are left as written.
 */
import { bareParameterName } from './lookup.js'
import { VCardSyntaxError, type VParam, type VProperty } from './types.js'

/** RFC 6350 name syntax; only names like this are echoed in error messages. */
const PROPERTY_NAME = /^[A-Za-z0-9-]{1,64}$/
const SEMICOLON = 0x3b
const COLON = 0x3a
const COMMA = 0x2c
const EQUALS = 0x3d
const DQUOTE = 0x22

class ContentLineReader {
  position = 0
  /** Filled in once read; used in error messages, which never quote values (they may be logged). */
  propertyName = 'a content line'
  constructor(
    readonly line: string,
    readonly lineNumber: number,
  ) {}

  current(): number {
    return this.line.charCodeAt(this.position)
  }

  /** Reads up to (not including) the next character listed in `stops`, or the end. */
  readUntil(stops: readonly number[]): string {
    const start = this.position
    while (this.position < this.line.length && !stops.includes(this.line.charCodeAt(this.position))) this.position++
    return this.line.slice(start, this.position)
  }

  fail(message: string): never {
    throw new VCardSyntaxError(message, this.lineNumber)
  }
}

const PARAM_NAME_STOPS = [EQUALS, SEMICOLON, COLON]
const PARAM_VALUE_STOPS = [COMMA, SEMICOLON, COLON]

function readParamValue(reader: ContentLineReader): string {
  if (reader.current() !== DQUOTE) return reader.readUntil(PARAM_VALUE_STOPS)
  const close = reader.line.indexOf('"', reader.position + 1)
  if (close < 0) reader.fail(`unterminated quoted parameter value on ${reader.propertyName}`)
  const quoted = reader.line.slice(reader.position + 1, close)
  reader.position = close + 1
  // Anything between the closing quote and the next separator is kept rather than lost.
  return quoted + reader.readUntil(PARAM_VALUE_STOPS)
}

function readParam(reader: ContentLineReader): VParam | undefined {
  const name = reader.readUntil(PARAM_NAME_STOPS)
  if (reader.current() !== EQUALS) {
    return name === '' ? undefined : { name: bareParameterName(name), values: [name], bare: true }
  }
  reader.position++
  const values = [readParamValue(reader)]
  while (reader.current() === COMMA) {
    reader.position++
    values.push(readParamValue(reader))
  }
  return { name, values }
}

/** Index of the first `;` or `:` (the end of `group.NAME`), or -1. */
function endOfName(line: string): number {
  for (let index = 0; index < line.length; index++) {
    const code = line.charCodeAt(index)
    if (code === SEMICOLON || code === COLON) return index
  }
  return -1
}

/**
 * Parses one unfolded content line; `raw` (its source text) is stored on the property when
 * given. Throws VCardSyntaxError when the line has no `:` outside quotes.
 */
export function parseContentLine(line: string, lineNumber: number, raw?: string): VProperty {
  const reader = new ContentLineReader(line, lineNumber)
  const nameEnd = endOfName(line)
  if (nameEnd < 0) reader.fail("content line has no ':' between name and value (an unfolded line break in a value?)")
  const head = line.slice(0, nameEnd)
  const dot = head.indexOf('.')
  const group = dot >= 0 ? head.slice(0, dot) : undefined
  const name = dot >= 0 ? head.slice(dot + 1) : head
  if (name === '') reader.fail('content line has no property name')
  if (PROPERTY_NAME.test(name)) reader.propertyName = name
  const params: VParam[] = []
  reader.position = nameEnd
  while (reader.current() === SEMICOLON) {
    reader.position++
    const param = readParam(reader)
    if (param) params.push(param)
  }
  if (reader.current() !== COLON) reader.fail(`${reader.propertyName} has no ':' after its parameters`)
  const value = line.slice(reader.position + 1)
  const property: VProperty = group === undefined ? { name, params, value } : { group, name, params, value }
  if (raw !== undefined) property.raw = raw
  return property
}
