/**
 * GET and HEAD of a card: vCard 3.0 unless `Accept: text/vcard; version=4.0`, the stored ETag
 * in every representation, If-None-Match → 304 and If-Match → 412. Collections have no GET
 * (405 from the method table).
 */
import { readConditionStatus } from '../conditional.js'
import { type DavContext, loadCard, type Target } from '../context.js'
import { DavError } from '../errors.js'
import { cardText, VCARD_CONTENT_TYPE, versionFromAccept } from '../representation.js'

export async function handleGet(ctx: DavContext, target: Target): Promise<Response> {
  const card = target.kind === 'card' ? loadCard(ctx, target) : undefined
  if (!card) throw new DavError(404)
  const validators = { ETag: card.etag, 'Last-Modified': new Date(card.modifiedAt).toUTCString() }
  const condition = readConditionStatus(ctx.request.headers, card.etag)
  if (condition === 412) throw new DavError(412)
  if (condition === 304) return new Response(null, { status: 304, headers: validators })
  const text = cardText(card, versionFromAccept(ctx.request.headers.get('Accept')))
  const headers = { ...validators, 'Content-Type': VCARD_CONTENT_TYPE, Vary: 'Accept' }
  if (ctx.request.method.toUpperCase() === 'HEAD') {
    return new Response(null, { status: 200, headers: { ...headers, 'Content-Length': String(Buffer.byteLength(text)) } })
  }
  return new Response(text, { status: 200, headers })
}
