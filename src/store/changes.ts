/**
 * Sync over the collapsed change log (RFC 6578 sync-collection).
 *
 * The log holds one row per member name: (name, revision, op) of its latest change. Only the last
 * operation per name matters to a client, so collapsing loses nothing, keeps the table bounded,
 * and leaves every position answerable until tombstones are pruned. A write only ever moves a
 * row forward (to a higher revision), never backward.
 *
 * Positions. All rows are totally ordered by (revision, name). A position (r, after) means "the
 * client knows every row up to and including (r, after)"; a complete position (r) knows all of
 * revision r. A page returns the rows after the position, in order, and the position of its last
 * row when `limit` cut it short.
 *
 * Initial sync. Every current card has exactly one row, its latest change, with op 'put' (each
 * card write records one; a delete replaces it with op 'delete'). So "every current card" is the
 * log itself minus the tombstones, and a limited initial sync pages through the log from the
 * start in the same (revision, name) order, skipping tombstones (an empty client needs none).
 * Its positions are therefore ordinary positions, and continuing with `changesSince` is exact
 * even when writes happen between pages: a card written after being paged out moves to a later
 * row and is reported again; a card written before being paged out is reported once, in its
 * new row; a card deleted after being paged out gets a tombstone after the position; a card
 * deleted before being paged out yields a tombstone the client may not know (harmless: RFC 6578
 * clients ignore removals of members they do not have). Paging by name from a snapshot instead
 * would need a position shape of its own, which the protocol layer would then have to encode.
 *
 * Pruning. Tombstones up to revision p are deleted and `minRevision` becomes p + 1. The remaining
 * rows at or below p are lifted to revision p + 1, so that no row sits below `minRevision` and an
 * initial sync that starts after the prune hands out only valid positions. Lifting only moves
 * rows forward: a client at a valid position can at worst see a card again, never miss one.
 */
import { InvalidSyncPositionError } from './errors.js'
import { changedCardOf, type ChangeRow, toCardMeta } from './rows.js'
import type { Statements } from './statements.js'
import type { AddressBook, CardMeta, ChangeSet, SyncPosition } from './types.js'

/** SQLite's LIMIT value for "no limit". */
const NO_LIMIT = -1

export function readChanges(
  st: Statements,
  book: AddressBook,
  since: SyncPosition | null,
  limit: number | undefined,
): ChangeSet {
  assertValidLimit(limit)
  if (since === null) return initialSync(st, book, limit)
  assertAnswerable(book, since)
  const query = { bookId: book.id, revision: since.revision, limit: limit === undefined ? NO_LIMIT : limit + 1 }
  const rows =
    since.after === undefined
      ? st.changesAfterRevision.all(query)
      : st.changesAfterName.all({ ...query, after: since.after })
  return pageOf(book, rows, limit)
}

function initialSync(st: Statements, book: AddressBook, limit: number | undefined): ChangeSet {
  if (limit === undefined) {
    const changed = st.listCardMeta.all({ bookId: book.id }).map(toCardMeta)
    return { position: { revision: book.revision }, changed, deleted: [], truncated: false }
  }
  const page = pageOf(book, st.currentMembersInLogOrder.all({ bookId: book.id, limit: limit + 1 }), limit)
  page.changed.sort(byName)
  return page
}

/** Splits up to `limit` rows into changed and deleted members; `rows` holds one extra row when
 * more follow. */
function pageOf(book: AddressBook, rows: ChangeRow[], limit: number | undefined): ChangeSet {
  const truncated = limit !== undefined && rows.length > limit
  const page = truncated ? rows.slice(0, limit) : rows
  const changed: CardMeta[] = []
  const deleted: string[] = []
  for (const row of page) {
    const card = changedCardOf(row)
    if (card === undefined) deleted.push(row.name)
    else changed.push(card)
  }
  const last = page.at(-1)
  const position: SyncPosition =
    truncated && last !== undefined ? { revision: last.revision, after: last.name } : { revision: book.revision }
  return { position, changed, deleted, truncated }
}

/** Drops tombstones at or before `revision` (see "Pruning" above). The prune never reaches the
 * current revision, so the position the book hands out now stays valid. */
export function pruneChangeLog(st: Statements, book: AddressBook, revision: number): void {
  if (!Number.isInteger(revision)) throw new RangeError(`revision must be an integer, got ${revision}`)
  const upTo = Math.min(revision, book.revision - 1)
  const floor = upTo + 1
  if (floor <= book.minRevision) return
  st.pruneDeletes.run({ bookId: book.id, upTo })
  st.liftChanges.run({ bookId: book.id, upTo, floor })
  st.setMinRevision.run({ bookId: book.id, minRevision: floor })
}

function assertAnswerable(book: AddressBook, since: SyncPosition): void {
  const { revision, after } = since
  const inRange = Number.isInteger(revision) && revision >= book.minRevision && revision <= book.revision
  if (!inRange || (after !== undefined && typeof after !== 'string')) throw new InvalidSyncPositionError(revision)
}

function assertValidLimit(limit: number | undefined): void {
  if (limit !== undefined && !(Number.isInteger(limit) && limit > 0)) {
    throw new RangeError(`limit must be a positive integer, got ${limit}`)
  }
}

/** SQLite's BINARY collation order (UTF-8 bytes), so pages sort like `ORDER BY name`. */
function byName(a: CardMeta, b: CardMeta): number {
  return Buffer.compare(Buffer.from(a.name, 'utf8'), Buffer.from(b.name, 'utf8'))
}
