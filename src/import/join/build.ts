/**
 * Joins the rows of every recognised file into one Contact per connection (minus the owner and
 * hidden rows), with identities. Pure: no store, no I/O.
 */
import type { Contact } from '../../vcard/contact.js'
import { assignIdentities, type Identity } from '../identity.js'
import { normaliseProfileUrl } from '../profile-url.js'
import type {
  ConnectionsResult, EndorsementRow, InvitationRow, NoteRow, ProfileRow, RecommendationRow, SkippedRow,
} from '../readers/types.js'
import type { Conversation } from './conversations.js'
import { emptyFacts, fullName, type ConnectionDraft } from './draft.js'
import { attachEndorsements, attachNotes, attachRecommendations } from './endorsements.js'
import { attachInvitations } from './invitations.js'
import { createLookup } from './lookup.js'
import { attachMessages } from './messages.js'
import { composeNote } from './note.js'
import { detectOwner, isOwnerName, isOwnerUrl } from './owner.js'

export interface ExportData {
  connections: ConnectionsResult
  invitations: InvitationRow[]
  /** messages.csv, folded into conversations while it was read (see conversations.ts). */
  conversations: Conversation[]
  notes: NoteRow[]
  endorsements: EndorsementRow[]
  recommendations: RecommendationRow[]
  profile?: ProfileRow
}

/** A contact ready to render, except for the UID and REV the store decides. */
export type ContactFields = Omit<Contact, 'uid' | 'rev'>

export interface BuiltContact {
  identity: Identity
  fields: ContactFields
  /** Where the row came from, for reports. */
  source: { file: string; line: number }
}

export interface LinkCounts {
  invitations: number
  messages: number
  notes: number
  endorsements: number
  recommendations: number
}

export interface BuildResult {
  contacts: BuiltContact[]
  skipped: SkippedRow[]
  hidden: number
  links: LinkCounts
}

export function buildContacts(data: ExportData, options: { includeMessageText: boolean }): BuildResult {
  const owner = detectOwner(data.profile, data.invitations, data.conversations)
  const skipped: SkippedRow[] = [...data.connections.skipped]
  const rows = data.connections.rows.filter((row) => {
    const isOwner = row.profileUrl ? isOwnerUrl(owner, row.profileUrl) : isOwnerName(owner, fullName(row.firstName, row.lastName))
    if (isOwner) skipped.push({ file: row.file, line: row.line, reason: 'the export owner, not a connection' })
    return !isOwner
  })
  const unique = dropDuplicateUrls(rows, skipped)
  const normalised = unique.map((row) => (row.profileUrl ? normaliseProfileUrl(row.profileUrl) : undefined))
  const identities = assignIdentities(
    unique.map((row, i) => ({ slug: normalised[i]?.slug, firstName: row.firstName, lastName: row.lastName, connectedOn: row.connectedOn, email: row.email })),
  )
  const drafts: ConnectionDraft[] = unique.map((row, i) => ({
    row, slug: normalised[i]?.slug, profileUrl: normalised[i]?.url, identity: identities[i]!, ...emptyFacts(),
  }))
  const lookup = createLookup(drafts)
  const links: LinkCounts = {
    invitations: attachInvitations(lookup, data.invitations),
    messages: attachMessages(lookup, owner, data.conversations),
    notes: attachNotes(lookup, data.notes),
    endorsements: attachEndorsements(lookup, data.endorsements),
    recommendations: attachRecommendations(lookup, data.recommendations),
  }
  const contacts = drafts.map((draft) => ({
    identity: draft.identity,
    fields: toFields(draft, options),
    source: { file: draft.row.file, line: draft.row.line },
  }))
  return { contacts, skipped, hidden: data.connections.hidden, links }
}

function dropDuplicateUrls<T extends { profileUrl?: string; file: string; line: number }>(rows: T[], skipped: SkippedRow[]): T[] {
  const firstLine = new Map<string, number>()
  return rows.filter((row) => {
    const slug = row.profileUrl ? normaliseProfileUrl(row.profileUrl)?.slug : undefined
    if (!slug) return true
    const seen = firstLine.get(slug)
    if (seen === undefined) {
      firstLine.set(slug, row.line)
      return true
    }
    skipped.push({ file: row.file, line: row.line, reason: `same profile URL as line ${seen}` })
    return false
  })
}

function toFields(draft: ConnectionDraft, options: { includeMessageText: boolean }): ContactFields {
  const { row } = draft
  const name = fullName(row.firstName, row.lastName)
  return {
    firstName: row.firstName,
    lastName: row.lastName,
    formattedName: name || draft.slug || row.email || 'LinkedIn connection',
    organization: row.company,
    title: row.position,
    emails: row.email ? [row.email] : [],
    profileUrl: draft.profileUrl,
    connectedOn: row.connectedOn,
    noteLines: composeNote(draft, options),
    categories: ['LinkedIn'],
  }
}
