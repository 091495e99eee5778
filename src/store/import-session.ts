import { CardNotFoundError, StoreError } from './errors.js'
import { assertUidAvailable, nextRevision, removeStoredCard, servesSameBytes, storeCard } from './mutations.js'
import { toImportableCard } from './rows.js'
import type { Statements } from './statements.js'
import type { AddressBook, CardInput, ImportableCard, ImportRecord, ImportSession } from './types.js'

/**
 * The importer's view of one book inside `SqliteStore.runImport`'s write transaction. The book
 * revision is bumped once, on the first write that changes a served member, and every change row
 * of the session carries that revision. The session is closed when the transaction ends; using
 * it afterwards throws, so nothing can write outside the transaction.
 */
export class SqliteImportSession implements ImportSession {
  #open = true
  #pendingKeys: [key: string, name: string][] = []
  #revision: number | undefined

  constructor(
    private readonly st: Statements,
    /** The book as it was when the session started. */
    readonly book: AddressBook,
    private readonly now: () => number,
  ) {}

  allCards(): ImportableCard[] {
    return this.#statements().allImportableCards.all(this.#bookKey()).map(toImportableCard)
  }

  cardBody(name: string): string {
    const card = this.#statements().getCard.get({ bookId: this.book.id, name })
    if (card === undefined) throw new CardNotFoundError(name)
    return card.body
  }

  identityKeys(): Map<string, string> {
    this.#writePendingKeys()
    return new Map(this.#statements().identityKeys.all(this.#bookKey()).map((row) => [row.key, row.name]))
  }

  deletedByClients(): Map<string, { uid: string; deletedAt: number }> {
    const rows = this.#statements().clientDeletions.all(this.#bookKey())
    return new Map(rows.map((row) => [row.name, { uid: row.uid, deletedAt: row.deleted_at }]))
  }

  writeCard(card: CardInput & { base: string; sourceHash?: string }): 'created' | 'updated' | 'unchanged' {
    const st = this.#statements()
    const bookId = this.book.id
    const existing = st.getStoredCard.get({ bookId, name: card.name })
    assertUidAvailable(st, bookId, card, existing)
    const sourceHash = card.sourceHash ?? null
    if (existing !== undefined && servesSameBytes(existing, card)) {
      // The base is never served: a new base alone changes neither the etag nor the revision.
      if (existing.base !== card.base) st.setBase.run({ bookId, name: card.name, base: card.base })
      if (existing.source_hash !== sourceHash) st.setSourceHash.run({ bookId, name: card.name, sourceHash })
      return 'unchanged'
    }
    storeCard(st, bookId, card, card.base, this.#changeRevision(), this.now(), sourceHash)
    if (existing !== undefined) return 'updated'
    // The card exists again, so a remembered client deletion of this name no longer applies.
    st.forgetClientDeletion.run({ bookId, name: card.name })
    return 'created'
  }

  cardBase(name: string): string | null {
    const row = this.#statements().getBase.get({ bookId: this.book.id, name })
    if (row === undefined) throw new CardNotFoundError(name)
    return row.base
  }

  removeCard(name: string): void {
    const st = this.#statements()
    if (st.getCard.get({ bookId: this.book.id, name }) === undefined) throw new CardNotFoundError(name)
    removeStoredCard(st, this.book.id, name, this.#changeRevision())
  }

  /** Buffered, and written in one statement when they are next read or the session ends. */
  addIdentityKeys(name: string, keys: readonly string[]): void {
    this.#statements()
    for (const key of keys) this.#pendingKeys.push([key, name])
  }

  forgetClientDeletion(name: string): void {
    this.#statements().forgetClientDeletion.run({ bookId: this.book.id, name })
  }

  newestExportDate(): string | null {
    return this.#statements().newestExportDate.get(this.#bookKey())?.newest ?? null
  }

  recordImport(record: Omit<ImportRecord, 'id' | 'bookId'>): void {
    this.#statements().insertImport.run({
      bookId: this.book.id,
      exportDate: record.exportDate,
      sourceName: record.sourceName,
      startedAt: record.startedAt,
      finishedAt: record.finishedAt,
      report: record.report,
    })
  }

  /** Called by the store when the import's function returned, before the transaction commits. */
  finish(): void {
    this.#writePendingKeys()
  }

  /** Called by the store when the transaction ends. */
  close(): void {
    this.#open = false
  }

  #writePendingKeys(): void {
    if (this.#pendingKeys.length === 0) return
    this.st.upsertIdentityKeys.run({ bookId: this.book.id, pairs: JSON.stringify(this.#pendingKeys) })
    this.#pendingKeys = []
  }

  #changeRevision(): number {
    this.#revision ??= nextRevision(this.st, this.book.id)
    return this.#revision
  }

  #statements(): Statements {
    if (!this.#open) throw new StoreError('the import session was used after its transaction ended')
    return this.st
  }

  #bookKey(): { bookId: number } {
    return { bookId: this.book.id }
  }
}
