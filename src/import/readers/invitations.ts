/** Invitations.csv: 5 columns until late 2023, then 7 with the inviter and invitee profile URLs. */
import type { CsvTable } from '../csv/index.js'
import { parseUsShortDateTime } from '../dates.js'
import { columnsOf, parseDirection } from './columns.js'
import type { InvitationRow, ReadResult, SkippedRow } from './types.js'

const HEADERS = {
  from: 'From',
  to: 'To',
  sentAt: 'Sent At',
  message: 'Message',
  direction: 'Direction',
  inviterUrl: 'inviterProfileUrl',
  inviteeUrl: 'inviteeProfileUrl',
} as const

export function readInvitations(table: CsvTable, file: string): ReadResult<InvitationRow> {
  const columns = columnsOf(table, HEADERS)
  const rows: InvitationRow[] = []
  const skipped: SkippedRow[] = []
  for (const record of table.records) {
    const direction = parseDirection(columns.text(record, 'direction'))
    if (direction === undefined) {
      skipped.push({ file, line: record.line, reason: 'the direction is neither INCOMING nor OUTGOING' })
      continue
    }
    const row: InvitationRow = {
      from: columns.text(record, 'from'),
      to: columns.text(record, 'to'),
      sentAt: parseUsShortDateTime(columns.text(record, 'sentAt')),
      message: columns.optional(record, 'message'),
      direction,
      inviterUrl: columns.profileUrl(record, 'inviterUrl'),
      inviteeUrl: columns.profileUrl(record, 'inviteeUrl'),
    }
    if (row.from === '' && row.to === '' && row.inviterUrl === undefined && row.inviteeUrl === undefined) {
      skipped.push({ file, line: record.line, reason: 'no inviter and no invitee' })
      continue
    }
    rows.push(row)
  }
  return { rows, skipped }
}
