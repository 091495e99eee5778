/** REPORT (RFC 3253 §3.6): dispatch on the body's root element; unknown or misplaced → supported-report. */
import type { DavContext, Target } from '../context.js'
import { DavError } from '../errors.js'
import { findReport } from '../reports/index.js'
import { parseXml } from '../xml/parse.js'

export async function handleReport(ctx: DavContext, target: Target): Promise<Response> {
  const root = parseXml(await ctx.request.text())
  if (!root) throw DavError.badRequest('a REPORT needs a body')
  const report = findReport(root.name)
  if (!report || !report.on.includes(target.kind)) throw DavError.precondition('supportedReport')
  return report.handle(ctx, target, root)
}
