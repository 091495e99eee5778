/**
 * Model check: whatever happens between the pages of a sync (client writes, deletes, imports,
 * tombstone pruning), a client that keeps syncing in pages ends with exactly the server's state.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { InvalidSyncPositionError, type Store } from '../../src/store/index.js'
import { cardInput, ClientView, edited, type MakeStore, serverView, START_TIME } from './fixtures.js'

type Command =
  | { kind: 'put'; n: number; variant: number }
  | { kind: 'delete'; n: number }
  | { kind: 'import'; writes: { n: number; variant: number }[]; removals: number[] }
  | { kind: 'prune'; back: number }
  | { kind: 'syncPage'; client: number; limit: number }

const cardNumber = fc.integer({ min: 0, max: 9 })
const variant = fc.integer({ min: 0, max: 2 })
const command: fc.Arbitrary<Command> = fc.oneof(
  fc.record({ kind: fc.constant('put' as const), n: cardNumber, variant }),
  fc.record({ kind: fc.constant('delete' as const), n: cardNumber }),
  fc.record({
    kind: fc.constant('import' as const),
    writes: fc.array(fc.record({ n: cardNumber, variant }), { maxLength: 4 }),
    removals: fc.array(cardNumber, { maxLength: 2 }),
  }),
  fc.record({ kind: fc.constant('prune' as const), back: fc.integer({ min: 0, max: 4 }) }),
  fc.record({ kind: fc.constant('syncPage' as const), client: fc.integer({ min: 0, max: 1 }), limit: fc.integer({ min: 1, max: 4 }) }),
)

function cardVariant(n: number, v: number) {
  return v === 0 ? cardInput(n) : edited(cardInput(n), `variant ${v}`)
}

/** One page for the client; an invalidated position starts it over, as a DAV client would. */
function syncPage(store: Store, bookId: number, client: ClientView, limit?: number): boolean {
  try {
    const page = store.changesSince(bookId, client.position, limit)
    client.apply(page)
    return page.truncated
  } catch (error) {
    if (!(error instanceof InvalidSyncPositionError)) throw error
    client.etags.clear()
    client.position = null
    return true
  }
}

function execute(store: Store, bookId: number, clients: ClientView[], cmd: Command): void {
  const exists = (n: number) => store.getCard(bookId, cardInput(n).name) !== undefined
  switch (cmd.kind) {
    case 'put':
      store.putCard(bookId, cardVariant(cmd.n, cmd.variant))
      return
    case 'delete':
      if (exists(cmd.n)) store.deleteCard(bookId, cardInput(cmd.n).name)
      return
    case 'import':
      store.runImport(bookId, (session) => {
        for (const w of cmd.writes) {
          const card = cardVariant(w.n, w.variant)
          session.writeCard({ ...card, base: card.body })
        }
        for (const n of cmd.removals) if (exists(n)) session.removeCard(cardInput(n).name)
      })
      return
    case 'prune': {
      const book = store.getBook('alice', 'linkedin')
      if (book !== undefined) store.pruneTombstones(bookId, book.revision - cmd.back)
      return
    }
    case 'syncPage': {
      const client = clients[cmd.client]
      if (client !== undefined) syncPage(store, bookId, client, cmd.limit)
      return
    }
  }
}

export function modelContract(makeStore: MakeStore): void {
  describe('sync model', () => {
    it('paged clients converge to the server state whatever happens between pages', () => {
      fc.assert(
        fc.property(fc.array(command, { maxLength: 40 }), fc.integer({ min: 1, max: 4 }), (commands, finalLimit) => {
          const store = makeStore({ now: () => START_TIME })
          try {
            const bookId = store.ensureBook('alice').id
            const clients = [new ClientView(), new ClientView()]
            for (const cmd of commands) execute(store, bookId, clients, cmd)
            const expected = serverView(store, bookId)
            for (const client of clients) {
              let rounds = 0
              while (syncPage(store, bookId, client, finalLimit)) expect(++rounds).toBeLessThan(100)
              expect(client.etags).toEqual(expected)
              expect(client.position).toEqual({ revision: store.getBook('alice', 'linkedin')?.revision })
            }
          } finally {
            store.close()
          }
        }),
        { numRuns: 150 },
      )
    })
  })
}
