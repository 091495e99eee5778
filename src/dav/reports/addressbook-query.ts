/**
 * addressbook-query (RFC 6352 §8.6): the cards matching the filter (all of them when the filter
 * is missing or empty). Depth is ignored: Evolution sends Depth 0 on the book and means 1. With
 * `<card:limit><card:nresults>n`, at most n cards are returned and, if more match, a response
 * for the request URI with 507 Insufficient Storage says the result was cut (§8.6.2).
 */
import type { Card } from '../../store/types.js'
import { parseVCard, VCardSyntaxError } from '../../vcard/index.js'
import type { CardTarget, DavContext, Target } from '../context.js'
import { loadCard, targetHref } from '../context.js'
import { DavError } from '../errors.js'
import { isMatchAll, matchesFilter, type CardFilter } from '../filter.js'
import { needsBodies, resolveProps } from '../properties/index.js'
import { multistatusResponse } from '../responses.js'
import { concat, lazyMap } from '../lazy.js'
import { multistatusChunks, type MultistatusResponse } from '../xml/multistatus.js'
import { parseQueryRequest, type QueryRequest } from './query-request.js'
import { defineReport } from './types.js'

export const addressbookQuery = defineReport<QueryRequest>({
  parse: parseQueryRequest,
  run(ctx: DavContext, target: Target, request: QueryRequest) {
    if (target.kind !== 'book' && target.kind !== 'card') throw DavError.precondition('supportedReport')
    const candidates = candidatesOf(ctx, target, request)
    const matched: CardTarget[] = []
    let truncated = false
    for (const candidate of candidates) {
      if (!matches(ctx, candidate, request.filter)) continue
      if (request.limit !== undefined && matched.length >= request.limit) {
        truncated = true
        break
      }
      matched.push(candidate)
    }
    const responses: Iterable<MultistatusResponse> = lazyMap(matched, (cardTarget) => ({
      href: targetHref(ctx, cardTarget),
      propstats: resolveProps(ctx, cardTarget, request.props),
    }))
    const insufficientStorage: MultistatusResponse[] = truncated ? [{ href: targetHref(ctx, target), status: 507 }] : []
    return multistatusResponse(multistatusChunks(concat(responses, insufficientStorage)))
  },
})

/** The cards to test: metadata only when neither the filter nor the properties need bodies. */
function candidatesOf(ctx: DavContext, target: CardTarget | Extract<Target, { kind: 'book' }>, request: QueryRequest): CardTarget[] {
  if (target.kind === 'card') return [target]
  const book = target.book
  const cards = isMatchAll(request.filter) && !needsBodies(request.props) ? ctx.store.listCards(book.id) : ctx.store.allCards(book.id)
  return cards.map((card) => ({ kind: 'card', book, name: card.name, card }))
}

function matches(ctx: DavContext, target: CardTarget, filter: CardFilter): boolean {
  if (isMatchAll(filter)) return true
  const card: Card | undefined = loadCard(ctx, target)
  if (!card) return false
  try {
    return matchesFilter(parseVCard(card.body), filter)
  } catch (error) {
    if (error instanceof VCardSyntaxError) return false
    throw error
  }
}
