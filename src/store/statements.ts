/**
 * Every SQL statement of the store, prepared once per connection. Nothing else in src/store
 * writes SQL against the data tables.
 */
import type { Database, Statement } from 'better-sqlite3'
import type {
  BookRow,
  CardMetaRow,
  CardRow,
  ChangeOp,
  ChangeRow,
  ClientDeletionRow,
  ImportableCardRow,
  StoredCardRow,
  ImportRow,
  StatsRow,
  UserRow,
} from './rows.js'
import type { ImportRecord, VCardVersion } from './types.js'

type Stmt<Params, Result = unknown> = Statement<[Params], Result>
type BookKey = { bookId: number }
type CardKey = { bookId: number; name: string }

export interface CardWrite {
  bookId: number
  name: string
  uid: string
  etag: string
  body: string
  size: number
  version: VCardVersion
  base: string | null
  /** Null keeps the stored fingerprint (client writes never change what the importer rendered from). */
  sourceHash: string | null
  modifiedAt: number
}

export type ImportInsert = Omit<ImportRecord, 'id'>

const CARD_META_COLUMNS = 'name, uid, etag, size, version, modified_at'
/** Served columns only: `base` is read only by the importer and by writes that must keep it. */
const CARD_COLUMNS = `${CARD_META_COLUMNS}, body`

