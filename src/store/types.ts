/**
 * The storage seam: domain types and the `Store` interface. No HTTP, no XML, no vCard parsing.
 * The SQLite implementation lives in `sqlite.ts`; a server database could stand in later.
 *
 * Glossary: `name` is a member name inside an address book (`<uuid>.vcf`), `uid` the vCard UID,
 * `etag` the quoted strong ETag (quotes included), `revision` the book's integer change counter.
 */

export type VCardVersion = '3.0' | '4.0'

export interface UserRecord {
  name: string
  /** scrypt hash string (see src/http/password.ts), or null until a password is set. */
  passwordHash: string | null
  /** Member name of the card the user marked as themselves (Apple's me-card), or null. */
  meCard: string | null
  createdAt: number
}

export interface AddressBook {
  id: number
  owner: string
  /** URL segment of the book, `[a-z0-9-]+`. */
  slug: string
  /** Random id generated when the book is created; sync tokens carry it so that tokens from a
   * recreated database are recognised as stale. */
  syncId: string
  displayName: string
  description: string
  /** Increases by one with every transaction that changes a member. */
  revision: number
  /** Tokens older than this revision can no longer be answered (tombstones were pruned). */
  minRevision: number
  createdAt: number
}

export interface CardMeta {
  name: string
  uid: string
  etag: string
  /** Byte length (UTF-8) of `body`. */
  size: number
  version: VCardVersion
  /** Milliseconds since the epoch of the last write of this card. */
  modifiedAt: number
}

export interface Card extends CardMeta {
  /** The exact text stored and served (for `version`), byte for byte as written. */
  body: string
}

/** A card as the importer sees it. Its base and body are read only on demand
 * (`ImportSession.cardBase` / `cardBody`): most cards of a re-import are untouched. */
export interface ImportableCard {
  name: string
  uid: string
  version: VCardVersion
  /** True for cards the importer wrote (they have a base); false for cards clients created. */
  imported: boolean
  /** The fingerprint the importer stored with its last rendering (null before it kept one). */
  sourceHash: string | null
  /** True when the stored body differs from the base (edited or created on a device). */
  editedOnDevice: boolean
}

/** Preconditions of a client write (If-Match / If-None-Match), already parsed. */
export interface WriteCondition {
  /** Quoted etags, or '*' (the resource must exist). */
  ifMatch?: readonly string[] | '*'
  /** Quoted etags, or '*' (the resource must not exist). */
  ifNoneMatch?: readonly string[] | '*'
}

export interface CardInput {
  name: string
  uid: string
  body: string
  version: VCardVersion
}

export interface PutResult {
  etag: string
  created: boolean
}

/** Changes since a sync position, for RFC 6578 sync-collection. */
export interface ChangeSet {
  /** Position to hand back to the client: the book revision, or a partial position when truncated. */
  position: SyncPosition
  /** Members that exist now and changed (or all members on an initial sync). */
  changed: CardMeta[]
  /** Names of members removed since the position (never on an initial sync). */
  deleted: string[]
  /** True when `limit` cut the result short; `position` then points inside the change list. */
  truncated: boolean
}

/**
 * A sync position: every change with (revision, name) <= (revision, after) is known to the client.
 * `after` is absent for a complete position (all changes up to and including `revision`).
 */
export interface SyncPosition {
  revision: number
  after?: string
}

export interface ImportRecord {
  id: number
  bookId: number
  /** ISO date (YYYY-MM-DD) of the export, from the zip name or the newest date in the data. */
  exportDate: string | null
  sourceName: string
  startedAt: number
  finishedAt: number
  /** The import report as JSON text (see src/import/report.ts). */
  report: string
}

export interface BookStats {
  cards: number
  /** Cards the importer wrote (base is not null). */
  imported: number
  /** Imported cards whose stored body differs from the importer's base (edited on a device). */
  editedOnDevices: number
  /** Cards clients created. */
  createdOnDevices: number
  /** Imported cards a client deleted (remembered so re-imports do not bring them back). */
  deletedOnDevices: number
  revision: number
  lastImport: ImportRecord | undefined
}

