/** The generator's public data model. */

export type Era = '2018' | '2021' | '2022' | '2024' | '2025' | '2026'
export type ExportKind = 'Basic' | 'Complete'

export interface Person {
  id: number
  firstName: string
  lastName: string
  /** As it appears in Connections.URL: percent-encoded when non-ASCII, case as given. */
  slug: string
  email?: string
  company?: string
  position?: string
  /** ISO date (YYYY-MM-DD). */
  connectedOn: string
  /** A hidden/closed member: written as a date-only row, and never in messages or invitations. */
  hidden: boolean
  /**
   * ISO date: the invented messages, endorsements, recommendations and notes with this person are
   * dated on or before it. createNetwork / evolveNetwork set it to their `asOf`, so rendering a later
   * export leaves an unchanged person's rows byte-identical. Absent: up to the export date.
   */
  activeUntil?: string
}

/** An invitation that was never accepted, to or from someone who is not a connection. */
export interface PendingInvitation {
  firstName: string
  lastName: string
  slug: string
  direction: 'INCOMING' | 'OUTGOING'
  /** ISO date. */
  sentOn: string
  message?: string
}

export interface Network {
  seed: number
  owner: { firstName: string; lastName: string; slug: string; headline: string }
  people: Person[]
  /** ISO date the network was generated or last evolved for; no one connected after it. */
  asOf?: string
  pending?: PendingInvitation[]
}

export interface CreateNetworkOptions {
  seed: number
  size: number
  /** Share of hidden/closed members, default 0.03. */
  hiddenRate?: number
  /** Share of connections with an Email Address, default 0.02. */
  emailRate?: number
  /** Latest connection date (ISO), default 2026-03-31. */
  asOf?: string
  /** Earliest connection date (ISO), default 12 years before asOf. */
  since?: string
}

export interface NetworkChanges {
  jobChanges?: number
  newConnections?: number
  removed?: number
  slugChanges?: number
  emailsRevealed?: number
  nameFixes?: number
}

export interface EvolveOptions extends NetworkChanges {
  seed: number
  /** New connections are dated on or before this ISO date; it becomes the network's asOf. */
  asOf: string
  /** New connections are dated after this ISO date; default the network's asOf. */
  since?: string
}

export interface NetworkChangeLog {
  jobChanges: number[]
  newConnections: number[]
  removed: number[]
  slugChanges: number[]
  emailsRevealed: number[]
  nameFixes: number[]
}

export interface RenderOptions {
  era: Era
  kind: ExportKind
  /** ISO date of the export; also the date in the archive name. */
  exportDate: string
  /** Approximate total message rows; default about 3 per visible connection. */
  messages?: number
  /** Put every entry inside one folder named like the archive. */
  topFolder?: boolean
  /** Default true. */
  includeProfile?: boolean
  quirks?: {
    /** Connections.csv as re-saved by Excel: BOM, CRLF, `5-Mar-21` dates, preamble deleted. */
    excelResave?: boolean
    /** A blank line after every record of every CSV file. */
    blankLinesEverywhere?: boolean
  }
}

export interface GeneratedExport {
  /** e.g. `Complete_LinkedInDataExport_04-12-2026.zip` */
  fileName: string
  /** Path inside the zip → bytes, in a fixed order. */
  files: Map<string, Uint8Array>
  /** Path → number of data rows written (header and preamble excluded), for summaries. */
  rowCounts: Map<string, number>
}
