/** Loads card bodies for many card targets of one book at once (multiget, sync, listings with address-data). */
import type { CardTarget, DavContext } from './context.js'
import { hasBody } from './context.js'

/**
 * One store.getCards call for all of them: the store reads them in one transaction, so an import
 * committing meanwhile in another process cannot leave half of the bodies old and half new.
 */
export function attachBodies(ctx: DavContext, targets: readonly CardTarget[]): void {
  const pending = targets.filter((target) => !hasBody(target.card))
  const first = pending[0]
  if (!first) return
  const byName = new Map(ctx.store.getCards(first.book.id, pending.map((target) => target.name)).map((card) => [card.name, card]))
  for (const target of pending) {
    const card = byName.get(target.name)
    if (card) target.card = card
  }
}
