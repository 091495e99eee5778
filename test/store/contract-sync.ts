import { describe, expect, it } from 'vitest'
import { BookNotFoundError, etagOf, InvalidSyncPositionError } from '../../src/store/index.js'
import { cardInput, ClientView, edited, type MakeStore, names, serverView, useStore } from './fixtures.js'

export function syncContract(makeStore: MakeStore): void {
  const f = useStore(makeStore)
  const put = (n: number, note?: string) =>
    f.store.putCard(f.book.id, note === undefined ? cardInput(n) : edited(cardInput(n), note))
  const remove = (n: number) => f.store.deleteCard(f.book.id, cardInput(n).name)
  const since = (revision: number, after?: string) =>
    f.store.changesSince(f.book.id, after === undefined ? { revision } : { revision, after })

  describe('changesSince', () => {
    it('an initial sync of an empty book is empty at revision 0', () => {
      expect(f.store.changesSince(f.book.id, null)).toEqual({
        position: { revision: 0 },
        changed: [],
        deleted: [],
        truncated: false,
      })
    })

    it('an initial sync lists every current card by name', () => {
      for (const n of [3, 1, 2, 4]) put(n)
      remove(4)
      const changes = f.store.changesSince(f.book.id, null)
      expect(changes.changed).toEqual(f.store.listCards(f.book.id))
      expect(names(changes.changed)).toEqual(['card-0001.vcf', 'card-0002.vcf', 'card-0003.vcf'])
      expect(changes).toMatchObject({ deleted: [], position: { revision: 5 }, truncated: false })
    })

    it('reports sabre testGetChanges: create 3, then update 1 and delete 1', () => {
      put(1)
      put(2)
      const position = f.store.changesSince(f.book.id, null).position
      expect(position).toEqual({ revision: 2 })
      put(3)
      put(1, 'updated')
      remove(2)
      const changes = f.store.changesSince(f.book.id, position)
      expect(names(changes.changed).sort()).toEqual(['card-0001.vcf', 'card-0003.vcf'])
      expect(changes.changed.find((c) => c.name === 'card-0001.vcf')?.etag).toBe(etagOf(edited(cardInput(1), 'updated').body))
      expect(changes.deleted).toEqual(['card-0002.vcf'])
      expect(changes.position).toEqual({ revision: 5 })
      expect(changes.truncated).toBe(false)
    })

    it('lists changes in revision order and nothing when the position is current', () => {
      put(2)
      put(1)
      put(2, 'again')
      expect(names(since(0).changed)).toEqual(['card-0001.vcf', 'card-0002.vcf'])
      expect(since(3)).toEqual({ position: { revision: 3 }, changed: [], deleted: [], truncated: false })
    })

    it('reports a member deleted and then recreated as changed', () => {
      put(1)
      remove(1)
      put(1, 'recreated')
      const changes = since(1)
      expect(names(changes.changed)).toEqual(['card-0001.vcf'])
      expect(changes.deleted).toEqual([])
    })

    it('reports a member created and deleted between two syncs as deleted', () => {
      put(1)
      put(2)
      remove(2)
      const changes = since(1)
      expect(changes.changed).toEqual([])
      expect(changes.deleted).toEqual(['card-0002.vcf'])
    })

    it('reports a member modified and then restored with its original etag', () => {
      put(1)
      put(1, 'temporary')
      put(1)
      expect(since(1).changed.map((c) => c.etag)).toEqual([etagOf(cardInput(1).body)])
    })

    it('rejects positions newer than the book or not integers', () => {
      put(1)
      expect(() => since(2)).toThrow(InvalidSyncPositionError)
      expect(() => since(-1)).toThrow(InvalidSyncPositionError)
      expect(() => since(0.5)).toThrow(InvalidSyncPositionError)
      expect(() => since(Number.NaN)).toThrow(InvalidSyncPositionError)
      expect(() => since(2)).toThrow(expect.objectContaining({ revision: 2 }))
      expect(since(1).changed).toEqual([])
    })

    it('rejects a limit that is not a positive integer, and unknown books', () => {
      expect(() => f.store.changesSince(f.book.id, null, 0)).toThrow(RangeError)
      expect(() => f.store.changesSince(f.book.id, { revision: 0 }, 1.5)).toThrow(RangeError)
      expect(() => f.store.changesSince(f.book.id + 1000, null)).toThrow(BookNotFoundError)
    })
  })

  describe('paging with a limit', () => {
    it('pages through 2,500 changes 1,000 at a time, returning every name exactly once', () => {
      for (let n = 0; n < 2500; n++) put(n)
      const client = new ClientView()
      client.position = { revision: 0 }
      const pages = client.syncFully(f.store, f.book.id, 1000)
      expect(pages.map((p) => [p.changed.length, p.truncated])).toEqual([
        [1000, true],
        [1000, true],
        [500, false],
      ])
      expect(pages[0]?.position).toEqual({ revision: 1000, after: 'card-0999.vcf' })
      expect(pages[2]?.position).toEqual({ revision: 2500 })
      const seen = pages.flatMap((p) => names(p.changed))
      expect(new Set(seen).size).toBe(2500)
      expect(seen).toHaveLength(2500)
    })

    it('pages inside one revision by name', () => {
      f.store.runImport(f.book.id, (session) => {
        for (let n = 0; n < 25; n++) session.writeCard({ ...cardInput(n), base: cardInput(n).body })
      })
      const first = since(0, undefined)
      expect(first.changed).toHaveLength(25)
      const page = f.store.changesSince(f.book.id, { revision: 0 }, 10)
      expect(page.position).toEqual({ revision: 1, after: 'card-0009.vcf' })
      const rest = f.store.changesSince(f.book.id, page.position, 10)
      expect(names(rest.changed)[0]).toBe('card-0010.vcf')
      expect(f.store.changesSince(f.book.id, rest.position, 10)).toMatchObject({ truncated: false, position: { revision: 1 } })
    })

    it('an initial sync honours the limit and continues into later changes', () => {
      for (let n = 0; n < 7; n++) put(n)
      const first = f.store.changesSince(f.book.id, null, 3)
      expect(first.changed).toHaveLength(3)
      expect(first.truncated).toBe(true)
      expect(first.deleted).toEqual([])
      const client = new ClientView()
      client.apply(first)
      client.syncFully(f.store, f.book.id, 3)
      expect(client.etags).toEqual(serverView(f.store, f.book.id))
      expect(client.position).toEqual({ revision: 7 })
    })

    it('an initial sync paged with writes between pages ends with the server state', () => {
      for (let n = 0; n < 10; n++) put(n)
      remove(9)
      const client = new ClientView()
      client.apply(f.store.changesSince(f.book.id, null, 4)) // cards 0-3
      put(1, 'edited after being paged out')
      put(6, 'edited before being paged out')
      remove(2) // already paged out
      remove(7) // not yet paged out
      put(20) // new
      put(9, 'recreated')
      client.apply(f.store.changesSince(f.book.id, client.position, 4))
      put(0, 'edited mid-way')
      client.syncFully(f.store, f.book.id, 4)
      expect(client.etags).toEqual(serverView(f.store, f.book.id))
      expect(client.position).toEqual({ revision: f.current().revision })
    })

    it('an incremental sync paged with writes between pages ends with the server state', () => {
      const client = new ClientView()
      for (let n = 0; n < 5; n++) put(n)
      client.syncFully(f.store, f.book.id)
      for (let n = 5; n < 15; n++) put(n)
      client.apply(f.store.changesSince(f.book.id, client.position, 4))
      put(5, 'paged out, then edited')
      remove(12)
      remove(0)
      client.syncFully(f.store, f.book.id, 4)
      expect(client.etags).toEqual(serverView(f.store, f.book.id))
    })
  })

  describe('pruneTombstones', () => {
    it('drops tombstones up to the revision and invalidates older positions', () => {
      put(1) // 1
      put(2) // 2
      remove(1) // 3
      put(3) // 4
      remove(2) // 5
      put(4) // 6
      f.store.pruneTombstones(f.book.id, 3)
      expect(f.current().minRevision).toBe(4)
      expect(() => since(3)).toThrow(InvalidSyncPositionError)
      expect(() => since(0)).toThrow(InvalidSyncPositionError)
      const changes = since(4)
      expect(changes.deleted).toEqual(['card-0002.vcf'])
      expect(names(changes.changed)).toEqual(['card-0004.vcf'])
      expect(f.store.changesSince(f.book.id, null).changed).toEqual(f.store.listCards(f.book.id))
    })

    it('keeps the current position valid when asked to prune beyond it', () => {
      put(1)
      remove(1)
      put(2)
      const position = f.store.changesSince(f.book.id, null).position
      f.store.pruneTombstones(f.book.id, 99)
      expect(f.current().minRevision).toBe(3)
      expect(since(position.revision)).toMatchObject({ changed: [], deleted: [] })
      put(3)
      expect(names(since(position.revision).changed)).toEqual(['card-0003.vcf'])
    })

    it('never lowers minRevision', () => {
      for (let n = 0; n < 5; n++) put(n)
      f.store.pruneTombstones(f.book.id, 3)
      f.store.pruneTombstones(f.book.id, 1)
      expect(f.current().minRevision).toBe(4)
    })

    it('leaves a paged initial sync after a prune answerable', () => {
      for (let n = 0; n < 6; n++) put(n)
      remove(5)
      put(7)
      f.store.pruneTombstones(f.book.id, 6)
      const client = new ClientView()
      client.syncFully(f.store, f.book.id, 2)
      expect(client.etags).toEqual(serverView(f.store, f.book.id))
    })

    it('throws for unknown books and non-integer revisions', () => {
      expect(() => f.store.pruneTombstones(f.book.id + 1000, 1)).toThrow(BookNotFoundError)
      expect(() => f.store.pruneTombstones(f.book.id, 1.5)).toThrow(RangeError)
    })
  })
}
