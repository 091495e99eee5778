/**
 * Who exported the archive. The owner never becomes a contact, and their side of every
 * conversation and invitation is ignored. Profile.csv gives the name; the URL comes from the
 * invitations (inviter of OUTGOING, invitee of INCOMING rows) and from the profile URL present in
 * nearly every message thread.
 */
import { normaliseNamePart } from '../identity.js'
import { normaliseProfileUrl } from '../profile-url.js'
import type { InvitationRow, ProfileRow } from '../readers/types.js'
import type { Conversation } from './conversations.js'

export interface Owner {
  name?: string
  slugs: Set<string>
}

export function detectOwner(profile: ProfileRow | undefined, invitations: readonly InvitationRow[], conversations: readonly Conversation[]): Owner {
  const slugs = new Set<string>()
  for (const invitation of invitations) {
    const ownUrl = invitation.direction === 'OUTGOING' ? invitation.inviterUrl : invitation.inviteeUrl
    const slug = ownUrl ? normaliseProfileUrl(ownUrl)?.slug : undefined
    if (slug) slugs.add(slug)
  }
  if (slugs.size === 0) {
    const mostCommon = slugInMostConversations(conversations)
    if (mostCommon) slugs.add(mostCommon)
  }
  const name = profile ? normaliseNamePart(`${profile.firstName} ${profile.lastName}`) : undefined
  return { name: name || undefined, slugs }
}

/** The slug that takes part in more than half of the conversations (at least three of them). */
function slugInMostConversations(conversations: readonly Conversation[]): string | undefined {
  const seenIn = new Map<string, number>()
  for (const conversation of conversations) {
    const slugs = new Set<string>()
    for (const url of conversation.participantUrls) {
      const slug = normaliseProfileUrl(url)?.slug
      if (slug) slugs.add(slug)
    }
    for (const slug of slugs) seenIn.set(slug, (seenIn.get(slug) ?? 0) + 1)
  }
  let best: [string, number] | undefined
  for (const [slug, count] of seenIn) if (!best || count > best[1]) best = [slug, count]
  return best && conversations.length >= 3 && best[1] * 2 > conversations.length ? best[0] : undefined
}

export function isOwnerUrl(owner: Owner, url: string | undefined): boolean {
  const slug = url ? normaliseProfileUrl(url)?.slug : undefined
  return slug !== undefined && owner.slugs.has(slug)
}

export function isOwnerName(owner: Owner, name: string): boolean {
  return owner.name !== undefined && normaliseNamePart(name) === owner.name
}
