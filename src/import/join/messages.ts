/**
 * Per connection: how many messages were exchanged and when the last one was. Every non-owner
 * participant of a conversation (by profile URL, or by name when the messages carry no URLs, as
 * in 2018) is credited with all its messages. Sponsored and "LinkedIn Member" rows have no URL
 * and match nobody.
 */
import type { Conversation, NamePair } from './conversations.js'
import type { ConnectionDraft } from './draft.js'
import type { ConnectionLookup } from './lookup.js'
import { isOwnerName, isOwnerUrl, type Owner } from './owner.js'

export function attachMessages(lookup: ConnectionLookup, owner: Owner, conversations: readonly Conversation[]): number {
  const credited = new Set<ConnectionDraft>()
  for (const conversation of conversations) {
    for (const draft of participants(lookup, owner, conversation)) {
      credited.add(draft)
      credit(draft, conversation, lookup)
    }
  }
  return credited.size
}

function participants(lookup: ConnectionLookup, owner: Owner, conversation: Conversation): Set<ConnectionDraft> {
  const found = new Set<ConnectionDraft>()
  for (const url of conversation.participantUrls) {
    if (isOwnerUrl(owner, url)) continue
    const draft = lookup.bySlug(url)
    if (draft) found.add(draft)
  }
  if (found.size > 0) return found
  for (const pair of conversation.namePairs) {
    const draft = lookup.byName(counterpartName(pair, owner))
    if (draft) found.add(draft)
  }
  return found
}

/** Without URLs: the other side is FROM for incoming messages, TO for outgoing ones. */
function counterpartName(pair: NamePair, owner: Owner): string {
  if (pair.direction === 'INCOMING') return pair.from
  if (pair.direction === 'OUTGOING') return pair.to
  return isOwnerName(owner, pair.from) ? pair.to : pair.from
}

function credit(draft: ConnectionDraft, conversation: Conversation, lookup: ConnectionLookup): void {
  const facts = draft.messages
  facts.count += conversation.count
  const last = conversation.last
  if (last === undefined || (facts.lastAt !== undefined && facts.lastAt >= last.at)) return
  facts.lastAt = last.at
  facts.lastText = last.text
  facts.lastFromContact = last.senderUrl ? lookup.bySlug(last.senderUrl) === draft : last.direction === 'INCOMING'
}
