/**
 * sync-collection (RFC 6578 §3) on an address book. The Depth header is ignored (Thunderbird
 * sends 1); a missing sync-level means 1. An empty token, or one not in our format (macOS makes
 * up UUIDs), is an initial sync; a token of ours that is garbled, of another book, from the
 * future or expired is 403 valid-sync-token. Changed members carry the requested properties and
 * always getetag; removed members are bare 404 responses; `<limit>` truncates with a 507
 * response for the collection and a token for the partial position; the token comes last.
 */
import type { SyncPosition } from '../../store/types.js'
import { attachBodies } from '../card-bodies.js'
import type { CardTarget, DavContext, Target } from '../context.js'
import { targetHref } from '../context.js'
import { DavError } from '../errors.js'
import { hrefOf } from '../paths.js'
import { needsBodies, resolveProps } from '../properties/index.js'
import { parsePropSelection, type PropRequest, type RequestedProp } from '../requests.js'
import { multistatusResponse } from '../responses.js'
import { formatSyncToken, parseSyncToken } from '../sync-token.js'
import { concat, lazyMap } from '../lazy.js'
import { multistatusChunks, type MultistatusResponse } from '../xml/multistatus.js'
import { dav } from '../xml/names.js'
import { firstChild, type XmlNode } from '../xml/parse.js'
import { defineReport, parseLimit } from './types.js'

interface SyncCollectionRequest {
  syncToken: string
  props: PropRequest
  limit?: number
}

const GETETAG = dav('getetag')
const SYNC_LEVELS = new Set(['1', 'infinite', 'infinity'])

export const syncCollection = defineReport<SyncCollectionRequest>({
  parse(root: XmlNode) {
    const level = firstChild(root, dav('sync-level'))?.text.trim() ?? '1'
    if (!SYNC_LEVELS.has(level.toLowerCase())) throw DavError.badRequest('sync-level must be 1 or infinite')
    const request: SyncCollectionRequest = {
      syncToken: firstChild(root, dav('sync-token'))?.text.trim() ?? '',
      props: withEtag(parsePropSelection(root)),
    }
    const limit = parseLimit(root, dav('limit'), dav('nresults'))
    if (limit !== undefined) request.limit = limit
    return request
  },
  run(ctx: DavContext, target: Target, request: SyncCollectionRequest) {
    if (target.kind !== 'book') throw DavError.precondition('supportedReport')
    const book = target.book
    const changes = ctx.store.changesSince(book.id, sincePosition(request.syncToken, book.syncId), request.limit)
    const changed: CardTarget[] = changes.changed.map((card) => ({ kind: 'card', book, name: card.name, card }))
    if (needsBodies(request.props)) attachBodies(ctx, changed)
    const cardHref = (name: string) => hrefOf(ctx.basePath, { kind: 'card', user: book.owner, slug: book.slug, name })
    const responses = concat<MultistatusResponse>(
      lazyMap(changed, (cardTarget) => ({ href: cardHref(cardTarget.name), propstats: resolveProps(ctx, cardTarget, request.props) })),
      lazyMap(changes.deleted, (name) => ({ href: cardHref(name), status: 404 })),
      changes.truncated ? [{ href: targetHref(ctx, target), status: 507 }] : [],
    )
    return multistatusResponse(multistatusChunks(responses, formatSyncToken(book.syncId, changes.position)))
  },
})

function sincePosition(token: string, syncId: string): SyncPosition | null {
  const parsed = parseSyncToken(token)
  if (parsed.kind === 'initial') return null
  if (parsed.kind === 'invalid' || parsed.syncId !== syncId) throw DavError.precondition('validSyncToken')
  return parsed.position
}

/** The requested properties with getetag added: sync clients need it on every changed member. */
function withEtag(selection: PropRequest | undefined): PropRequest {
  if (!selection) return { kind: 'prop', props: [etagRequest()] }
  if (selection.kind !== 'prop' || selection.props.some((prop) => prop.name === GETETAG)) return selection
  return { kind: 'prop', props: [etagRequest(), ...selection.props] }
}

function etagRequest(): RequestedProp {
  return { name: GETETAG, node: { name: GETETAG, attributes: {}, children: [], text: '' } }
}
