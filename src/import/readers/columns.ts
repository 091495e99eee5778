/** Header-name access to the cells of a record, shared by every reader. */
import { columnIndex, type CsvRecord, type CsvTable } from '../csv/index.js'
import { detached } from '../detached.js'
import { normaliseProfileUrl } from '../profile-url.js'

export interface Columns<K extends string> {
  /** Whether the table has this column at all. */
  has(key: K): boolean
  /** The trimmed cell, '' when empty or when the column is missing. */
  text(record: CsvRecord, key: K): string
  /** The trimmed cell, undefined when empty or missing. */
  optional(record: CsvRecord, key: K): string | undefined
  /** The canonical profile URL in the cell, undefined when empty or not a LinkedIn profile URL. */
  profileUrl(record: CsvRecord, key: K): string | undefined
}

/** `headers` maps the reader's own keys to LinkedIn's header names (matched trimmed, case-insensitively). */
export function columnsOf<K extends string>(table: Pick<CsvTable, 'header'>, headers: Readonly<Record<K, string>>): Columns<K> {
  const find = columnIndex(table)
  const indexes = {} as Record<K, number | undefined>
  for (const key of Object.keys(headers) as K[]) indexes[key] = find(headers[key])
  const text = (record: CsvRecord, key: K): string => {
    const index = indexes[key]
    return index === undefined ? '' : (record.cells[index] ?? '').trim()
  }
  const optional = (record: CsvRecord, key: K): string | undefined => text(record, key) || undefined
  const canonicalUrl = memoised((raw: string) => normaliseProfileUrl(raw)?.url)
  return {
    has: (key) => indexes[key] !== undefined,
    text,
    optional,
    profileUrl: (record, key) => {
      const raw = text(record, key)
      return raw === '' ? undefined : canonicalUrl(raw)
    },
  }
}

/**
 * Caches a pure function of a cell for one table: the same few profile URLs recur on thousands of
 * message rows, and normalising each one again dominated the time of the messages reader.
 */
export function memoised<T>(compute: (raw: string) => T): (raw: string) => T {
  const cache = new Map<string, { value: T }>()
  return (raw) => {
    let entry = cache.get(raw)
    if (entry === undefined) cache.set(raw, (entry = { value: compute(raw) }))
    return entry.value
  }
}

/**
 * Returns each distinct cell text once, as a string of its own. Substrings of a parsed file keep the
 * whole file's text alive in V8 (sliced strings); rows that outlive their table (100,000 messages)
 * would otherwise hold on to every byte of it.
 */
export function interner(): (text: string) => string {
  const seen = new Map<string, string>()
  return (text) => {
    let own = seen.get(text)
    if (own === undefined) {
      own = detached(text)
      seen.set(own, own)
    }
    return own
  }
}

/** `INCOMING` / `OUTGOING` in any case, else undefined. */
export function parseDirection(raw: string): 'INCOMING' | 'OUTGOING' | undefined {
  const upper = raw.trim().toUpperCase()
  return upper === 'INCOMING' || upper === 'OUTGOING' ? upper : undefined
}
