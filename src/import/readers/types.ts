/**
 * Row types produced by the readers. Every string is trimmed; optional fields are undefined when
 * empty. Profile URLs are canonical (`normaliseProfileUrl(...).url`); a value that is not a
 * LinkedIn profile URL is left out. Dates are ISO strings (see dates.ts for each column's form).
 */

export interface SkippedRow {
  file: string
  line: number
  reason: string
}

export interface ConnectionRow {
  file: string
  line: number
  firstName: string
  lastName: string
  profileUrl?: string
  email?: string
  company?: string
  position?: string
  /** ISO date 'YYYY-MM-DD'. */
  connectedOn?: string
  rawConnectedOn: string
}

export interface ConnectionsResult {
  rows: ConnectionRow[]
  /** Rows with no first name, no last name and no URL: members who hide themselves. */
  hidden: number
  skipped: SkippedRow[]
  hasUrlColumn: boolean
}

export interface InvitationRow {
  from: string
  to: string
  /** 'YYYY-MM-DDTHH:MM', no time zone. */
  sentAt?: string
  message?: string
  direction: 'INCOMING' | 'OUTGOING'
  inviterUrl?: string
  inviteeUrl?: string
}

export interface MessageRow {
  conversationId?: string
  from: string
  senderUrl?: string
  to: string
  recipientUrls: string[]
  /** 'YYYY-MM-DDTHH:MM:SSZ' (2020+) or 'YYYY-MM-DDTHH:MM' (2018). */
  date?: string
  /** Only the 2018 file has a Direction column. */
  direction?: 'INCOMING' | 'OUTGOING'
  folder?: string
  /** Only when the reader was asked to keep text. */
  content?: string
}

export interface NoteRow {
  firstName: string
  lastName: string
  profileUrl?: string
  note: string
  /** 'YYYY-MM-DDTHH:MM:SSZ'. */
  createdOn?: string
  editedOn?: string
}

export interface EndorsementRow {
  /** 'YYYY-MM-DDTHH:MM:SSZ'. */
  date?: string
  skill: string
  firstName: string
  lastName: string
  profileUrl?: string
  status?: string
}

export interface RecommendationRow {
  firstName: string
  lastName: string
  company?: string
  jobTitle?: string
  text: string
  /** 'YYYY-MM-DDTHH:MM', no time zone. */
  createdOn?: string
  status?: string
}

export interface ProfileRow {
  firstName: string
  lastName: string
  headline?: string
}

export interface ReadResult<T> {
  rows: T[]
  skipped: SkippedRow[]
}
