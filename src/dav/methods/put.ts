/**
 * PUT of a card: 201 created / 204 updated; If-Match and If-None-Match honoured but never
 * required (Thunderbird sends neither). The ETag header is sent only when the stored bytes are
 * exactly the request bytes (RFC 9110 §9.3.4; sabre's rule), so clients re-fetch repaired cards.
 */
import { writeWhenNotBusy } from '../busy.js'
import { writeCondition } from '../conditional.js'
import type { DavContext, Target } from '../context.js'
import { DavError } from '../errors.js'
import { checkContentType, prepareUpload } from '../upload.js'

export async function handlePut(ctx: DavContext, target: Target): Promise<Response> {
  if (target.kind !== 'card') throw new DavError(405)
  const tooLarge = () => DavError.precondition('maxResourceSize', `a card may hold at most ${ctx.maxResourceSize} bytes`)
  const declaredLength = Number(ctx.request.headers.get('Content-Length') ?? '0')
  if (declaredLength > ctx.maxResourceSize) throw tooLarge()
  checkContentType(ctx.request.headers.get('Content-Type'))
  const bytes = new Uint8Array(await ctx.request.arrayBuffer())
  if (bytes.byteLength > ctx.maxResourceSize) throw tooLarge()
  const upload = prepareUpload(bytes, target.name)
  const result = await writeWhenNotBusy(() =>
    ctx.store.putCard(target.book.id, { name: target.name, uid: upload.uid, body: upload.body, version: upload.version }, writeCondition(ctx.request.headers)),
  )
  const headers: Record<string, string> = upload.rewritten ? {} : { ETag: result.etag }
  return new Response(null, { status: result.created ? 201 : 204, headers })
}
