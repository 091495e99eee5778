/**
 * messages.csv in every era: 2018 (From/To/Direction, no URLs), 9 to 13 columns since 2020, and the
 * fully quoted 2026 file with multi-line CONTENT. Message text is kept only on request.
 */
import type { CsvRecord, CsvTable } from '../csv/index.js'
import { parseMessageDate } from '../dates.js'
import { normaliseProfileUrl } from '../profile-url.js'
import { detached } from '../detached.js'
import { columnsOf, interner, memoised, parseDirection } from './columns.js'
import type { MessageRow, ReadResult, SkippedRow } from './types.js'

const HEADERS = {
  conversationId: 'CONVERSATION ID',
  from: 'FROM',
  senderUrl: 'SENDER PROFILE URL',
  to: 'TO',
  recipientUrls: 'RECIPIENT PROFILE URLS',
  date: 'DATE',
  content: 'CONTENT',
  folder: 'FOLDER',
  direction: 'DIRECTION',
  draft: 'IS MESSAGE DRAFT',
} as const

export interface ReadMessagesOptions {
  keepText: boolean
}

export function readMessages(table: CsvTable, file: string, options: ReadMessagesOptions): ReadResult<MessageRow> {
  const reader = messagesReader(table, file, options)
  for (const record of table.records) reader.add(record)
  return reader.result()
}

/**
 * The messages reader one record at a time, for a file that is streamed rather than tabled. With
 * `onRow`, each row is handed over as it is read and none is kept (`result().rows` stays empty).
 */
export function messagesReader(
  table: Pick<CsvTable, 'header'>,
  file: string,
  options: ReadMessagesOptions,
  onRow?: (row: MessageRow) => void,
): { add(record: CsvRecord): void; result(): ReadResult<MessageRow> } {
  const columns = columnsOf(table, HEADERS)
  const rows: MessageRow[] = []
  const emit = onRow ?? ((row: MessageRow) => rows.push(row))
  const skipped: SkippedRow[] = []
  const recipientUrls = memoised(splitProfileUrls)
  const own = interner()
  const ownOptional = (text: string | undefined) => (text === undefined ? undefined : own(text))
  return {
    add(record) {
      if (columns.text(record, 'draft').toLowerCase() === 'yes') {
        skipped.push({ file, line: record.line, reason: 'an unsent draft' })
        return
      }
      const row: MessageRow = {
        conversationId: ownOptional(columns.optional(record, 'conversationId')),
        from: own(columns.text(record, 'from')),
        senderUrl: columns.profileUrl(record, 'senderUrl'),
        to: own(columns.text(record, 'to')),
        recipientUrls: [...recipientUrls(columns.text(record, 'recipientUrls'))],
        date: parseMessageDate(columns.text(record, 'date')),
        direction: parseDirection(columns.text(record, 'direction')),
        folder: ownOptional(columns.optional(record, 'folder')),
        content: options.keepText ? detachedOptional(columns.optional(record, 'content')) : undefined,
      }
      if (row.from === '' && row.senderUrl === undefined && row.to === '' && row.recipientUrls.length === 0) {
        skipped.push({ file, line: record.line, reason: 'no sender and no recipient' })
        return
      }
      emit(row)
    },
    result: () => ({ rows, skipped }),
  }
}

const detachedOptional = (text: string | undefined) => (text === undefined ? undefined : detached(text))

/**
 * RECIPIENT PROFILE URLS joins several URLs with ',' or ';' (sources disagree), so the cell is cut
 * where each URL starts; scheme-less pieces are further cut on separators. Canonical, de-duplicated.
 */
export function splitProfileUrls(cell: string): string[] {
  if (cell === '') return []
  const urls = new Set<string>()
  for (const piece of cell.split(/(?=https?:\/\/)/i)) {
    for (const candidate of piece.split(/[,;\s]+/)) {
      const url = candidate === '' ? undefined : normaliseProfileUrl(candidate)?.url
      if (url !== undefined) urls.add(url)
    }
  }
  return [...urls]
}
