/** Profile.csv: the account owner (one row), used to recognise the owner among the other files. */
import type { CsvTable } from '../csv/index.js'
import { columnsOf } from './columns.js'
import type { ProfileRow, ReadResult, SkippedRow } from './types.js'

const HEADERS = { firstName: 'First Name', lastName: 'Last Name', headline: 'Headline' } as const

export function readProfile(table: CsvTable, file: string): ReadResult<ProfileRow> {
  const columns = columnsOf(table, HEADERS)
  const rows: ProfileRow[] = []
  const skipped: SkippedRow[] = []
  for (const record of table.records) {
    const row: ProfileRow = {
      firstName: columns.text(record, 'firstName'),
      lastName: columns.text(record, 'lastName'),
      headline: columns.optional(record, 'headline'),
    }
    if (row.firstName === '' && row.lastName === '') skipped.push({ file, line: record.line, reason: 'no name' })
    else rows.push(row)
  }
  return { rows, skipped }
}
