/** Attaches to each connection the most recent invitation exchanged with them. */
import type { InvitationRow } from '../readers/types.js'
import type { ConnectionLookup } from './lookup.js'

export function attachInvitations(lookup: ConnectionLookup, rows: readonly InvitationRow[]): number {
  let attached = 0
  for (const row of rows) {
    const incoming = row.direction === 'INCOMING'
    const draft = lookup.find(incoming ? row.inviterUrl : row.inviteeUrl, incoming ? row.from : row.to)
    if (!draft) continue
    const current = draft.invitation
    if (current && (current.sentAt ?? '') >= (row.sentAt ?? '')) continue
    if (!current) attached++
    draft.invitation = { direction: row.direction, sentAt: row.sentAt, message: row.message }
  }
  return attached
}
