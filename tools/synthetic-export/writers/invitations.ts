/**
 * Invitations.csv (§4.3): a share of connections with the invitation that connected them (sent up
 * to two weeks before the connection date), plus the network's pending invitations.
 */
import { Rng } from '../prng.js'
import { DAY_MS, MINUTE_MS, parseIsoDate, usShortDateTime } from '../dates.js'
import { csvFile, displayNameOf, type FileWriter, type RenderContext } from '../context.js'
import { inventInvitationMessage } from '../phrases.js'
import { profileUrl } from '../slugs.js'

const HEADER_5 = ['From', 'To', 'Sent At', 'Message', 'Direction'] as const
const HEADER_7 = [...HEADER_5, 'inviterProfileUrl', 'inviteeProfileUrl'] as const
const INVITATION_SHARE = 0.45
const MESSAGE_SHARE = 0.02

interface Invitation {
  direction: 'INCOMING' | 'OUTGOING'
  other: { name: string; url: string }
  at: number
  message: string
}

function connectionInvitations(ctx: RenderContext): Invitation[] {
  const outgoingShare = 0.3 + 0.4 * Rng.for(ctx.network.seed, 'invitation-mix').float()
  const invitations: Invitation[] = []
  for (const person of ctx.visible) {
    const rng = Rng.for(ctx.network.seed, 'invitation', person.id)
    if (!rng.chance(INVITATION_SHARE)) continue
    const direction = rng.chance(outgoingShare) ? 'OUTGOING' : 'INCOMING'
    const at = parseIsoDate(person.connectedOn) - rng.int(0, 14) * DAY_MS + rng.int(7 * 60, 23 * 60) * MINUTE_MS
    const message = rng.chance(MESSAGE_SHARE) ? inventInvitationMessage(rng) : ''
    invitations.push({ direction, other: { name: displayNameOf(person), url: profileUrl(person.slug) }, at, message })
  }
  return invitations
}

function pendingInvitations(ctx: RenderContext): Invitation[] {
  return (ctx.network.pending ?? []).flatMap((p) => {
    const at = parseIsoDate(p.sentOn) + Rng.for(ctx.network.seed, 'pending', p.slug).int(7 * 60, 23 * 60) * MINUTE_MS
    if (at >= ctx.exportMs + DAY_MS) return []
    return [{ direction: p.direction, other: { name: displayNameOf(p), url: profileUrl(p.slug) }, at, message: p.message ?? '' }]
  })
}

export const writeInvitations: FileWriter = (ctx) => {
  const withUrls = ctx.preset.invitations.withProfileUrls
  const owner = { name: ctx.owner.name, url: ctx.owner.url }
  const all = [...connectionInvitations(ctx), ...pendingInvitations(ctx)].sort((a, b) => b.at - a.at)
  const rows = all.map((inv) => {
    const [inviter, invitee] = inv.direction === 'OUTGOING' ? [owner, inv.other] : [inv.other, owner]
    const base = [inviter.name, invitee.name, usShortDateTime(inv.at), inv.message, inv.direction]
    return withUrls ? [...base, inviter.url, invitee.url] : base
  })
  const header = withUrls ? HEADER_7 : HEADER_5
  return [csvFile(ctx, { path: 'Invitations.csv', records: [[...header], ...rows], rows: rows.length })]
}
