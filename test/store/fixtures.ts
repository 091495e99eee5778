/** Invented people and the small harness the store contract suites share. */
import { afterEach, beforeEach } from 'vitest'
import type { AddressBook, CardInput, ChangeSet, Store, SyncPosition } from '../../src/store/index.js'

export type MakeStore = (options: { now: () => number }) => Store

export const START_TIME = 1_760_000_000_000

/** A vCard 3.0 body for an invented person (CRLF, as the importer writes). */
export function vcardBody(uid: string, fullName: string, extraLines: readonly string[] = []): string {
  const [given = '', family = ''] = fullName.split(' ')
  const mail = `${given}.${family}`.toLowerCase()
  return [
    'BEGIN:VCARD',
    'VERSION:3.0',
    `UID:${uid}`,
    `FN:${fullName}`,
    `N:${family};${given};;;`,
    `EMAIL;TYPE=INTERNET:${mail}@example.com`,
    ...extraLines,
    'END:VCARD',
    '',
  ].join('\r\n')
}

/** Card number `n`: name `card-0007.vcf`, a matching UID, and a body for "Person7 Example". */
export function cardInput(n: number, extraLines: readonly string[] = []): CardInput {
  const id = String(n).padStart(4, '0')
  const uid = `urn:uuid:00000000-0000-4000-8000-00000000${id}`
  return { name: `card-${id}.vcf`, uid, body: vcardBody(uid, `Person${n} Example`, extraLines), version: '3.0' }
}

/** The same card with different served bytes. */
export function edited(card: CardInput, note: string): CardInput {
  return { ...card, body: vcardBody(card.uid, `Person Edited`, [`NOTE:${note}`]) }
}

export interface StoreFixture {
  store: Store
  book: AddressBook
  clock: { now: number }
  /** The book as stored now. */
  current(): AddressBook
}

/** Fresh store and book for every test of the enclosing describe; closed after each. */
export function useStore(makeStore: MakeStore): StoreFixture {
  const fixture = { clock: { now: START_TIME } } as StoreFixture
  beforeEach(() => {
    fixture.clock.now = START_TIME
    fixture.store = makeStore({ now: () => fixture.clock.now })
    fixture.book = fixture.store.ensureBook('alice')
    fixture.current = () => {
      const book = fixture.store.getBook(fixture.book.owner, fixture.book.slug)
      if (book === undefined) throw new Error('book vanished')
      return book
    }
  })
  afterEach(() => fixture.store.close())
  return fixture
}

/** A client's local copy of a book: name -> etag, updated from change sets. */
export class ClientView {
  readonly etags = new Map<string, string>()
  position: SyncPosition | null = null

  apply(changes: ChangeSet): void {
    for (const card of changes.changed) this.etags.set(card.name, card.etag)
    for (const name of changes.deleted) this.etags.delete(name)
    this.position = changes.position
  }

  /** Syncs page by page until the store reports no truncation; returns the pages. */
  syncFully(store: Store, bookId: number, limit?: number): ChangeSet[] {
    const pages: ChangeSet[] = []
    for (;;) {
      const page = store.changesSince(bookId, this.position, limit)
      this.apply(page)
      pages.push(page)
      if (!page.truncated) return pages
    }
  }
}

/** name -> etag of everything the store holds now. */
export function serverView(store: Store, bookId: number): Map<string, string> {
  return new Map(store.listCards(bookId).map((card) => [card.name, card.etag]))
}

export function names(cards: readonly { name: string }[]): string[] {
  return cards.map((card) => card.name)
}
