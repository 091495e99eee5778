/** The shape of a report handler: parse the body into a typed request, then run it. */
import type { DavContext, Target } from '../context.js'
import { DavError } from '../errors.js'
import type { QName } from '../xml/names.js'
import { firstChild, type XmlNode } from '../xml/parse.js'

export interface ReportHandler {
  handle(ctx: DavContext, target: Target, root: XmlNode): Promise<Response> | Response
}

export function defineReport<Request>(def: {
  parse(root: XmlNode): Request
  run(ctx: DavContext, target: Target, request: Request): Promise<Response> | Response
}): ReportHandler {
  return { handle: (ctx, target, root) => def.run(ctx, target, def.parse(root)) }
}

/** `<limit><nresults>n</nresults></limit>` (DAV: for sync-collection, CardDAV for queries); n ≥ 1. */
export function parseLimit(root: XmlNode, limitName: QName, nresultsName: QName): number | undefined {
  const limit = firstChild(root, limitName)
  if (!limit) return undefined
  const text = firstChild(limit, nresultsName)?.text.trim() ?? ''
  const nresults = /^[0-9]{1,9}$/.test(text) ? Number(text) : 0
  if (nresults < 1) throw DavError.badRequest('nresults must be a positive integer')
  return nresults
}
