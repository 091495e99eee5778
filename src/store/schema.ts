import type { Database } from 'better-sqlite3'
import { StoreError } from './errors.js'

/** One schema step. Migration `i` (0-based) takes the database from `user_version` i to i + 1. */
export type Migration = (db: Database) => void

const INITIAL_SCHEMA = `
CREATE TABLE users (
  name          TEXT PRIMARY KEY,
  password_hash TEXT,
  created_at    INTEGER NOT NULL
);

CREATE TABLE books (
  id           INTEGER PRIMARY KEY,
  owner        TEXT NOT NULL REFERENCES users(name) ON DELETE CASCADE,
  slug         TEXT NOT NULL,
  sync_id      TEXT NOT NULL,
  display_name TEXT NOT NULL,
  description  TEXT NOT NULL,
  revision     INTEGER NOT NULL DEFAULT 0,
  min_revision INTEGER NOT NULL DEFAULT 0,
  created_at   INTEGER NOT NULL,
  UNIQUE (owner, slug)
);

CREATE TABLE cards (
  book_id     INTEGER NOT NULL REFERENCES books(id) ON DELETE CASCADE,
  name        TEXT NOT NULL,
  uid         TEXT NOT NULL,
  etag        TEXT NOT NULL,
  body        TEXT NOT NULL,
  size        INTEGER NOT NULL,
  version     TEXT NOT NULL CHECK (version IN ('3.0', '4.0')),
  base        TEXT,
  modified_at INTEGER NOT NULL,
  PRIMARY KEY (book_id, name),
  UNIQUE (book_id, uid)
);

-- Every key a card was ever matched by; kept when the card is deleted so that it never comes back
-- under a new UID.
CREATE TABLE identity_keys (
  book_id INTEGER NOT NULL REFERENCES books(id) ON DELETE CASCADE,
  key     TEXT NOT NULL,
  name    TEXT NOT NULL,
  PRIMARY KEY (book_id, key)
) WITHOUT ROWID;

-- Imported cards that a client deleted, so that a later import does not bring them back.
CREATE TABLE client_deletions (
  book_id    INTEGER NOT NULL REFERENCES books(id) ON DELETE CASCADE,
  name       TEXT NOT NULL,
  uid        TEXT NOT NULL,
  deleted_at INTEGER NOT NULL,
  PRIMARY KEY (book_id, name)
) WITHOUT ROWID;

-- The change log, collapsed: one row per member name holding its latest change.
CREATE TABLE changes (
  book_id  INTEGER NOT NULL REFERENCES books(id) ON DELETE CASCADE,
  name     TEXT NOT NULL,
  revision INTEGER NOT NULL,
  op       TEXT NOT NULL CHECK (op IN ('put', 'delete')),
  PRIMARY KEY (book_id, name)
) WITHOUT ROWID;
CREATE INDEX changes_by_revision ON changes (book_id, revision, name);

CREATE TABLE imports (
  id          INTEGER PRIMARY KEY,
  book_id     INTEGER NOT NULL REFERENCES books(id) ON DELETE CASCADE,
  export_date TEXT,
  source_name TEXT NOT NULL,
  started_at  INTEGER NOT NULL,
  finished_at INTEGER NOT NULL,
  report      TEXT NOT NULL
);
CREATE INDEX imports_by_book ON imports (book_id, finished_at);
`

/** The schema history, oldest first. Append new steps; never edit a step that has shipped. */
export const MIGRATIONS: readonly Migration[] = [
  (db) => db.exec(INITIAL_SCHEMA),
  // The member name of the card a user marked as "me" (Apple's CS:me-card on the address-book home).
  (db) => db.exec('ALTER TABLE users ADD COLUMN me_card TEXT'),
  // A fingerprint of what the importer rendered a card from: unchanged connections are skipped
  // without rendering them again or reading their base.
  (db) => db.exec('ALTER TABLE cards ADD COLUMN source_hash TEXT'),
  // Identity keys are looked up only by their primary key: without a rowid, an insert writes one
  // B-tree instead of two (an import writes tens of thousands of keys).
  (db) =>
    db.exec(`
      CREATE TABLE identity_keys_by_key (
        book_id INTEGER NOT NULL REFERENCES books(id) ON DELETE CASCADE,
        key     TEXT NOT NULL,
        name    TEXT NOT NULL,
        PRIMARY KEY (book_id, key)
      ) WITHOUT ROWID;
      INSERT INTO identity_keys_by_key (book_id, key, name) SELECT book_id, key, name FROM identity_keys;
      DROP TABLE identity_keys;
      ALTER TABLE identity_keys_by_key RENAME TO identity_keys;
    `),
]

/**
 * Brings the database up to `migrations.length`, applying each pending step in its own IMMEDIATE
 * transaction together with the new `user_version`, and returns how many steps this call ran.
 * The version is re-read inside each transaction, so two processes opening the same new file at
 * once never apply a step twice. A database written by a newer linkingout is refused.
 */
export function migrate(db: Database, migrations: readonly Migration[] = MIGRATIONS): number {
  const applyNext = db.transaction((): boolean => {
    const version = schemaVersion(db)
    if (version > migrations.length) {
      throw new StoreError(
        `database schema version ${version} is newer than this linkingout supports (${migrations.length})`,
      )
    }
    const step = migrations[version]
    if (step === undefined) return false
    step(db)
    db.pragma(`user_version = ${version + 1}`)
    return true
  })
  let applied = 0
  while (applyNext.immediate()) applied += 1
  return applied
}

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number
}
