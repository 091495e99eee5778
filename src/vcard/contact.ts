/**
 * A LinkedIn connection as the renderer needs it. The importer builds these; `render.ts` turns
 * one into deterministic vCard 3.0 text. Plain data only: no parsing, no I/O.
 */
export interface Contact {
  /** `urn:uuid:<uuid>`; decided by src/import/identity.ts, never by the renderer. */
  uid: string
  firstName: string
  lastName: string
  /** Display name; the renderer never recomputes it. */
  formattedName: string
  organization?: string
  title?: string
  /** Email addresses LinkedIn gave (usually none, at most one). */
  emails: string[]
  /** Canonical profile URL, e.g. `https://www.linkedin.com/in/ada-example`. */
  profileUrl?: string
  /** ISO date (YYYY-MM-DD) the connection was made. */
  connectedOn?: string
  /** Human-readable note lines (connected on, invitation, messages, recommendations, ...). */
  noteLines: string[]
  /** CATEGORIES values, e.g. ['LinkedIn']. */
  categories: string[]
  /** REV value (ISO 8601 UTC timestamp, e.g. `2026-12-04T00:00:00Z`), derived from data only. */
  rev?: string
}
