/** Loads card bodies for many card targets of one book at once (multiget, sync, listings with address-data). */
import type { CardTarget, DavContext } from './context.js'
import { hasBody } from './context.js'

/** How many names go into one store.getCards call. */
export const BODY_BATCH_SIZE = 500

export function attachBodies(ctx: DavContext, targets: readonly CardTarget[]): void {
  const pending = targets.filter((target) => !hasBody(target.card))
  for (let start = 0; start < pending.length; start += BODY_BATCH_SIZE) {
    const batch = pending.slice(start, start + BODY_BATCH_SIZE)
    const first = batch[0]
    if (!first) continue
    const byName = new Map(ctx.store.getCards(first.book.id, batch.map((target) => target.name)).map((card) => [card.name, card]))
    for (const target of batch) {
      const card = byName.get(target.name)
      if (card) target.card = card
    }
  }
}
