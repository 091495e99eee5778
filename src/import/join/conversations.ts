/**
 * Message rows folded into conversations as they are read: a 100,000-row messages.csv becomes a
 * few thousand small records (participants, a count, the newest message), and no row outlives
 * its parse. Rows without a conversation id (the 2018 format) are grouped by who wrote to whom.
 */
import type { MessageRow } from '../readers/types.js'

/** FROM/TO of messages that lack a profile URL on some side: the join falls back to names. */
export interface NamePair {
  from: string
  to: string
  direction?: 'INCOMING' | 'OUTGOING'
}

export interface Conversation {
  /** Canonical profile URLs of everyone who wrote or received a message in it, owner included. */
  participantUrls: Set<string>
  namePairs: NamePair[]
  count: number
  last?: { at: string; text?: string; senderUrl?: string; direction?: 'INCOMING' | 'OUTGOING' }
}

export interface ConversationCollector {
  add(row: MessageRow): void
  conversations(): Conversation[]
}

export function conversationCollector(): ConversationCollector {
  const byKey = new Map<string, Conversation & { pairKeys: Set<string> }>()
  return {
    add(row) {
      const key = row.conversationId ?? `${row.from}\u0000${row.to}\u0000${row.direction ?? ''}`
      let conversation = byKey.get(key)
      if (!conversation) byKey.set(key, (conversation = { participantUrls: new Set(), namePairs: [], pairKeys: new Set(), count: 0 }))
      conversation.count++
      if (row.senderUrl) conversation.participantUrls.add(row.senderUrl)
      for (const url of row.recipientUrls) conversation.participantUrls.add(url)
      if (!row.senderUrl || row.recipientUrls.length === 0) rememberNames(conversation, row)
      if (row.date !== undefined && (conversation.last === undefined || row.date > conversation.last.at)) {
        conversation.last = { at: row.date, text: row.content, senderUrl: row.senderUrl, direction: row.direction }
      }
    },
    conversations: () => [...byKey.values()].map(({ pairKeys: _, ...conversation }) => conversation),
  }
}

export function collectConversations(rows: Iterable<MessageRow>): Conversation[] {
  const collector = conversationCollector()
  for (const row of rows) collector.add(row)
  return collector.conversations()
}

function rememberNames(conversation: Conversation & { pairKeys: Set<string> }, row: MessageRow): void {
  const pairKey = `${row.from}\u0000${row.to}\u0000${row.direction ?? ''}`
  if (conversation.pairKeys.has(pairKey)) return
  conversation.pairKeys.add(pairKey)
  conversation.namePairs.push({ from: row.from, to: row.to, direction: row.direction })
}
