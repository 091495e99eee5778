/** DELETE of a card (If-Match honoured, not required: Thunderbird sends none). 204; unknown → 404. */
import { writeWhenNotBusy } from '../busy.js'
import { writeCondition } from '../conditional.js'
import type { DavContext, Target } from '../context.js'
import { DavError } from '../errors.js'

export async function handleDelete(ctx: DavContext, target: Target): Promise<Response> {
  if (target.kind !== 'card') throw new DavError(405)
  await writeWhenNotBusy(() => ctx.store.deleteCard(target.book.id, target.name, writeCondition(ctx.request.headers)))
  return new Response(null, { status: 204 })
}
