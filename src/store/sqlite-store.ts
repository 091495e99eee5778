import { randomUUID } from 'node:crypto'
import type { Database } from 'better-sqlite3'
import { pruneChangeLog, readChanges } from './changes.js'
import { BookNotFoundError, CardNotFoundError, StoreBusyError, UserExistsError, UserNotFoundError } from './errors.js'
import { SqliteImportSession } from './import-session.js'
import { assertUidAvailable, nextRevision, removeStoredCard, servesSameBytes, storeCard } from './mutations.js'
import { assertConditions } from './preconditions.js'
import { type BookRow, type UserRow, toBook, toCard, toCardMeta, toImportRecord, toUser } from './rows.js'
import { MAX_NAMES_PER_QUERY, prepareStatements, type Statements } from './statements.js'
import type {
  AddressBook,
  BookStats,
  Card,
  CardInput,
  CardMeta,
  ChangeSet,
  ImportRecord,
  ImportSession,
  PutResult,
  Store,
  SyncPosition,
  UserRecord,
  WriteCondition,
} from './types.js'

/** The one address book `ensureBook` creates for every user. */
export const DEFAULT_BOOK = {
  slug: 'linkedin',
  displayName: 'LinkedIn',
  description: 'Your LinkedIn connections, imported by linkingout',
} as const

/**
 * `Store` on one better-sqlite3 connection. Every mutation is one IMMEDIATE transaction (taking
 * the write lock up front, so a concurrent writer waits on busy_timeout instead of failing on a
 * lock upgrade); multi-statement reads run in one deferred transaction, so they see one snapshot.
 */
export class SqliteStore implements Store {
  readonly #st: Statements

  constructor(
    /** The open connection (exposed for diagnostics and tests; the store owns it). */
    readonly database: Database,
    private readonly now: () => number = Date.now,
  ) {
    this.#st = prepareStatements(database)
  }

  // users

  getUser(name: string): UserRecord | undefined {
    const row = this.#st.getUser.get({ name })
    return row === undefined ? undefined : toUser(row)
  }

  listUsers(): UserRecord[] {
    return this.#st.listUsers.all().map(toUser)
  }

  // ensureUser and ensureBook read before they write: a write waits for the lock of an import
  // running in another process, and these run on every request that resolves a user's path.

  ensureUser(name: string): UserRecord {
    const existing = this.#st.getUser.get({ name })
    if (existing !== undefined) return toUser(existing)
    return this.#write(() => toUser(this.#ensureUserRow(name)))
  }

  createUser(name: string, passwordHash: string | null): UserRecord {
    return this.#write(() => {
      if (this.#st.getUser.get({ name }) !== undefined) throw new UserExistsError(name)
      return toUser(this.#insertUser(name, passwordHash))
    })
  }

  setPasswordHash(name: string, passwordHash: string): void {
    const result = this.#write(() => this.#st.setPasswordHash.run({ name, passwordHash }))
    if (result.changes === 0) throw new UserNotFoundError(name)
  }

  setMeCard(name: string, cardName: string | null): void {
    const result = this.#write(() => this.#st.setMeCard.run({ name, meCard: cardName }))
    if (result.changes === 0) throw new UserNotFoundError(name)
  }

  // address books

