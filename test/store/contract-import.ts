import { describe, expect, it } from 'vitest'
import {
  BookNotFoundError,
  CardNotFoundError,
  etagOf,
  type ImportSession,
  UidConflictError,
} from '../../src/store/index.js'
import { cardInput, edited, type MakeStore, names, START_TIME, useStore } from './fixtures.js'

/** Card `n` as the importer writes it: its base is its own body. */
const imported = (n: number, note?: string) => {
  const card = note === undefined ? cardInput(n) : edited(cardInput(n), note)
  return { ...card, base: card.body }
}

const importRecord = (exportDate: string | null, finishedAt: number) => ({
  exportDate,
  sourceName: 'Basic_LinkedInDataExport_12-04-2026.zip',
  startedAt: finishedAt - 10,
  finishedAt,
  report: '{"created":1}',
})

export function importContract(makeStore: MakeStore): void {
  const f = useStore(makeStore)
  const run = <T>(fn: (session: ImportSession) => T): T => f.store.runImport(f.book.id, fn)

  describe('import sessions', () => {
    it('gives all writes of one import a single new revision', () => {
      f.store.putCard(f.book.id, cardInput(100))
      const results = run((session) => [1, 2, 3].map((n) => session.writeCard(imported(n))))
      expect(results).toEqual(['created', 'created', 'created'])
      expect(f.current().revision).toBe(2)
      const changes = f.store.changesSince(f.book.id, { revision: 1 })
      expect(names(changes.changed)).toEqual(['card-0001.vcf', 'card-0002.vcf', 'card-0003.vcf'])
      expect(changes.position).toEqual({ revision: 2 })
    })

    it('an import that changes nothing leaves the revision alone', () => {
      run((session) => session.writeCard(imported(1)))
      const again = run((session) => {
        session.addIdentityKeys('card-0001.vcf', ['linkedin:person1-example'])
        session.recordImport(importRecord('2026-04-12', START_TIME))
        return session.writeCard(imported(1))
      })
      expect(again).toBe('unchanged')
      expect(f.current().revision).toBe(1)
    })

    it('a new base alone is stored without a new etag or revision', () => {
      run((session) => session.writeCard(imported(1)))
      const newBase = edited(cardInput(1), 'importer rendering').body
      const result = run((session) => session.writeCard({ ...cardInput(1), base: newBase }))
      expect(result).toBe('unchanged')
      expect(f.current().revision).toBe(1)
      expect(f.store.getCard(f.book.id, 'card-0001.vcf')?.etag).toBe(etagOf(cardInput(1).body))
      expect(run((session) => session.cardBase(session.allCards()[0]!.name))).toBe(newBase)
    })

    it('a new body is an update with a new etag', () => {
      run((session) => session.writeCard(imported(1)))
      expect(run((session) => session.writeCard(imported(1, 'promoted')))).toBe('updated')
      expect(f.store.getCard(f.book.id, 'card-0001.vcf')?.etag).toBe(etagOf(edited(cardInput(1), 'promoted').body))
      expect(f.current().revision).toBe(2)
    })

    it('nothing is written when the import function throws', () => {
      run((session) => session.writeCard(imported(1)))
      const failing = () =>
        run((session) => {
          session.writeCard(imported(2))
          session.writeCard(imported(1, 'changed'))
          session.removeCard('card-0001.vcf')
          session.addIdentityKeys('card-0002.vcf', ['linkedin:person2-example'])
          session.recordImport(importRecord('2026-04-12', START_TIME))
          throw new Error('reader failed')
        })
      expect(failing).toThrow('reader failed')
      expect(f.current().revision).toBe(1)
      expect(names(f.store.allCards(f.book.id))).toEqual(['card-0001.vcf'])
      expect(f.store.getCard(f.book.id, 'card-0001.vcf')?.body).toBe(cardInput(1).body)
      expect(run((session) => session.identityKeys().size)).toBe(0)
      expect(f.store.importHistory(f.book.id)).toEqual([])
      expect(f.store.changesSince(f.book.id, { revision: 1 }).changed).toEqual([])
    })

    it('refuses an async import function and writes nothing', () => {
      const attempt = () =>
        run(async (session) => {
          session.writeCard(imported(1))
        })
      expect(attempt).toThrow(TypeError)
      expect(f.store.listCards(f.book.id)).toEqual([])
    })

    it('a session cannot be used after its transaction ended', () => {
      const escaped = run((session) => session)
      expect(() => escaped.writeCard(imported(1))).toThrow(/after its transaction ended/)
      expect(f.store.listCards(f.book.id)).toEqual([])
    })

    it('exposes the book and throws BookNotFoundError for unknown books', () => {
      expect(run((session) => session.book)).toEqual(f.book)
      expect(() => f.store.runImport(f.book.id + 1000, () => 1)).toThrow(BookNotFoundError)
    })

    it('removeCard records a deletion for sync but not a client deletion; identity keys stay', () => {
      run((session) => {
        session.writeCard(imported(1))
        session.addIdentityKeys('card-0001.vcf', ['linkedin:person1-example'])
      })
      run((session) => session.removeCard('card-0001.vcf'))
      expect(f.store.changesSince(f.book.id, { revision: 1 }).deleted).toEqual(['card-0001.vcf'])
      expect(run((session) => session.deletedByClients().size)).toBe(0)
      expect(run((session) => session.identityKeys())).toEqual(new Map([['linkedin:person1-example', 'card-0001.vcf']]))
      expect(() => run((session) => session.removeCard('card-0001.vcf'))).toThrow(CardNotFoundError)
    })

    it('addIdentityKeys upserts key -> name', () => {
      run((session) => {
        session.writeCard(imported(1))
        session.writeCard(imported(2))
        session.addIdentityKeys('card-0001.vcf', ['slug:a', 'name:a'])
        session.addIdentityKeys('card-0002.vcf', ['slug:a'])
      })
      expect(run((session) => session.identityKeys())).toEqual(
        new Map([
          ['name:a', 'card-0001.vcf'],
          ['slug:a', 'card-0002.vcf'],
        ]),
      )
    })

    it('keeps the fingerprint an import writes with a card, also when the card itself is unchanged', () => {
      run((session) => session.writeCard({ ...imported(1), sourceHash: 'h1' }))
      expect(run((session) => session.allCards())[0]).toMatchObject({ sourceHash: 'h1', imported: true, editedOnDevice: false })
      const revision = f.current().revision
      expect(run((session) => session.writeCard({ ...imported(1), sourceHash: 'h2' }))).toBe('unchanged')
      expect(run((session) => session.allCards())[0]?.sourceHash).toBe('h2')
      expect(f.current().revision).toBe(revision)
      f.store.putCard(f.book.id, edited(cardInput(1), 'typed on a phone'))
      expect(run((session) => session.allCards())[0]).toMatchObject({ sourceHash: 'h2', editedOnDevice: true })
    })

    it('writing the same body with a new base replaces only the base; reading a missing card throws', () => {
      run((session) => session.writeCard(imported(1)))
      run((session) => session.writeCard({ ...cardInput(1), base: 'BEGIN:VCARD\r\nEND:VCARD\r\n' }))
      const [card] = run((session) => session.allCards())
      expect(card).toMatchObject({ imported: true, editedOnDevice: true })
      expect(run((session) => session.cardBase('card-0001.vcf'))).toBe('BEGIN:VCARD\r\nEND:VCARD\r\n')
      expect(run((session) => session.cardBody('card-0001.vcf'))).toBe(cardInput(1).body)
      expect(f.current().revision).toBe(1)
      expect(() => run((session) => session.cardBase('missing.vcf'))).toThrow(CardNotFoundError)
    })

    it('writeCard enforces UIDs like a client write', () => {
      run((session) => session.writeCard(imported(1)))
      expect(() => run((session) => session.writeCard({ ...imported(1), name: 'other.vcf' }))).toThrow(UidConflictError)
      expect(() => run((session) => session.writeCard({ ...imported(2), name: 'card-0001.vcf' }))).toThrow(UidConflictError)
    })

    it('records imports, lists the history newest first and knows the newest export date', () => {
      expect(run((session) => session.newestExportDate())).toBeNull()
      run((session) => session.recordImport(importRecord('2026-04-12', START_TIME + 100)))
      run((session) => session.recordImport(importRecord(null, START_TIME + 200)))
      run((session) => session.recordImport(importRecord('2025-11-30', START_TIME + 300)))
      expect(run((session) => session.newestExportDate())).toBe('2026-04-12')
      const history = f.store.importHistory(f.book.id)
      expect(history.map((r) => r.exportDate)).toEqual(['2025-11-30', null, '2026-04-12'])
      expect(history[0]).toMatchObject({ bookId: f.book.id, ...importRecord('2025-11-30', START_TIME + 300) })
      expect(f.store.stats(f.book.id).lastImport).toEqual(history[0])
      expect(f.current().revision).toBe(0)
    })
  })

  describe('client writes against imported cards', () => {
    it('remembers the deletion of an imported card, with its UID and time', () => {
      run((session) => session.writeCard(imported(1)))
      f.clock.now = START_TIME + 777
      f.store.deleteCard(f.book.id, 'card-0001.vcf')
      expect(run((session) => session.deletedByClients())).toEqual(
        new Map([['card-0001.vcf', { uid: cardInput(1).uid, deletedAt: START_TIME + 777 }]]),
      )
      expect(f.store.stats(f.book.id).deletedOnDevices).toBe(1)
    })

    it('does not remember the deletion of a card a client created', () => {
      f.store.putCard(f.book.id, cardInput(1))
      f.store.deleteCard(f.book.id, 'card-0001.vcf')
      expect(run((session) => session.deletedByClients().size)).toBe(0)
    })

    it('a client PUT to a remembered name, or forgetClientDeletion, forgets the deletion', () => {
      run((session) => [1, 2].forEach((n) => session.writeCard(imported(n))))
      f.store.deleteCard(f.book.id, 'card-0001.vcf')
      f.store.deleteCard(f.book.id, 'card-0002.vcf')
      f.store.putCard(f.book.id, cardInput(1))
      expect([...run((session) => session.deletedByClients()).keys()]).toEqual(['card-0002.vcf'])
      run((session) => session.forgetClientDeletion('card-0002.vcf'))
      expect(run((session) => session.deletedByClients().size)).toBe(0)
    })

    it('client edits keep the base, and stats count cards by origin', () => {
      run((session) => [1, 2, 3].forEach((n) => session.writeCard(imported(n))))
      f.store.putCard(f.book.id, edited(cardInput(1), 'typed on a phone'))
      f.store.deleteCard(f.book.id, 'card-0003.vcf')
      f.store.putCard(f.book.id, cardInput(50))
      const [first] = run((session) => session.allCards())
      expect(first).toMatchObject({ name: 'card-0001.vcf', imported: true, editedOnDevice: true })
      expect(run((session) => session.cardBase('card-0001.vcf'))).toBe(cardInput(1).body)
      expect(run((session) => session.allCards()).find((c) => c.name === 'card-0002.vcf')?.editedOnDevice).toBe(false)
      expect(() => run((session) => session.cardBody('card-0003.vcf'))).toThrow(CardNotFoundError)
      expect(run((session) => session.allCards()).find((c) => c.name === 'card-0050.vcf')).toMatchObject({ imported: false, sourceHash: null })
      expect(run((session) => session.cardBase('card-0050.vcf'))).toBeNull()
      expect(f.store.stats(f.book.id)).toEqual({
        cards: 3,
        imported: 2,
        editedOnDevices: 1,
        createdOnDevices: 1,
        deletedOnDevices: 1,
        revision: 4,
        lastImport: undefined,
      })
    })

    it('stats of an empty book are zero, and of an unknown book an error', () => {
      expect(f.store.stats(f.book.id)).toEqual({
        cards: 0,
        imported: 0,
        editedOnDevices: 0,
        createdOnDevices: 0,
        deletedOnDevices: 0,
        revision: 0,
        lastImport: undefined,
      })
      expect(() => f.store.stats(f.book.id + 1000)).toThrow(BookNotFoundError)
    })
  })
}
