/**
 * addressbook-multiget (RFC 6352 §8.7): one response per href, in request order, whatever the
 * Depth (Thunderbird and tsdav send 1, DAVx5 0, Evolution none). Hrefs may be absolute paths or
 * full URLs, encoded or not; an href outside this book, or of a card that does not exist, is a
 * 404 response. All cards come from one store.getCards call (one read transaction), so the
 * answer never mixes cards from before and after an import that commits meanwhile.
 */
import type { CardTarget, DavContext, Target } from '../context.js'
import { DavError } from '../errors.js'
import { hrefOf, parseHref } from '../paths.js'
import { resolveProps } from '../properties/index.js'
import { ALLPROP_REQUEST, parsePropSelection, type PropRequest } from '../requests.js'
import { multistatusResponse } from '../responses.js'
import { concat, lazyMap } from '../lazy.js'
import { multistatusChunks, type MultistatusResponse } from '../xml/multistatus.js'
import { childrenNamed, type XmlNode } from '../xml/parse.js'
import { dav } from '../xml/names.js'
import { defineReport } from './types.js'

interface MultigetRequest {
  props: PropRequest
  hrefs: string[]
}

export const addressbookMultiget = defineReport<MultigetRequest>({
  parse(root: XmlNode) {
    const hrefs = childrenNamed(root, dav('href')).map((href) => href.text.trim())
    if (hrefs.length === 0) throw DavError.badRequest('addressbook-multiget needs at least one href')
    return { props: parsePropSelection(root) ?? ALLPROP_REQUEST, hrefs }
  },
  run(ctx: DavContext, target: Target, request: MultigetRequest) {
    if (target.kind !== 'book' && target.kind !== 'card') throw DavError.precondition('supportedReport')
    const book = target.book
    const nameOf = (href: string): string | undefined => {
      const path = parseHref(ctx.basePath, href, ctx.url)
      return path?.kind === 'card' && path.user === book.owner && path.slug === book.slug ? path.name : undefined
    }
    const names = request.hrefs.map(nameOf)
    const wanted = [...new Set(names.filter((name): name is string => name !== undefined))]
    const found = new Map<string, CardTarget>()
    for (const card of ctx.store.getCards(book.id, wanted)) found.set(card.name, { kind: 'card', book, name: card.name, card })
    const responses: Iterable<MultistatusResponse> = lazyMap(request.hrefs, (href, index) => {
      const name = names[index]
      const cardTarget = name === undefined ? undefined : found.get(name)
      if (!cardTarget) return { href, status: 404 }
      const canonical = hrefOf(ctx.basePath, { kind: 'card', user: book.owner, slug: book.slug, name: cardTarget.name })
      return { href: canonical, propstats: resolveProps(ctx, cardTarget, request.props) }
    })
    return multistatusResponse(multistatusChunks(responses))
  },
})
