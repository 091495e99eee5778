/** Recommendations_Received.csv (2017–18: `Recommendations Received.csv`). It has no URL column. */
import type { CsvTable } from '../csv/index.js'
import { parseUsShortDateTime } from '../dates.js'
import { columnsOf } from './columns.js'
import type { ReadResult, RecommendationRow, SkippedRow } from './types.js'

const HEADERS = {
  firstName: 'First Name',
  lastName: 'Last Name',
  company: 'Company',
  jobTitle: 'Job Title',
  text: 'Text',
  createdOn: 'Creation Date',
  status: 'Status',
} as const

export function readRecommendationsReceived(table: CsvTable, file: string): ReadResult<RecommendationRow> {
  const columns = columnsOf(table, HEADERS)
  const rows: RecommendationRow[] = []
  const skipped: SkippedRow[] = []
  for (const record of table.records) {
    const row: RecommendationRow = {
      firstName: columns.text(record, 'firstName'),
      lastName: columns.text(record, 'lastName'),
      company: columns.optional(record, 'company'),
      jobTitle: columns.optional(record, 'jobTitle'),
      text: columns.text(record, 'text'),
      createdOn: parseUsShortDateTime(columns.text(record, 'createdOn')),
      status: columns.optional(record, 'status'),
    }
    const reason = row.text === '' ? 'an empty recommendation'
      : row.firstName === '' && row.lastName === '' ? 'no recommender name'
        : undefined
    if (reason === undefined) rows.push(row)
    else skipped.push({ file, line: record.line, reason })
  }
  return { rows, skipped }
}
