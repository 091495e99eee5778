import { describe, expect, it } from 'vitest'
import {
  BookNotFoundError,
  CardNotFoundError,
  EtagMismatchError,
  etagOf,
  UidConflictError,
  type WriteCondition,
} from '../../src/store/index.js'
import { cardInput, edited, type MakeStore, names, START_TIME, useStore, vcardBody } from './fixtures.js'

export function cardsContract(makeStore: MakeStore): void {
  const f = useStore(makeStore)

  describe('card reads and writes', () => {
    it('stores a new card byte for byte and returns its etag', () => {
      const uid = 'urn:uuid:6b1e7c1a-0000-4000-8000-000000000001'
      const body = vcardBody(uid, 'Zoë Ünal', ['NOTE:Met at the café ☕ 😀', 'item1.TEL:+1 555 0100', 'item1.X-ABLabel:desk'])
      f.clock.now = START_TIME + 42
      const result = f.store.putCard(f.book.id, { name: 'zoe.vcf', uid, body, version: '3.0' })
      expect(result).toEqual({ etag: etagOf(body), created: true })
      expect(f.store.getCard(f.book.id, 'zoe.vcf')).toEqual({
        name: 'zoe.vcf',
        uid,
        etag: etagOf(body),
        size: Buffer.byteLength(body, 'utf8'),
        version: '3.0',
        modifiedAt: START_TIME + 42,
        body,
      })
      expect(f.current().revision).toBe(1)
    })

    it('keeps the version of a vCard 4.0 card', () => {
      const card = { ...cardInput(1), version: '4.0' as const, body: cardInput(1).body.replace('VERSION:3.0', 'VERSION:4.0') }
      f.store.putCard(f.book.id, card)
      expect(f.store.getCard(f.book.id, card.name)?.version).toBe('4.0')
    })

    it('a write with the stored body changes nothing', () => {
      const card = cardInput(1)
      const first = f.store.putCard(f.book.id, card)
      f.clock.now = START_TIME + 1000
      expect(f.store.putCard(f.book.id, card)).toEqual({ etag: first.etag, created: false })
      expect(f.current().revision).toBe(1)
      expect(f.store.getCard(f.book.id, card.name)?.modifiedAt).toBe(START_TIME)
      expect(f.store.changesSince(f.book.id, { revision: 1 }).changed).toEqual([])
    })

    it('an update changes the etag, the modification time and the revision', () => {
      const card = cardInput(1)
      const first = f.store.putCard(f.book.id, card)
      f.clock.now = START_TIME + 1000
      const update = edited(card, 'new job')
      const second = f.store.putCard(f.book.id, update)
      expect(second).toEqual({ etag: etagOf(update.body), created: false })
      expect(second.etag).not.toBe(first.etag)
      expect(f.store.getCard(f.book.id, card.name)).toMatchObject({ body: update.body, modifiedAt: START_TIME + 1000 })
      expect(f.current().revision).toBe(2)
    })

    it('lists card metadata by name, without bodies', () => {
      for (const n of [3, 1, 2]) f.store.putCard(f.book.id, cardInput(n))
      const listed = f.store.listCards(f.book.id)
      expect(names(listed)).toEqual(['card-0001.vcf', 'card-0002.vcf', 'card-0003.vcf'])
      expect(listed[0]).not.toHaveProperty('body')
      expect(listed[0]).toEqual({
        name: 'card-0001.vcf',
        uid: cardInput(1).uid,
        etag: etagOf(cardInput(1).body),
        size: Buffer.byteLength(cardInput(1).body),
        version: '3.0',
        modifiedAt: START_TIME,
      })
      expect(names(f.store.allCards(f.book.id))).toEqual(names(listed))
      expect(f.store.allCards(f.book.id)[2]?.body).toBe(cardInput(3).body)
    })

    it('getCards returns cards in the order asked, skipping missing names, across chunk boundaries', () => {
      const total = 1200
      for (let n = 0; n < total; n++) f.store.putCard(f.book.id, cardInput(n))
      const asked = Array.from({ length: total }, (_, i) => cardInput(total - 1 - i).name)
      asked.splice(600, 0, 'missing.vcf')
      const cards = f.store.getCards(f.book.id, asked)
      expect(names(cards)).toEqual(asked.filter((name) => name !== 'missing.vcf'))
      expect(cards[0]?.body).toBe(cardInput(total - 1).body)
      expect(f.store.getCards(f.book.id, ['card-0002.vcf', 'card-0001.vcf', 'card-0002.vcf']).map((c) => c.name)).toEqual([
        'card-0002.vcf',
        'card-0001.vcf',
        'card-0002.vcf',
      ])
      expect(f.store.getCards(f.book.id, [])).toEqual([])
    })

    it('finds cards by UID and answers undefined for unknown names and UIDs', () => {
      f.store.putCard(f.book.id, cardInput(1))
      expect(f.store.findByUid(f.book.id, cardInput(1).uid)?.name).toBe('card-0001.vcf')
      expect(f.store.findByUid(f.book.id, 'urn:uuid:unknown')).toBeUndefined()
      expect(f.store.getCard(f.book.id, 'missing.vcf')).toBeUndefined()
      const other = f.store.ensureBook('bob')
      expect(f.store.getCard(other.id, 'card-0001.vcf')).toBeUndefined()
      expect(f.store.listCards(other.id)).toEqual([])
    })

    it('returns snapshots that later writes do not change', () => {
      const card = cardInput(1)
      f.store.putCard(f.book.id, card)
      const before = f.store.getCard(f.book.id, card.name)
      const listed = f.store.listCards(f.book.id)
      f.store.putCard(f.book.id, edited(card, 'later'))
      expect(before?.body).toBe(card.body)
      expect(listed[0]?.etag).toBe(etagOf(card.body))
      expect(Object.getPrototypeOf(before)).toBe(Object.prototype)
    })

    it('putCard and deleteCard throw for an unknown book and write nothing', () => {
      expect(() => f.store.putCard(f.book.id + 1000, cardInput(1))).toThrow(BookNotFoundError)
      expect(() => f.store.deleteCard(f.book.id + 1000, 'card-0001.vcf')).toThrow(BookNotFoundError)
    })

    it('deleteCard removes the card and bumps the revision; a missing card is CardNotFoundError', () => {
      f.store.putCard(f.book.id, cardInput(1))
      f.store.deleteCard(f.book.id, 'card-0001.vcf')
      expect(f.store.getCard(f.book.id, 'card-0001.vcf')).toBeUndefined()
      expect(f.current().revision).toBe(2)
      expect(() => f.store.deleteCard(f.book.id, 'card-0001.vcf')).toThrow(CardNotFoundError)
      expect(f.current().revision).toBe(2)
    })
  })

  describe('preconditions', () => {
    const stored = etagOf(cardInput(1).body)
    const other = '"00000000000000000000000000000000"'
    const putCases: { title: string; exists: boolean; condition: WriteCondition; holds: boolean }[] = [
      { title: 'If-None-Match * on a new card', exists: false, condition: { ifNoneMatch: '*' }, holds: true },
      { title: 'If-None-Match * on an existing card', exists: true, condition: { ifNoneMatch: '*' }, holds: false },
      { title: 'If-Match * on a missing card', exists: false, condition: { ifMatch: '*' }, holds: false },
      { title: 'If-Match * on an existing card', exists: true, condition: { ifMatch: '*' }, holds: true },
      { title: 'If-Match with the stored etag in a list', exists: true, condition: { ifMatch: [other, stored] }, holds: true },
      { title: 'If-Match without the stored etag', exists: true, condition: { ifMatch: [other] }, holds: false },
      { title: 'If-Match with an etag on a missing card', exists: false, condition: { ifMatch: [stored] }, holds: false },
      { title: 'If-Match with the weak form of the stored etag', exists: true, condition: { ifMatch: [`W/${stored}`] }, holds: false },
      { title: 'If-None-Match listing the stored etag', exists: true, condition: { ifNoneMatch: [other, stored] }, holds: false },
      { title: 'If-None-Match listing the weak form of it', exists: true, condition: { ifNoneMatch: [`W/${stored}`] }, holds: false },
      { title: 'If-None-Match listing other etags', exists: true, condition: { ifNoneMatch: [other] }, holds: true },
      { title: 'If-None-Match with an etag on a missing card', exists: false, condition: { ifNoneMatch: [stored] }, holds: true },
      { title: 'both, If-Match holding and If-None-Match failing', exists: true, condition: { ifMatch: [stored], ifNoneMatch: '*' }, holds: false },
    ]

    for (const { title, exists, condition, holds } of putCases) {
      it(`PUT with ${title} ${holds ? 'writes' : 'fails with EtagMismatchError and writes nothing'}`, () => {
        if (exists) f.store.putCard(f.book.id, cardInput(1))
        const revision = f.current().revision
        const update = exists ? edited(cardInput(1), 'conditional') : cardInput(1)
        const attempt = () => f.store.putCard(f.book.id, update, condition)
        if (holds) {
          expect(attempt().etag).toBe(etagOf(update.body))
          expect(f.current().revision).toBe(revision + 1)
        } else {
          expect(attempt).toThrow(EtagMismatchError)
          expect(f.current().revision).toBe(revision)
          expect(f.store.getCard(f.book.id, update.name)?.body).toBe(exists ? cardInput(1).body : undefined)
        }
      })
    }

    it('DELETE honours If-Match and writes nothing when it fails', () => {
      f.store.putCard(f.book.id, cardInput(1))
      expect(() => f.store.deleteCard(f.book.id, 'card-0001.vcf', { ifMatch: [other] })).toThrow(EtagMismatchError)
      expect(() => f.store.deleteCard(f.book.id, 'card-0001.vcf', { ifNoneMatch: '*' })).toThrow(EtagMismatchError)
      expect(f.store.getCard(f.book.id, 'card-0001.vcf')).toBeDefined()
      expect(f.current().revision).toBe(1)
      f.store.deleteCard(f.book.id, 'card-0001.vcf', { ifMatch: [stored] })
      expect(f.store.getCard(f.book.id, 'card-0001.vcf')).toBeUndefined()
    })

    it('the error names the member', () => {
      f.store.putCard(f.book.id, cardInput(1))
      expect(() => f.store.putCard(f.book.id, cardInput(1), { ifNoneMatch: '*' })).toThrow(
        expect.objectContaining({ cardName: 'card-0001.vcf' }),
      )
    })
  })

  describe('UID conflicts', () => {
    it('refuses a second member with the same UID and names the holder', () => {
      f.store.putCard(f.book.id, cardInput(1))
      const copy = { ...cardInput(1), name: 'copy.vcf' }
      expect(() => f.store.putCard(f.book.id, copy)).toThrow(UidConflictError)
      expect(() => f.store.putCard(f.book.id, copy)).toThrow(
        expect.objectContaining({ uid: copy.uid, existingName: 'card-0001.vcf' }),
      )
      expect(f.store.getCard(f.book.id, 'copy.vcf')).toBeUndefined()
      expect(f.current().revision).toBe(1)
    })

    it('refuses a PUT that would change the UID of an existing member', () => {
      f.store.putCard(f.book.id, cardInput(1))
      const changed = { ...cardInput(2), name: 'card-0001.vcf' }
      expect(() => f.store.putCard(f.book.id, changed)).toThrow(
        expect.objectContaining({ name: 'UidConflictError', uid: changed.uid, existingName: 'card-0001.vcf' }),
      )
      expect(f.store.getCard(f.book.id, 'card-0001.vcf')?.uid).toBe(cardInput(1).uid)
    })

    it('lets the same UID live in two different books', () => {
      const other = f.store.ensureBook('bob')
      f.store.putCard(f.book.id, cardInput(1))
      expect(f.store.putCard(other.id, cardInput(1)).created).toBe(true)
    })
  })

  describe('etagOf', () => {
    it('is the quoted first 32 hex digits of the SHA-256 of the UTF-8 bytes', () => {
      expect(etagOf('')).toBe('"e3b0c44298fc1c149afbf4c8996fb924"')
      expect(etagOf('abc')).toBe('"ba7816bf8f01cfea414140de5dae2223"')
      // U+00E9 hashes as its UTF-8 bytes c3 a9 (not as UTF-16 or Latin-1)
      expect(etagOf('\u00e9')).toBe('"4a99557e4033c3539de2eb65472017ca"')
      expect(etagOf('e\u0301')).not.toBe(etagOf('\u00e9'))
    })
  })
}
