/**
 * Connections.csv, every era: with or without the URL column (mid-2023), with or without the
 * `Notes:` preamble (handled by the CSV layer). Rows that carry only a date are hidden members;
 * they are counted, not reported as skipped.
 */
import type { CsvTable } from '../csv/index.js'
import { parseConnectedOn } from '../dates.js'
import { columnsOf } from './columns.js'
import type { ConnectionRow, ConnectionsResult, SkippedRow } from './types.js'

const HEADERS = {
  firstName: 'First Name',
  lastName: 'Last Name',
  url: 'URL',
  email: 'Email Address',
  company: 'Company',
  position: 'Position',
  connectedOn: 'Connected On',
} as const

export function readConnections(table: CsvTable, file: string): ConnectionsResult {
  const columns = columnsOf(table, HEADERS)
  const rows: ConnectionRow[] = []
  const skipped: SkippedRow[] = []
  let hidden = 0
  for (const record of table.records) {
    const firstName = columns.text(record, 'firstName')
    const lastName = columns.text(record, 'lastName')
    const rawUrl = columns.text(record, 'url')
    const profileUrl = columns.profileUrl(record, 'url')
    const email = columns.optional(record, 'email')
    const company = columns.optional(record, 'company')
    const position = columns.optional(record, 'position')
    const hasName = firstName !== '' || lastName !== ''
    if (!hasName && rawUrl === '') {
      if (email === undefined && company === undefined && position === undefined) hidden += 1
      else skipped.push({ file, line: record.line, reason: 'no name and no profile URL' })
      continue
    }
    if (!hasName && profileUrl === undefined) {
      skipped.push({ file, line: record.line, reason: 'no name, and the URL is not a LinkedIn profile URL' })
      continue
    }
    const rawConnectedOn = columns.text(record, 'connectedOn')
    rows.push({
      file,
      line: record.line,
      firstName,
      lastName,
      profileUrl,
      email,
      company,
      position,
      connectedOn: parseConnectedOn(rawConnectedOn),
      rawConnectedOn,
    })
  }
  return { rows, hidden, skipped, hasUrlColumn: columns.has('url') }
}
