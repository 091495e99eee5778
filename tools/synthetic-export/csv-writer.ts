/**
 * The one place that turns records into CSV text and text into bytes. LinkedIn's defaults: comma,
 * RFC-4180 quoting only where needed, LF, a final line end (Connections.csv has none), UTF-8 without BOM.
 */

export interface CsvStyle {
  delimiter: ',' | '\t'
  /** Quote every field, header included (messages.csv since 2026, the legacy UTF-16 file). */
  quoteAll: boolean
  lineEnd: '\n' | '\r\n'
  /** Whether the last record is followed by a line end. */
  finalLineEnd: boolean
  /** Quirk: an empty line after every record. */
  blankLineAfterRecords: boolean
}

export const LINKEDIN_CSV: CsvStyle = {
  delimiter: ',',
  quoteAll: false,
  lineEnd: '\n',
  finalLineEnd: true,
  blankLineAfterRecords: false,
}

export type CsvRecord = readonly string[]

export function formatCsv(records: readonly CsvRecord[], style: CsvStyle = LINKEDIN_CSV): string {
  const { delimiter, quoteAll, lineEnd } = style
  const needsQuotes = delimiter === ',' ? /[",\r\n]/ : /["\t\r\n]/
  const field = (value: string) =>
    quoteAll || needsQuotes.test(value) ? `"${value.replace(/"/g, '""')}"` : value
  const terminator = style.blankLineAfterRecords ? lineEnd + lineEnd : lineEnd
  const lines = records.map((record) => record.map(field).join(delimiter))
  return lines.join(terminator) + (style.finalLineEnd && lines.length > 0 ? terminator : '')
}

export type TextEncoding = 'utf8' | 'utf8-bom' | 'utf16le-bom'

const UTF8_BOM = Uint8Array.of(0xef, 0xbb, 0xbf)
const UTF16LE_BOM = Uint8Array.of(0xff, 0xfe)

export function encodeText(text: string, encoding: TextEncoding = 'utf8'): Uint8Array {
  if (encoding === 'utf8') return asPlainBytes(Buffer.from(text, 'utf8'))
  const [bom, body] = encoding === 'utf8-bom' ? [UTF8_BOM, Buffer.from(text, 'utf8')] : [UTF16LE_BOM, Buffer.from(text, 'utf16le')]
  const bytes = new Uint8Array(bom.length + body.length)
  bytes.set(bom, 0)
  bytes.set(body, bom.length)
  return bytes
}

/** A view on the same memory, typed as a plain Uint8Array (no copy). */
function asPlainBytes(buffer: Buffer): Uint8Array {
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength)
}
