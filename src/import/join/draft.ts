/** A connection being assembled from every file of one export, before it becomes a Contact. */
import type { Identity } from '../identity.js'
import type { ConnectionRow, EndorsementRow, NoteRow, RecommendationRow } from '../readers/types.js'

export interface InvitationFact {
  direction: 'INCOMING' | 'OUTGOING'
  sentAt?: string
  message?: string
}

export interface MessageFacts {
  count: number
  lastAt?: string
  lastText?: string
  lastFromContact?: boolean
}

export interface ConnectionDraft {
  row: ConnectionRow
  /** Normalised slug (identity key) and canonical profile URL, when the export has them. */
  slug?: string
  profileUrl?: string
  identity: Identity
  invitation?: InvitationFact
  messages: MessageFacts
  notes: NoteRow[]
  endorsedSkills: Set<string>
  recommendations: RecommendationRow[]
}

export function fullName(firstName: string, lastName: string): string {
  return `${firstName} ${lastName}`.trim().replace(/\s+/g, ' ')
}

export function emptyFacts(): Pick<ConnectionDraft, 'messages' | 'notes' | 'endorsedSkills' | 'recommendations'> {
  return { messages: { count: 0 }, notes: [], endorsedSkills: new Set(), recommendations: [] }
}

export type { EndorsementRow }