export function prepareStatements(db: Database) {
  const prepare = <Params, Result = unknown>(sql: string): Stmt<Params, Result> =>
    db.prepare<[Params], Result>(sql)
  return {
    // users
    getUser: prepare<{ name: string }, UserRow>('SELECT * FROM users WHERE name = @name'),
    listUsers: db.prepare<[], UserRow>('SELECT * FROM users ORDER BY name'),
    insertUser: prepare<{ name: string; passwordHash: string | null; createdAt: number }, UserRow>(
      'INSERT INTO users (name, password_hash, created_at) VALUES (@name, @passwordHash, @createdAt) RETURNING *',
    ),
    setPasswordHash: prepare<{ name: string; passwordHash: string }>(
      'UPDATE users SET password_hash = @passwordHash WHERE name = @name',
    ),
    setMeCard: prepare<{ name: string; meCard: string | null }>(
      'UPDATE users SET me_card = @meCard WHERE name = @name',
    ),

    // books
    getBookById: prepare<BookKey, BookRow>('SELECT * FROM books WHERE id = @bookId'),
    getBook: prepare<{ owner: string; slug: string }, BookRow>(
      'SELECT * FROM books WHERE owner = @owner AND slug = @slug',
    ),
    listBooks: prepare<{ owner: string }, BookRow>('SELECT * FROM books WHERE owner = @owner ORDER BY slug'),
    insertBook: prepare<
      { owner: string; slug: string; syncId: string; displayName: string; description: string; createdAt: number },
      BookRow
    >(
      `INSERT INTO books (owner, slug, sync_id, display_name, description, created_at)
       VALUES (@owner, @slug, @syncId, @displayName, @description, @createdAt) RETURNING *`,
    ),
    updateBook: prepare<BookKey & { displayName: string; description: string }>(
      'UPDATE books SET display_name = @displayName, description = @description WHERE id = @bookId',
    ),
    bumpRevision: prepare<BookKey, { revision: number }>(
      'UPDATE books SET revision = revision + 1 WHERE id = @bookId RETURNING revision',
    ),
    setMinRevision: prepare<BookKey & { minRevision: number }>(
      'UPDATE books SET min_revision = @minRevision WHERE id = @bookId',
    ),

    // cards
    listCardMeta: prepare<BookKey, CardMetaRow>(
      `SELECT ${CARD_META_COLUMNS} FROM cards WHERE book_id = @bookId ORDER BY name`,
    ),
    getCard: prepare<CardKey, CardRow>(`SELECT ${CARD_COLUMNS} FROM cards WHERE book_id = @bookId AND name = @name`),
    /** The stored card with its base, for writes. */
    getStoredCard: prepare<CardKey, StoredCardRow>('SELECT * FROM cards WHERE book_id = @bookId AND name = @name'),
    /** `names` is a JSON array; callers chunk it (see MAX_NAMES_PER_QUERY). */
    getCardsByNames: prepare<BookKey & { names: string }, CardRow>(
      `SELECT ${CARD_COLUMNS} FROM cards
       WHERE book_id = @bookId AND name IN (SELECT value FROM json_each(@names))`,
    ),
    allCards: prepare<BookKey, CardRow>(`SELECT ${CARD_COLUMNS} FROM cards WHERE book_id = @bookId ORDER BY name`),
    allImportableCards: prepare<BookKey, ImportableCardRow>(
      `SELECT name, uid, version, base IS NOT NULL AS imported, source_hash, body IS NOT base AS edited
       FROM cards WHERE book_id = @bookId ORDER BY name`,
    ),
    findByUid: prepare<BookKey & { uid: string }, CardMetaRow>(
      `SELECT ${CARD_META_COLUMNS} FROM cards WHERE book_id = @bookId AND uid = @uid`,
    ),
    upsertCard: prepare<CardWrite>(
      `INSERT INTO cards (book_id, name, uid, etag, body, size, version, base, source_hash, modified_at)
       VALUES (@bookId, @name, @uid, @etag, @body, @size, @version, @base, @sourceHash, @modifiedAt)
       ON CONFLICT (book_id, name) DO UPDATE SET
         uid = excluded.uid, etag = excluded.etag, body = excluded.body, size = excluded.size,
         version = excluded.version, base = excluded.base, modified_at = excluded.modified_at,
         source_hash = COALESCE(excluded.source_hash, cards.source_hash)`,
    ),
    setBase: prepare<CardKey & { base: string }>(
      'UPDATE cards SET base = @base WHERE book_id = @bookId AND name = @name',
    ),
    getBase: prepare<CardKey, { base: string | null }>('SELECT base FROM cards WHERE book_id = @bookId AND name = @name'),
    setSourceHash: prepare<CardKey & { sourceHash: string | null }>(
      'UPDATE cards SET source_hash = @sourceHash WHERE book_id = @bookId AND name = @name',
    ),
    deleteCard: prepare<CardKey>('DELETE FROM cards WHERE book_id = @bookId AND name = @name'),

    // change log
    recordChange: prepare<CardKey & { revision: number; op: ChangeOp }>(
      `INSERT INTO changes (book_id, name, revision, op) VALUES (@bookId, @name, @revision, @op)
       ON CONFLICT (book_id, name) DO UPDATE SET revision = excluded.revision, op = excluded.op`,
    ),
    /** Changes after a complete position: every revision above `revision`. */
    changesAfterRevision: prepare<BookKey & { revision: number; limit: number }, ChangeRow>(
      changesWhere('ch.revision > @revision'),
    ),
    /** Changes after a partial position; the row-value comparison is one range on the index. */
    changesAfterName: prepare<BookKey & { revision: number; after: string; limit: number }, ChangeRow>(
      changesWhere('(ch.revision, ch.name) > (@revision, @after)'),
    ),
    /** The latest change of every current member, in change-log order (initial sync pages). */
    currentMembersInLogOrder: prepare<BookKey & { limit: number }, ChangeRow>(
      `SELECT ch.name, ch.revision, ch.op, c.uid, c.etag, c.size, c.version, c.modified_at
       FROM changes ch JOIN cards c ON c.book_id = ch.book_id AND c.name = ch.name
       WHERE ch.book_id = @bookId AND ch.op = 'put'
       ORDER BY ch.revision, ch.name LIMIT @limit`,
    ),
    pruneDeletes: prepare<BookKey & { upTo: number }>(
      `DELETE FROM changes WHERE book_id = @bookId AND op = 'delete' AND revision <= @upTo`,
    ),
    liftChanges: prepare<BookKey & { upTo: number; floor: number }>(
      'UPDATE changes SET revision = @floor WHERE book_id = @bookId AND revision <= @upTo',
    ),

    // identity keys and client deletions
    identityKeys: prepare<BookKey, { key: string; name: string }>(
      'SELECT key, name FROM identity_keys WHERE book_id = @bookId ORDER BY key',
    ),
    /** `pairs`: a JSON array of [key, name] pairs, written in one statement. */
    upsertIdentityKeys: prepare<BookKey & { pairs: string }>(
      `INSERT INTO identity_keys (book_id, key, name)
       SELECT @bookId, pair.value ->> 0, pair.value ->> 1 FROM json_each(@pairs) AS pair WHERE true
       ON CONFLICT (book_id, key) DO UPDATE SET name = excluded.name`,
    ),
    clientDeletions: prepare<BookKey, ClientDeletionRow>(
      'SELECT name, uid, deleted_at FROM client_deletions WHERE book_id = @bookId ORDER BY name',
    ),
    recordClientDeletion: prepare<CardKey & { uid: string; deletedAt: number }>(
      `INSERT INTO client_deletions (book_id, name, uid, deleted_at) VALUES (@bookId, @name, @uid, @deletedAt)
       ON CONFLICT (book_id, name) DO UPDATE SET uid = excluded.uid, deleted_at = excluded.deleted_at`,
    ),
    forgetClientDeletion: prepare<CardKey>('DELETE FROM client_deletions WHERE book_id = @bookId AND name = @name'),

    // imports and stats
    insertImport: prepare<ImportInsert>(
      `INSERT INTO imports (book_id, export_date, source_name, started_at, finished_at, report)
       VALUES (@bookId, @exportDate, @sourceName, @startedAt, @finishedAt, @report)`,
    ),
    importHistory: prepare<BookKey, ImportRow>(
      'SELECT * FROM imports WHERE book_id = @bookId ORDER BY finished_at DESC, id DESC',
    ),
    lastImport: prepare<BookKey, ImportRow>(
      'SELECT * FROM imports WHERE book_id = @bookId ORDER BY finished_at DESC, id DESC LIMIT 1',
    ),
    newestExportDate: prepare<BookKey, { newest: string | null }>(
      'SELECT max(export_date) AS newest FROM imports WHERE book_id = @bookId',
    ),
    stats: prepare<BookKey, StatsRow>(
      `SELECT count(*) AS cards,
         count(base) AS imported,
         coalesce(sum(base IS NOT NULL AND body <> base), 0) AS edited,
         coalesce(sum(base IS NULL), 0) AS created,
         (SELECT count(*) FROM client_deletions WHERE book_id = @bookId) AS deleted
       FROM cards WHERE book_id = @bookId`,
    ),
  }
}

/** Change rows (joined with their cards) after a position, in (revision, name) order; `limit` -1
 * means no limit. */
function changesWhere(afterPosition: string): string {
  return `SELECT ch.name, ch.revision, ch.op, c.uid, c.etag, c.size, c.version, c.modified_at
    FROM changes ch LEFT JOIN cards c ON c.book_id = ch.book_id AND c.name = ch.name
    WHERE ch.book_id = @bookId AND ${afterPosition}
    ORDER BY ch.revision, ch.name LIMIT @limit`
}

export type Statements = ReturnType<typeof prepareStatements>

/** Names per `getCardsByNames` query, so one multiget of 30,000 hrefs stays a bounded query. */
export const MAX_NAMES_PER_QUERY = 500
