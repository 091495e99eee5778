/**
 * Row shapes as SQLite returns them, and the one mapping from each row to its domain object.
 * Every mapper builds a fresh plain object, so callers get snapshots that hold no handle.
 */
import type {
  AddressBook,
  Card,
  CardMeta,
  ImportableCard,
  ImportRecord,
  UserRecord,
  VCardVersion,
} from './types.js'

export interface UserRow {
  name: string
  password_hash: string | null
  me_card: string | null
  created_at: number
}

export interface BookRow {
  id: number
  owner: string
  slug: string
  sync_id: string
  display_name: string
  description: string
  revision: number
  min_revision: number
  created_at: number
}

export interface CardMetaRow {
  name: string
  uid: string
  etag: string
  size: number
  version: VCardVersion
  modified_at: number
}

export interface CardRow extends CardMetaRow {
  body: string
}

/** A full card row, base included. */
export interface StoredCardRow extends CardRow {
  base: string | null
  source_hash: string | null
}

export interface ImportableCardRow {
  name: string
  uid: string
  version: VCardVersion
  imported: 0 | 1
  source_hash: string | null
  edited: 0 | 1
}

/** A change-log row joined with the card it names (card columns are null when it is gone). */
export interface ChangeRow {
  name: string
  revision: number
  op: ChangeOp
  uid: string | null
  etag: string | null
  size: number | null
  version: VCardVersion | null
  modified_at: number | null
}

export type ChangeOp = 'put' | 'delete'

export interface ClientDeletionRow {
  name: string
  uid: string
  deleted_at: number
}

export interface ImportRow {
  id: number
  book_id: number
  export_date: string | null
  source_name: string
  started_at: number
  finished_at: number
  report: string
}

export interface StatsRow {
  cards: number
  imported: number
  edited: number
  created: number
  deleted: number
}

export function toUser(row: UserRow): UserRecord {
  return { name: row.name, passwordHash: row.password_hash, meCard: row.me_card, createdAt: row.created_at }
}

export function toBook(row: BookRow): AddressBook {
  return {
    id: row.id,
    owner: row.owner,
    slug: row.slug,
    syncId: row.sync_id,
    displayName: row.display_name,
    description: row.description,
    revision: row.revision,
    minRevision: row.min_revision,
    createdAt: row.created_at,
  }
}

export function toCardMeta(row: CardMetaRow): CardMeta {
  return {
    name: row.name,
    uid: row.uid,
    etag: row.etag,
    size: row.size,
    version: row.version,
    modifiedAt: row.modified_at,
  }
}

// Written out rather than spread from toCardMeta: these run 30,000 times per listing.
export function toCard(row: CardRow): Card {
  return {
    name: row.name,
    uid: row.uid,
    etag: row.etag,
    size: row.size,
    version: row.version,
    modifiedAt: row.modified_at,
    body: row.body,
  }
}

export function toImportableCard(row: ImportableCardRow): ImportableCard {
  return { name: row.name, uid: row.uid, version: row.version, imported: row.imported === 1, sourceHash: row.source_hash, editedOnDevice: row.edited === 1 }
}

/** The card a change row points at, or undefined when the member no longer exists (the LEFT
 * JOIN found no card, so every card column is null). */
export function changedCardOf(row: ChangeRow): CardMeta | undefined {
  return row.uid === null ? undefined : toCardMeta(row as CardMetaRow)
}

export function toImportRecord(row: ImportRow): ImportRecord {
  return {
    id: row.id,
    bookId: row.book_id,
    exportDate: row.export_date,
    sourceName: row.source_name,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
    report: row.report,
  }
}
