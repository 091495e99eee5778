/**
 * The write primitives shared by client writes (`SqliteStore`) and import sessions: the only
 * code that writes card rows and change-log rows, so both paths keep the log in step with the cards.
 */
import { etagOf, utf8Size } from './etag.js'
import { UidConflictError } from './errors.js'
import type { Statements } from './statements.js'
import type { CardInput } from './types.js'

/** Bumps the book's revision by one and returns the new revision. */
export function nextRevision(st: Statements, bookId: number): number {
  const row = st.bumpRevision.get({ bookId })
  if (row === undefined) throw new Error(`address book ${bookId} vanished inside a transaction`)
  return row.revision
}

/** Throws UidConflictError when the write would change the UID of `existing`, or reuse the UID of
 * another member of the book. */
export function assertUidAvailable(
  st: Statements,
  bookId: number,
  card: Pick<CardInput, 'name' | 'uid'>,
  existing: { uid: string } | undefined,
): void {
  if (existing !== undefined) {
    if (existing.uid !== card.uid) throw new UidConflictError(card.uid, card.name)
    return // UIDs are unique in a book, so the existing member is the only holder of its UID
  }
  const holder = st.findByUid.get({ bookId, uid: card.uid })
  if (holder !== undefined && holder.name !== card.name) throw new UidConflictError(card.uid, holder.name)
}

/** Whether writing `card` would leave the served bytes exactly as stored. */
export function servesSameBytes(existing: { body: string; version: string }, card: CardInput): boolean {
  return existing.body === card.body && existing.version === card.version
}

/** Writes the card row and its 'put' change at `revision`; returns the new etag. */
export function storeCard(
  st: Statements,
  bookId: number,
  card: CardInput,
  base: string | null,
  revision: number,
  modifiedAt: number,
  sourceHash: string | null = null,
): string {
  const etag = etagOf(card.body)
  st.upsertCard.run({
    bookId,
    name: card.name,
    uid: card.uid,
    etag,
    body: card.body,
    size: utf8Size(card.body),
    version: card.version,
    base,
    sourceHash,
    modifiedAt,
  })
  st.recordChange.run({ bookId, name: card.name, revision, op: 'put' })
  return etag
}

/** Deletes the card row and records its 'delete' change at `revision`. */
export function removeStoredCard(st: Statements, bookId: number, name: string, revision: number): void {
  st.deleteCard.run({ bookId, name })
  st.recordChange.run({ bookId, name, revision, op: 'delete' })
}
