import { describe, expect, it } from 'vitest'
import { collectConversations } from '../../../src/import/join/conversations.js'
import type { MessageRow } from '../../../src/import/readers/types.js'

const url = (slug: string) => `https://www.linkedin.com/in/${slug}`
const row = (overrides: Partial<MessageRow>): MessageRow => ({
  conversationId: undefined, from: '', senderUrl: undefined, to: '', recipientUrls: [], date: undefined, direction: undefined, folder: 'INBOX', content: undefined, ...overrides,
})

describe('collectConversations', () => {
  it('folds the rows of a conversation into participants, a count and the newest message', () => {
    const [conversation, ...rest] = collectConversations([
      row({ conversationId: 'c1', from: 'Mara Quellen', senderUrl: url('mara'), recipientUrls: [url('sam')], date: '2025-06-01T14:03:22Z', content: 'first' }),
      row({ conversationId: 'c1', from: 'Sam Owner', senderUrl: url('sam'), recipientUrls: [url('mara'), url('noor')], date: '2025-06-02T09:00:00Z', content: 'newest' }),
      row({ conversationId: 'c1', from: 'Sam Owner', senderUrl: url('sam'), recipientUrls: [url('mara')], date: undefined }),
    ])
    expect(rest).toEqual([])
    expect(conversation).toEqual({
      participantUrls: new Set([url('mara'), url('sam'), url('noor')]),
      namePairs: [],
      count: 3,
      last: { at: '2025-06-02T09:00:00Z', text: 'newest', senderUrl: url('sam'), direction: undefined },
    })
  })

  it('groups rows without a conversation id (2018) by who wrote to whom, keeping their names', () => {
    const conversations = collectConversations([
      row({ from: 'Mara Quellen', to: 'Sam Owner', direction: 'INCOMING', date: '2018-04-02T09:15' }),
      row({ from: 'Mara Quellen', to: 'Sam Owner', direction: 'INCOMING', date: '2018-04-03T09:15' }),
      row({ from: 'Sam Owner', to: 'Mara Quellen', direction: 'OUTGOING', date: '2018-04-02T22:40' }),
    ])
    expect(conversations.map((c) => [c.count, c.namePairs, c.last?.at])).toEqual([
      [2, [{ from: 'Mara Quellen', to: 'Sam Owner', direction: 'INCOMING' }], '2018-04-03T09:15'],
      [1, [{ from: 'Sam Owner', to: 'Mara Quellen', direction: 'OUTGOING' }], '2018-04-02T22:40'],
    ])
  })

  it('keeps the names of rows that lack a URL on some side, once per pair', () => {
    const [conversation] = collectConversations([
      row({ conversationId: 'c2', from: 'Sam Owner', senderUrl: url('sam'), to: 'Ana Ferreira' }),
      row({ conversationId: 'c2', from: 'Sam Owner', senderUrl: url('sam'), to: 'Ana Ferreira' }),
      row({ conversationId: 'c2', from: 'LinkedIn Member', recipientUrls: [url('sam')], to: 'Sam Owner' }),
    ])
    expect(conversation!.namePairs).toEqual([
      { from: 'Sam Owner', to: 'Ana Ferreira', direction: undefined },
      { from: 'LinkedIn Member', to: 'Sam Owner', direction: undefined },
    ])
  })
})
