/** Notes.csv (Complete export, 2026): the owner's private note about a connection. */
import type { CsvTable } from '../csv/index.js'
import { parseDashUtc } from '../dates.js'
import { columnsOf } from './columns.js'
import type { NoteRow, ReadResult, SkippedRow } from './types.js'

const HEADERS = {
  firstName: 'Connection First Name',
  lastName: 'Connection Last Name',
  url: 'Connection Profile URL',
  note: 'Note',
  createdOn: 'Created On',
  editedOn: 'Edited On',
} as const

export function readNotes(table: CsvTable, file: string): ReadResult<NoteRow> {
  const columns = columnsOf(table, HEADERS)
  const rows: NoteRow[] = []
  const skipped: SkippedRow[] = []
  for (const record of table.records) {
    const row: NoteRow = {
      firstName: columns.text(record, 'firstName'),
      lastName: columns.text(record, 'lastName'),
      profileUrl: columns.profileUrl(record, 'url'),
      note: columns.text(record, 'note'),
      createdOn: parseDashUtc(columns.text(record, 'createdOn')),
      editedOn: parseDashUtc(columns.text(record, 'editedOn')),
    }
    const reason = row.note === '' ? 'an empty note'
      : row.firstName === '' && row.lastName === '' && row.profileUrl === undefined ? 'no name and no profile URL'
        : undefined
    if (reason === undefined) rows.push(row)
    else skipped.push({ file, line: record.line, reason })
  }
  return { rows, skipped }
}
