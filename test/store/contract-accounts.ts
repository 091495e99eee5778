import { describe, expect, it } from 'vitest'
import { BookNotFoundError, UserExistsError, UserNotFoundError } from '../../src/store/index.js'
import { type MakeStore, START_TIME, useStore } from './fixtures.js'

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

export function accountsContract(makeStore: MakeStore): void {
  const f = useStore(makeStore)

  describe('users', () => {
    it('ensureUser creates a user without a password once and then returns it unchanged', () => {
      f.clock.now = START_TIME + 5
      const first = f.store.ensureUser('bob')
      f.clock.now = START_TIME + 99
      expect(first).toEqual({ name: 'bob', passwordHash: null, meCard: null, createdAt: START_TIME + 5 })
      expect(f.store.ensureUser('bob')).toEqual(first)
    })

    it('setMeCard remembers the card a user marked as "me", and clears it', () => {
      f.store.ensureUser('bob')
      f.store.setMeCard('bob', 'me.vcf')
      expect(f.store.getUser('bob')?.meCard).toBe('me.vcf')
      f.store.setMeCard('bob', null)
      expect(f.store.getUser('bob')?.meCard).toBeNull()
      expect(() => f.store.setMeCard('nobody', 'x.vcf')).toThrow(UserNotFoundError)
    })

    it('createUser stores the hash and refuses an existing name', () => {
      expect(f.store.createUser('carol', 'scrypt$hash')).toMatchObject({ name: 'carol', passwordHash: 'scrypt$hash' })
      expect(f.store.getUser('carol')?.passwordHash).toBe('scrypt$hash')
      expect(() => f.store.createUser('carol', null)).toThrow(UserExistsError)
      expect(() => f.store.createUser('alice', null)).toThrow(UserExistsError)
    })

    it('setPasswordHash replaces the hash and throws for an unknown user', () => {
      f.store.setPasswordHash('alice', 'scrypt$new')
      expect(f.store.getUser('alice')?.passwordHash).toBe('scrypt$new')
      expect(() => f.store.setPasswordHash('nobody', 'x')).toThrow(UserNotFoundError)
    })

    it('lists users by name and answers undefined for unknown names', () => {
      f.store.ensureUser('zed')
      f.store.createUser('bob', null)
      expect(f.store.listUsers().map((u) => u.name)).toEqual(['alice', 'bob', 'zed'])
      expect(f.store.getUser('nobody')).toBeUndefined()
    })
  })

  describe('address books', () => {
    it('ensureBook creates the user and the LinkedIn book with revision 0', () => {
      expect(f.store.getUser('alice')).toMatchObject({ name: 'alice', passwordHash: null })
      expect(f.book).toMatchObject({
        owner: 'alice',
        slug: 'linkedin',
        displayName: 'LinkedIn',
        description: 'Your LinkedIn connections, imported by linkingout',
        revision: 0,
        minRevision: 0,
        createdAt: START_TIME,
      })
      expect(f.book.syncId).toMatch(UUID_V4)
    })

    it('ensureBook returns the same book on later calls, and other owners get their own', () => {
      expect(f.store.ensureBook('alice')).toEqual(f.book)
      const other = f.store.ensureBook('bob')
      expect(other.id).not.toBe(f.book.id)
      expect(other.syncId).not.toBe(f.book.syncId)
      expect(f.store.listBooks('alice')).toEqual([f.book])
      expect(f.store.listBooks('nobody')).toEqual([])
    })

    it('getBook finds a book by owner and slug only', () => {
      expect(f.store.getBook('alice', 'linkedin')).toEqual(f.book)
      expect(f.store.getBook('alice', 'other')).toBeUndefined()
      expect(f.store.getBook('bob', 'linkedin')).toBeUndefined()
    })

    it('updateBook changes the given fields only and does not touch the revision', () => {
      const updated = f.store.updateBook(f.book.id, { displayName: 'Work contacts' })
      expect(updated).toEqual({ ...f.book, displayName: 'Work contacts' })
      expect(f.store.updateBook(f.book.id, { description: 'From LinkedIn' })).toEqual({
        ...updated,
        description: 'From LinkedIn',
      })
      expect(f.current().revision).toBe(0)
    })

    it('updateBook throws BookNotFoundError for an unknown book', () => {
      expect(() => f.store.updateBook(f.book.id + 1000, { displayName: 'x' })).toThrow(BookNotFoundError)
    })
  })
}
