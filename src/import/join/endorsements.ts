/** Notes, endorsements and recommendations received, attached to the connection who wrote them. */
import type { EndorsementRow, NoteRow, RecommendationRow } from '../readers/types.js'
import { fullName } from './draft.js'
import type { ConnectionLookup } from './lookup.js'

const HIDDEN_STATUSES = new Set(['HIDDEN', 'REJECTED', 'PENDING'])

export function attachNotes(lookup: ConnectionLookup, rows: readonly NoteRow[]): number {
  let attached = 0
  for (const row of rows) {
    const draft = lookup.find(row.profileUrl, fullName(row.firstName, row.lastName))
    if (!draft || !row.note.trim()) continue
    draft.notes.push(row)
    attached++
  }
  return attached
}

export function attachEndorsements(lookup: ConnectionLookup, rows: readonly EndorsementRow[]): number {
  let attached = 0
  for (const row of rows) {
    if (row.status && HIDDEN_STATUSES.has(row.status.toUpperCase())) continue
    const draft = lookup.find(row.profileUrl, fullName(row.firstName, row.lastName))
    if (!draft || !row.skill.trim()) continue
    draft.endorsedSkills.add(row.skill.trim())
    attached++
  }
  return attached
}

export function attachRecommendations(lookup: ConnectionLookup, rows: readonly RecommendationRow[]): number {
  let attached = 0
  for (const row of rows) {
    if (row.status && HIDDEN_STATUSES.has(row.status.toUpperCase())) continue
    const draft = lookup.byName(fullName(row.firstName, row.lastName))
    if (!draft || !row.text.trim()) continue
    draft.recommendations.push(row)
    attached++
  }
  return attached
}
