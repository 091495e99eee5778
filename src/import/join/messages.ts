/**
 * Per connection: how many messages were exchanged and when the last one was. Messages are
 * grouped by conversation; every non-owner participant of a conversation (by profile URL, or by
 * name in the 2018 format that has no URLs) is credited with all its messages. Sponsored and
 * "LinkedIn Member" rows have no URL and match nobody.
 */
import type { MessageRow } from '../readers/types.js'
import type { ConnectionDraft } from './draft.js'
import type { ConnectionLookup } from './lookup.js'
import { isOwnerName, isOwnerUrl, type Owner } from './owner.js'

export function attachMessages(lookup: ConnectionLookup, owner: Owner, rows: readonly MessageRow[]): number {
  const conversations = groupByConversation(rows)
  const credited = new Set<ConnectionDraft>()
  for (const messages of conversations) {
    for (const draft of participants(lookup, owner, messages)) {
      credited.add(draft)
      for (const message of messages) credit(draft, message, lookup)
    }
  }
  return credited.size
}

function groupByConversation(rows: readonly MessageRow[]): MessageRow[][] {
  const groups = new Map<string, MessageRow[]>()
  rows.forEach((row, index) => {
    const key = row.conversationId ?? `row:${index}`
    const group = groups.get(key)
    if (group) group.push(row)
    else groups.set(key, [row])
  })
  return [...groups.values()]
}

function participants(lookup: ConnectionLookup, owner: Owner, messages: readonly MessageRow[]): Set<ConnectionDraft> {
  const found = new Set<ConnectionDraft>()
  for (const message of messages) {
    for (const url of [message.senderUrl, ...message.recipientUrls]) {
      if (!url || isOwnerUrl(owner, url)) continue
      const draft = lookup.bySlug(url)
      if (draft) found.add(draft)
    }
  }
  if (found.size > 0) return found
  for (const message of messages) {
    const counterpart = counterpartName(message, owner)
    const draft = counterpart ? lookup.byName(counterpart) : undefined
    if (draft) found.add(draft)
  }
  return found
}

/** Without URLs: the other side is FROM for incoming messages, TO for outgoing ones. */
function counterpartName(message: MessageRow, owner: Owner): string | undefined {
  if (message.direction === 'INCOMING') return message.from
  if (message.direction === 'OUTGOING') return message.to
  if (isOwnerName(owner, message.from)) return message.to
  return message.from
}

function credit(draft: ConnectionDraft, message: MessageRow, lookup: ConnectionLookup): void {
  const facts = draft.messages
  facts.count++
  if (message.date === undefined || (facts.lastAt !== undefined && facts.lastAt >= message.date)) return
  facts.lastAt = message.date
  facts.lastText = message.content
  facts.lastFromContact = message.senderUrl ? lookup.bySlug(message.senderUrl) === draft : message.direction === 'INCOMING'
}
