/**
 * The shared suite every `Store` implementation must pass (in the manner of hono's
 * common.case.test.ts and sabre's AbstractPDOTestCase). Not named *.test.ts, so vitest runs it
 * only through an implementation's test file:
 *
 *   storeContract('sqlite :memory:', ({ now }) => openSqliteStore(':memory:', { now }))
 */
import { describe } from 'vitest'
import { accountsContract } from './contract-accounts.js'
import { cardsContract } from './contract-cards.js'
import { importContract } from './contract-import.js'
import { modelContract } from './contract-model.js'
import { syncContract } from './contract-sync.js'
import type { MakeStore } from './fixtures.js'

export type { MakeStore } from './fixtures.js'

export function storeContract(label: string, makeStore: MakeStore): void {
  describe(`Store contract: ${label}`, () => {
    describe('accounts', () => accountsContract(makeStore))
    describe('cards', () => cardsContract(makeStore))
    describe('sync', () => syncContract(makeStore))
    describe('import', () => importContract(makeStore))
    modelContract(makeStore)
  })
}
