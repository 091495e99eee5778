/** PROPFIND (RFC 4918 §9.1): Depth 0 or 1; infinity is refused with propfind-finite-depth. */
import { attachBodies } from '../card-bodies.js'
import { type CardTarget, type DavContext, type Target, targetHref } from '../context.js'
import { DavError } from '../errors.js'
import { parseDepth, prefersMinimal } from '../headers.js'
import { needsBodies, resolveProps } from '../properties/index.js'
import { parsePropfind } from '../requests.js'
import { childrenOf } from '../resolve.js'
import { multistatusResponse } from '../responses.js'
import { lazyMap } from '../lazy.js'
import { multistatusChunks } from '../xml/multistatus.js'
import { parseXml } from '../xml/parse.js'

export async function handlePropfind(ctx: DavContext, target: Target): Promise<Response> {
  const depth = parseDepth(ctx.request.headers.get('Depth'), 1)
  if (depth === 'infinity') throw DavError.precondition('propfindFiniteDepth')
  const request = parsePropfind(parseXml(await ctx.request.text()))
  const minimal = prefersMinimal(ctx.request.headers)
  const targets = depth === 1 ? [target, ...childrenOf(ctx, target)] : [target]
  if (needsBodies(request)) attachBodies(ctx, targets.filter((t): t is CardTarget => t.kind === 'card'))
  const responses = lazyMap(targets, (t) => ({
    href: targetHref(ctx, t),
    propstats: resolveProps(ctx, t, request, { omitNotFound: minimal }),
  }))
  return multistatusResponse(multistatusChunks(responses), minimal ? { 'Preference-Applied': 'return=minimal', Vary: 'Brief, Prefer' } : { Vary: 'Brief, Prefer' })
}
