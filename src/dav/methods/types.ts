/** The shape of one method handler. */
import type { DavContext, Target, TargetKind } from '../context.js'

export interface MethodDef {
  /** The kinds of resource the method applies to; elsewhere it is 405 (and left out of Allow). */
  on: readonly TargetKind[]
  /** Also runs on a card that does not exist yet (PUT creates it); otherwise that is a 404. */
  createsResource?: boolean
  handle(ctx: DavContext, target: Target): Promise<Response>
}
