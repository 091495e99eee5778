/**
 * messages.csv in every era: 2018 (From/To/Direction, no URLs), 9 to 13 columns since 2020, and the
 * fully quoted 2026 file with multi-line CONTENT. Message text is kept only on request.
 */
import type { CsvTable } from '../csv/index.js'
import { parseMessageDate } from '../dates.js'
import { normaliseProfileUrl } from '../profile-url.js'
import { columnsOf, memoised, parseDirection } from './columns.js'
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
  const columns = columnsOf(table, HEADERS)
  const rows: MessageRow[] = []
  const skipped: SkippedRow[] = []
  const recipientUrls = memoised(splitProfileUrls)
  for (const record of table.records) {
    if (columns.text(record, 'draft').toLowerCase() === 'yes') {
      skipped.push({ file, line: record.line, reason: 'an unsent draft' })
      continue
    }
    const row: MessageRow = {
      conversationId: columns.optional(record, 'conversationId'),
      from: columns.text(record, 'from'),
      senderUrl: columns.profileUrl(record, 'senderUrl'),
      to: columns.text(record, 'to'),
      recipientUrls: [...recipientUrls(columns.text(record, 'recipientUrls'))],
      date: parseMessageDate(columns.text(record, 'date')),
      direction: parseDirection(columns.text(record, 'direction')),
      folder: columns.optional(record, 'folder'),
      content: options.keepText ? columns.optional(record, 'content') : undefined,
    }
    if (row.from === '' && row.senderUrl === undefined && row.to === '' && row.recipientUrls.length === 0) {
      skipped.push({ file, line: record.line, reason: 'no sender and no recipient' })
      continue
    }
    rows.push(row)
  }
  return { rows, skipped }
}

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