  ensureBook(owner: string): AddressBook {
    const existing = this.#st.getBook.get({ owner, slug: DEFAULT_BOOK.slug })
    if (existing !== undefined) return toBook(existing)
    return this.#write(() => {
      this.#ensureUserRow(owner)
      const existing = this.#st.getBook.get({ owner, slug: DEFAULT_BOOK.slug })
      if (existing !== undefined) return toBook(existing)
      return toBook(this.#insertBook(owner))
    })
  }

  getBook(owner: string, slug: string): AddressBook | undefined {
    const row = this.#st.getBook.get({ owner, slug })
    return row === undefined ? undefined : toBook(row)
  }

  listBooks(owner: string): AddressBook[] {
    return this.#st.listBooks.all({ owner }).map(toBook)
  }

  updateBook(bookId: number, changes: { displayName?: string; description?: string }): AddressBook {
    return this.#write(() => {
      const book = this.#requireBook(bookId)
      this.#st.updateBook.run({
        bookId,
        displayName: changes.displayName ?? book.displayName,
        description: changes.description ?? book.description,
      })
      return this.#requireBook(bookId)
    })
  }

  // cards: reads

  listCards(bookId: number): CardMeta[] {
    return this.#st.listCardMeta.all({ bookId }).map(toCardMeta)
  }

  getCard(bookId: number, name: string): Card | undefined {
    const row = this.#st.getCard.get({ bookId, name })
    return row === undefined ? undefined : toCard(row)
  }

  getCards(bookId: number, names: readonly string[]): Card[] {
    const found = new Map<string, Card>()
    this.#read(() => {
      for (let start = 0; start < names.length; start += MAX_NAMES_PER_QUERY) {
        const chunk = JSON.stringify(names.slice(start, start + MAX_NAMES_PER_QUERY))
        for (const row of this.#st.getCardsByNames.all({ bookId, names: chunk })) found.set(row.name, toCard(row))
      }
    })
    return names.flatMap((name) => {
      const card = found.get(name)
      return card === undefined ? [] : [card]
    })
  }

  allCards(bookId: number): Card[] {
    return this.#st.allCards.all({ bookId }).map(toCard)
  }

  findByUid(bookId: number, uid: string): CardMeta | undefined {
    const row = this.#st.findByUid.get({ bookId, uid })
    return row === undefined ? undefined : toCardMeta(row)
  }

  // cards: client writes

  putCard(bookId: number, card: CardInput, condition?: WriteCondition): PutResult {
    return this.#write(() => {
      this.#requireBook(bookId)
      const existing = this.#st.getStoredCard.get({ bookId, name: card.name })
      assertConditions(card.name, existing?.etag, condition)
      assertUidAvailable(this.#st, bookId, card, existing)
      if (existing !== undefined && servesSameBytes(existing, card)) return { etag: existing.etag, created: false }
      // Client writes keep the importer's base: it is what the next import merges against.
      const base = existing?.base ?? null
      const etag = storeCard(this.#st, bookId, card, base, nextRevision(this.#st, bookId), this.now())
      this.#st.forgetClientDeletion.run({ bookId, name: card.name })
      return { etag, created: existing === undefined }
    })
  }

  deleteCard(bookId: number, name: string, condition?: WriteCondition): void {
    this.#write(() => {
      this.#requireBook(bookId)
      const existing = this.#st.getStoredCard.get({ bookId, name })
      if (existing === undefined) throw new CardNotFoundError(name)
      assertConditions(name, existing.etag, condition)
      removeStoredCard(this.#st, bookId, name, nextRevision(this.#st, bookId))
      if (existing.base !== null) {
        this.#st.recordClientDeletion.run({ bookId, name, uid: existing.uid, deletedAt: this.now() })
      }
    })
  }

  // sync

  changesSince(bookId: number, since: SyncPosition | null, limit?: number): ChangeSet {
    return this.#read(() => readChanges(this.#st, this.#requireBook(bookId), since, limit))
  }

  pruneTombstones(bookId: number, revision: number): void {
    this.#write(() => pruneChangeLog(this.#st, this.#requireBook(bookId), revision))
  }

  // import

  runImport<T>(bookId: number, fn: (session: ImportSession) => T): T {
    return this.#write(() => {
      const session = new SqliteImportSession(this.#st, this.#requireBook(bookId), this.now)
      try {
        const result = fn(session)
        if (isPromiseLike(result)) {
          throw new TypeError('runImport needs a synchronous function: the transaction cannot span an await')
        }
        session.finish()
        return result
      } finally {
        session.close()
      }
    })
  }

  importHistory(bookId: number): ImportRecord[] {
    return this.#st.importHistory.all({ bookId }).map(toImportRecord)
  }

  stats(bookId: number): BookStats {
    return this.#read(() => {
      const book = this.#requireBook(bookId)
      const counts = this.#st.stats.get({ bookId })
      const last = this.#st.lastImport.get({ bookId })
      return {
        cards: counts?.cards ?? 0,
        imported: counts?.imported ?? 0,
        editedOnDevices: counts?.edited ?? 0,
        createdOnDevices: counts?.created ?? 0,
        deletedOnDevices: counts?.deleted ?? 0,
        revision: book.revision,
        lastImport: last === undefined ? undefined : toImportRecord(last),
      }
    })
  }

  close(): void {
    this.database.close()
  }

  #write<T>(fn: () => T): T {
    return whenNotBusy(() => this.database.transaction(fn).immediate())
  }

  #read<T>(fn: () => T): T {
    return whenNotBusy(() => this.database.transaction(fn).deferred())
  }

  #requireBook(bookId: number): AddressBook {
    const row = this.#st.getBookById.get({ bookId })
    if (row === undefined) throw new BookNotFoundError(bookId)
    return toBook(row)
  }

  #ensureUserRow(name: string): UserRow {
    return this.#st.getUser.get({ name }) ?? this.#insertUser(name, null)
  }

  #insertUser(name: string, passwordHash: string | null): UserRow {
    return returnedRow(this.#st.insertUser.get({ name, passwordHash, createdAt: this.now() }))
  }

  #insertBook(owner: string): BookRow {
    return returnedRow(this.#st.insertBook.get({ owner, syncId: randomUUID(), createdAt: this.now(), ...DEFAULT_BOOK }))
  }
}

/** SQLite's "database is locked" after busy_timeout becomes a domain error the callers can retry. */
function whenNotBusy<T>(fn: () => T): T {
  try {
    return fn()
  } catch (error) {
    if ((error as { code?: unknown }).code === 'SQLITE_BUSY') throw new StoreBusyError()
    throw error
  }
}

function returnedRow<Row>(row: Row | undefined): Row {
  if (row === undefined) throw new Error('INSERT … RETURNING returned no row')
  return row
}

function isPromiseLike(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as { then?: unknown } | null)?.then === 'function'
}
