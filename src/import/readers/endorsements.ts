/**
 * Endorsement_Received_Info.csv. The 2022 exports hold it twice: a legacy UTF-16 tab-separated
 * `Endorsement Received Info.csv` next to the normal UTF-8 file, with the same endorsements. So this
 * reader takes every recognised endorsement file at once and returns each endorsement once.
 */
import type { CsvTable } from '../csv/index.js'
import { parseSlashUtc } from '../dates.js'
import { normaliseProfileUrl } from '../profile-url.js'
import { columnsOf } from './columns.js'
import type { EndorsementRow, ReadResult, SkippedRow } from './types.js'

const HEADERS = {
  date: 'Endorsement Date',
  skill: 'Skill Name',
  firstName: 'Endorser First Name',
  lastName: 'Endorser Last Name',
  url: 'Endorser Public Url',
  status: 'Endorsement Status',
} as const

export interface EndorsementFile {
  path: string
  table: CsvTable
}

export function readEndorsementsReceived(files: readonly EndorsementFile[]): ReadResult<EndorsementRow> {
  const unique = new UniqueEndorsements()
  const skipped: SkippedRow[] = []
  for (const { path, table } of files) {
    const columns = columnsOf(table, HEADERS)
    for (const record of table.records) {
      const row: EndorsementRow = {
        date: parseSlashUtc(columns.text(record, 'date')),
        skill: columns.text(record, 'skill'),
        firstName: columns.text(record, 'firstName'),
        lastName: columns.text(record, 'lastName'),
        profileUrl: columns.profileUrl(record, 'url'),
        status: columns.optional(record, 'status'),
      }
      const reason = row.skill === '' ? 'no skill name'
        : row.firstName === '' && row.lastName === '' && row.profileUrl === undefined ? 'no endorser name and no profile URL'
          : undefined
      if (reason === undefined) unique.add(row)
      else skipped.push({ file: path, line: record.line, reason })
    }
  }
  return { rows: unique.rows(), skipped }
}

/**
 * A member endorses a skill at most once, so (skill, endorser name) identifies an endorsement; two
 * rows with different profile URLs are still two people. A duplicate fills in fields its first
 * copy lacks (the legacy file has no URL column, for instance).
 */
class UniqueEndorsements {
  private readonly byKey = new Map<string, EndorsementRow[]>()
  private readonly ordered: EndorsementRow[] = []

  add(row: EndorsementRow): void {
    const key = [row.skill, row.firstName, row.lastName].map((part) => part.toLowerCase()).join('\u0000')
    const candidates = this.byKey.get(key) ?? []
    const same = candidates.find((seen) => sameEndorser(seen, row))
    if (same !== undefined) {
      same.date ??= row.date
      same.profileUrl ??= row.profileUrl
      same.status ??= row.status
      return
    }
    candidates.push(row)
    this.byKey.set(key, candidates)
    this.ordered.push(row)
  }

  rows(): EndorsementRow[] {
    return this.ordered.map((row) => ({ ...row }))
  }
}

function sameEndorser(a: EndorsementRow, b: EndorsementRow): boolean {
  if (a.profileUrl === undefined || b.profileUrl === undefined) return true
  return normaliseProfileUrl(a.profileUrl)?.slug === normaliseProfileUrl(b.profileUrl)?.slug
}
