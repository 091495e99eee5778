/**
 * CSV text to a table: papaparse in array mode, then the header is searched for by signature
 * among the first records (Connections.csv may or may not start with a `Notes:` preamble whose
 * quoted sentence is full of commas, so no fixed number of lines is ever skipped).
 */
import Papa from 'papaparse'
import { ImportError } from '../errors.js'
import type { TextEncodingName } from './decode.js'
import { sniffDelimiter, sniffLineBreak, type LineBreak } from './sniff.js'

export interface CsvRecord {
  /** 1-based physical line on which the record starts. */
  line: number
  /** Exactly as many cells as the header has (ragged rows are padded or cut). Not trimmed. */
  cells: string[]
}

export interface CsvTable {
  /** Header cells, trimmed; trailing empty header cells (a trailing comma) removed. */
  header: string[]
  records: CsvRecord[]
  encoding: TextEncodingName
  delimiter: string
}

export interface ParseCsvOptions {
  /** Recorded in the table; the text is already decoded. Default 'utf-8'. */
  encoding?: TextEncodingName
  /** Non-blank records examined for the header. Default 10. */
  maxHeaderSearchLines?: number
}

const DEFAULT_HEADER_SEARCH = 10

/** `isHeader` receives the trimmed cells of each candidate record. */
export function parseCsvTable(text: string, isHeader: (cells: string[]) => boolean, options: ParseCsvOptions = {}): CsvTable {
  const records: CsvRecord[] = []
  const table = parseCsvStream(text, isHeader, () => (record) => records.push(record), options)
  return { ...table, records }
}

/** What a streamed parse returns: the table without its records, and how many there were. */
export type CsvStreamResult = Omit<CsvTable, 'records'> & { recordCount: number }

/**
 * Like parseCsvTable, but hands each record after the header to a consumer instead of keeping
 * them: a 100,000-row file then never exists as a table. `onHeader` receives the header and
 * returns the consumer of the records.
 */
export function parseCsvStream(
  text: string,
  isHeader: (cells: string[]) => boolean,
  onHeader: (header: string[]) => (record: CsvRecord) => void,
  options: ParseCsvOptions = {},
): CsvStreamResult {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text
  const lineBreak = sniffLineBreak(body)
  const delimiter = sniffDelimiter(body)
  const searchLimit = options.maxHeaderSearchLines ?? DEFAULT_HEADER_SEARCH
  const lines = new LineCounter(body, lineBreak)
  let consume: ((record: CsvRecord) => void) | undefined
  let recordCount = 0
  let header: string[] | undefined
  let searched = 0
  let recordStart = 0

  Papa.parse<string[]>(body, {
    header: false,
    delimiter,
    newline: lineBreak,
    quoteChar: '"',
    escapeChar: '"',
    step: (result, parser) => {
      const start = recordStart
      recordStart = result.meta.cursor
      const cells = result.data
      if (cells.every((cell) => cell.trim() === '')) return
      if (header !== undefined) {
        recordCount++
        consume!({ line: lines.lineAt(start), cells: fitTo(cells, header.length) })
        return
      }
      const trimmed = cells.map((cell) => cell.trim())
      if (isHeader(trimmed)) {
        header = withoutTrailingEmpty(trimmed)
        consume = onHeader(header)
      } else if (++searched >= searchLimit) parser.abort()
    },
  })

  if (header === undefined) {
    throw new ImportError('headerNotFound', `no expected header row in the first ${searchLimit} rows`)
  }
  return { header, recordCount, encoding: options.encoding ?? 'utf-8', delimiter }
}

/** Maps a header name (trimmed, case-insensitive) to its column; the first of duplicate names wins. */
export function columnIndex(table: Pick<CsvTable, 'header'>): (name: string) => number | undefined {
  const columns = new Map<string, number>()
  table.header.forEach((name, index) => {
    const key = name.trim().toLowerCase()
    if (!columns.has(key)) columns.set(key, index)
  })
  return (name) => columns.get(name.trim().toLowerCase())
}

function fitTo(cells: string[], width: number): string[] {
  if (cells.length === width) return cells
  if (cells.length > width) return cells.slice(0, width)
  return cells.concat(new Array<string>(width - cells.length).fill(''))
}

function withoutTrailingEmpty(cells: string[]): string[] {
  let end = cells.length
  while (end > 0 && cells[end - 1] === '') end -= 1
  return cells.slice(0, end)
}

/** Turns character offsets (always increasing) into 1-based line numbers in one pass over the text. */
class LineCounter {
  private offset = 0
  private line = 1
  private readonly breakChar: string

  constructor(
    private readonly text: string,
    lineBreak: LineBreak,
  ) {
    this.breakChar = lineBreak === '\r' ? '\r' : '\n'
  }

  lineAt(offset: number): number {
    let at = this.text.indexOf(this.breakChar, this.offset)
    while (at !== -1 && at < offset) {
      this.line += 1
      at = this.text.indexOf(this.breakChar, at + 1)
    }
    this.offset = offset
    return this.line
  }
}