/** Everything an import needs, inside one write transaction (see `Store.runImport`). */
export interface ImportSession {
  readonly book: AddressBook
  allCards(): ImportableCard[]
  /** The stored body of a card (throws CardNotFoundError). */
  cardBody(name: string): string
  /** What the importer produced last time for a card, or null for client-created cards
   * (throws CardNotFoundError). */
  cardBase(name: string): string | null
  /** identity key -> card name, for every key any card was ever matched by. */
  identityKeys(): Map<string, string>
  /** Names of imported cards that a client deleted, with the UID they had. */
  deletedByClients(): Map<string, { uid: string; deletedAt: number }>
  /** Creates or replaces a card and its base. Writes nothing (and returns 'unchanged') when the
   * body and base are identical to what is stored; a new base alone is stored but is also
   * 'unchanged' (the base is never served, so neither the etag nor the revision moves). Creating
   * a card forgets a remembered client deletion of its name. `sourceHash`, the fingerprint of what
   * the card was rendered from, is stored in every case. Throws UidConflictError like putCard. */
  writeCard(card: CardInput & { base: string; sourceHash?: string }): 'created' | 'updated' | 'unchanged'
  removeCard(name: string): void
  addIdentityKeys(name: string, keys: readonly string[]): void
  /** Forgets that a client deleted this imported card (used by --restore-deleted). */
  forgetClientDeletion(name: string): void
  /** Newest export date among earlier imports of this book, or null. */
  newestExportDate(): string | null
  recordImport(record: Omit<ImportRecord, 'id' | 'bookId'>): void
}

export interface Store {
  // users
  getUser(name: string): UserRecord | undefined
  listUsers(): UserRecord[]
  /** Creates the user if missing (no password) and returns it. */
  ensureUser(name: string): UserRecord
  /** Throws UserExistsError. */
  createUser(name: string, passwordHash: string | null): UserRecord
  /** Throws UserNotFoundError. */
  setPasswordHash(name: string, passwordHash: string): void
  /** Marks a card of the user's book as "me" (null clears it). Throws UserNotFoundError. */
  setMeCard(name: string, cardName: string | null): void

  // address books
  /** Creates the user and their one address book if missing, and returns the book. Takes the
   * write lock only when something is missing. */
  ensureBook(owner: string): AddressBook
  getBook(owner: string, slug: string): AddressBook | undefined
  listBooks(owner: string): AddressBook[]
  /** Throws BookNotFoundError. */
  updateBook(bookId: number, changes: { displayName?: string; description?: string }): AddressBook

  // cards: reads (plain snapshots)
  listCards(bookId: number): CardMeta[]
  getCard(bookId: number, name: string): Card | undefined
  /** Cards in the order of `names`; missing names are simply absent. */
  getCards(bookId: number, names: readonly string[]): Card[]
  /** Every card with its body, ordered by name (export, addressbook-query). */
  allCards(bookId: number): Card[]
  findByUid(bookId: number, uid: string): CardMeta | undefined

  // cards: client writes (each one transaction, one revision)
  /** Throws EtagMismatchError (412), UidConflictError (existing name), BookNotFoundError. */
  putCard(bookId: number, card: CardInput, condition?: WriteCondition): PutResult
  /** Throws CardNotFoundError, EtagMismatchError. Remembers deletions of imported cards. */
  deleteCard(bookId: number, name: string, condition?: WriteCondition): void

  // sync
  /** `since` null = initial sync. Throws InvalidSyncPositionError for positions this book cannot
   * answer (newer than the revision, or older than minRevision). `limit`, when given, must be a
   * positive integer (RangeError otherwise); a cut-short answer has `truncated` and a partial
   * position to continue from, also for an initial sync. */
  changesSince(bookId: number, since: SyncPosition | null, limit?: number): ChangeSet
  /** Drops tombstones of deletions at or before `revision`; older positions become invalid.
   * Never reaches the current revision (the position handed out now stays valid). */
  pruneTombstones(bookId: number, revision: number): void

  // import
  /** Runs `fn` in one IMMEDIATE write transaction: it lands whole or not at all, and concurrent
   * readers see the state before or after it. All changes share one new revision (none if nothing
   * changed). */
  runImport<T>(bookId: number, fn: (session: ImportSession) => T): T
  /** Newest first. */
  importHistory(bookId: number): ImportRecord[]
  stats(bookId: number): BookStats

  close(): void
}
