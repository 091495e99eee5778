/**
 * PROPPATCH (RFC 4918 §9.2), all or nothing: the book's displayname and addressbook-description
 * can be set or removed (one store.updateBook call), and the home's CS:me-card (macOS). Every other
 * property fails with 403: known live properties with cannot-modify-protected-property, anything
 * else as a plain 403 because we keep no dead properties; a me-card that is not one of the user's
 * cards gets 409. When anything fails, the rest is answered 424 Failed Dependency and nothing is
 * written.
 */
import { writeWhenNotBusy } from '../busy.js'
import { type DavContext, type Target, targetHref } from '../context.js'
import { PRECONDITIONS } from '../errors.js'
import { PROPERTIES } from '../properties/index.js'
import type { BookChanges, HomeChanges } from '../properties/types.js'
import { parsePropPatch } from '../requests.js'
import { multistatusResponse } from '../responses.js'
import { renderMultistatus, type PropValue, type Propstat } from '../xml/multistatus.js'
import type { QName } from '../xml/names.js'
import { parseXml } from '../xml/parse.js'

export async function handleProppatch(ctx: DavContext, target: Target): Promise<Response> {
  const operations = parsePropPatch(parseXml(await ctx.request.text()))
  const changes: BookChanges = {}
  let homeChanges: HomeChanges | undefined
  const accepted = new Set<QName>()
  const protectedNames = new Set<QName>()
  const refused = new Set<QName>()
  const invalid = new Set<QName>()
  for (const operation of operations) {
    const def = PROPERTIES.get(operation.name)
    const value = operation.action === 'set' ? operation.node : null
    if (def?.toBookChanges && target.kind === 'book') {
      Object.assign(changes, def.toBookChanges(value))
      accepted.add(operation.name)
    } else if (def?.toHomeChanges && target.kind === 'home') {
      homeChanges = def.toHomeChanges(ctx, value)
      ;(homeChanges ? accepted : invalid).add(operation.name)
    } else if (def) protectedNames.add(operation.name)
    else refused.add(operation.name)
  }
  const names = (set: Set<QName>): PropValue[] => [...set].map((name) => ({ name }))
  const failed = protectedNames.size > 0 || refused.size > 0 || invalid.size > 0
  const propstats: Propstat[] = []
  if (!failed) {
    if (target.kind === 'book' && accepted.size > 0) await writeWhenNotBusy(() => ctx.store.updateBook(target.book.id, changes))
    if (target.kind === 'home' && homeChanges) await writeWhenNotBusy(() => ctx.store.setMeCard(target.user, homeChanges!.meCard))
    propstats.push({ status: 200, props: names(accepted) })
  } else {
    if (protectedNames.size > 0) propstats.push({ status: 403, props: names(protectedNames), error: PRECONDITIONS.cannotModifyProtectedProperty.name })
    if (refused.size > 0) propstats.push({ status: 403, props: names(refused) })
    if (invalid.size > 0) propstats.push({ status: 409, props: names(invalid) })
    if (accepted.size > 0) propstats.push({ status: 424, props: names(accepted) })
  }
  return multistatusResponse(renderMultistatus([{ href: targetHref(ctx, target), propstats }]))
}
