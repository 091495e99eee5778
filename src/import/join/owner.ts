/**
 * Who exported the archive. The owner never becomes a contact, and their side of every
 * conversation and invitation is ignored. Profile.csv gives the name; the URL comes from the
 * invitations (inviter of OUTGOING, invitee of INCOMING rows) and from the profile URL present in
 * nearly every message thread.
 */
import { normaliseNamePart } from '../identity.js'
import { normaliseProfileUrl } from '../profile-url.js'
import type { InvitationRow, MessageRow, ProfileRow } from '../readers/types.js'

export interface Owner {
  name?: string
  slugs: Set<string>
}

export function detectOwner(profile: ProfileRow | undefined, invitations: readonly InvitationRow[], messages: readonly MessageRow[]): Owner {
  const slugs = new Set<string>()
  for (const invitation of invitations) {
    const ownUrl = invitation.direction === 'OUTGOING' ? invitation.inviterUrl : invitation.inviteeUrl
    const slug = ownUrl ? normaliseProfileUrl(ownUrl)?.slug : undefined
    if (slug) slugs.add(slug)
  }
  if (slugs.size === 0) {
    const mostCommon = slugInMostConversations(messages)
    if (mostCommon) slugs.add(mostCommon)
  }
  const name = profile ? normaliseNamePart(`${profile.firstName} ${profile.lastName}`) : undefined
  return { name: name || undefined, slugs }
}

/** The slug that takes part in more than half of the conversations (at least three of them). */
function slugInMostConversations(messages: readonly MessageRow[]): string | undefined {
  const participants = new Map<string, Set<string>>()
  for (const message of messages) {
    const conversation = message.conversationId
    if (!conversation) continue
    for (const url of [message.senderUrl, ...message.recipientUrls]) {
      const slug = url ? normaliseProfileUrl(url)?.slug : undefined
      if (!slug) continue
      let seen = participants.get(slug)
      if (!seen) participants.set(slug, (seen = new Set()))
      seen.add(conversation)
    }
  }
  const conversations = new Set(messages.map((m) => m.conversationId).filter(Boolean)).size
  let best: [string, number] | undefined
  for (const [slug, seen] of participants) if (!best || seen.size > best[1]) best = [slug, seen.size]
  return best && conversations >= 3 && best[1] * 2 > conversations ? best[0] : undefined
}

export function isOwnerUrl(owner: Owner, url: string | undefined): boolean {
  const slug = url ? normaliseProfileUrl(url)?.slug : undefined
  return slug !== undefined && owner.slugs.has(slug)
}

export function isOwnerName(owner: Owner, name: string): boolean {
  return owner.name !== undefined && normaliseNamePart(name) === owner.name
}
