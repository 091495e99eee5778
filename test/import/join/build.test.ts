import { describe, expect, it } from 'vitest'
import { buildContacts, type ExportData } from '../../../src/import/join/build.js'
import { collectConversations } from '../../../src/import/join/conversations.js'
import type { ConnectionRow, MessageRow } from '../../../src/import/readers/types.js'

const url = (slug: string) => `https://www.linkedin.com/in/${slug}`
const OWNER = url('sam-owner')

function connection(line: number, first: string, last: string, slug?: string, connectedOn = '2024-01-01'): ConnectionRow {
  return { file: 'Connections.csv', line, firstName: first, lastName: last, profileUrl: slug ? url(slug) : undefined, email: undefined, company: undefined, position: undefined, connectedOn, rawConnectedOn: connectedOn }
}

function message(conversationId: string, from: string, senderUrl: string | undefined, date: string, recipientUrls: string[] = [], content?: string): MessageRow {
  return { conversationId, from, senderUrl, to: '', recipientUrls, date, direction: undefined, folder: 'INBOX', content }
}

function data(overrides: Partial<Omit<ExportData, 'conversations'>> & { messages?: MessageRow[] }): ExportData {
  const { messages = [], ...rest } = overrides
  return {
    connections: { rows: [], hidden: 0, skipped: [], hasUrlColumn: true },
    invitations: [], notes: [], endorsements: [], recommendations: [],
    ...rest,
    conversations: collectConversations(messages),
  }
}

const note = (result: ReturnType<typeof buildContacts>, name: string) => result.contacts.find((c) => c.fields.formattedName === name)!.fields.noteLines

describe('buildContacts', () => {
  it('drops the owner found by the invitations, and a second row with the same profile URL', () => {
    const result = buildContacts(data({
      connections: { rows: [connection(5, 'Sam', 'Owner', 'sam-owner'), connection(6, 'Ada', 'Example', 'ada'), connection(7, 'Ada', 'Example', 'ADA/')], hidden: 1, skipped: [], hasUrlColumn: true },
      invitations: [{ from: 'Sam Owner', to: 'Ada Example', direction: 'OUTGOING', inviterUrl: OWNER, inviteeUrl: url('ada'), sentAt: '2023-12-30T10:00', message: undefined }],
    }), { includeMessageText: false })
    expect(result.contacts.map((c) => c.fields.formattedName)).toEqual(['Ada Example'])
    expect(result.skipped.map((s) => [s.line, s.reason])).toEqual([[5, 'the export owner, not a connection'], [7, 'same profile URL as line 6']])
    expect(result.hidden).toBe(1)
  })

  it('finds the owner from the message threads when there are no invitations', () => {
    const messages = ['c1', 'c2', 'c3'].flatMap((id, i) => [message(id, 'Sam Owner', OWNER, `2025-0${i + 1}-01T10:00:00Z`, [url(`p${i}`)])])
    const rows = [connection(5, 'Sam', 'Owner', 'sam-owner'), ...[0, 1, 2].map((i) => connection(6 + i, `P${i}`, 'Person', `p${i}`))]
    const result = buildContacts(data({ connections: { rows, hidden: 0, skipped: [], hasUrlColumn: true }, messages }), { includeMessageText: false })
    expect(result.contacts).toHaveLength(3)
    expect(result.links.messages).toBe(3)
  })

  it('credits every message of a conversation to its participants, even outgoing ones without recipient URLs (2020-2023)', () => {
    const rows = [connection(5, 'Mara', 'Quellen', 'mara'), connection(6, 'Tobias', 'Venn', 'tobias')]
    const messages = [
      message('c1', 'Sam Owner', OWNER, '2025-06-01T15:10:00Z', [], 'Thursday works.'),
      message('c1', 'Mara Quellen', url('mara'), '2025-06-01T14:03:22Z', [], 'Free Thursday?'),
      message('c2', 'Tobias Venn', url('tobias'), '2024-01-01T08:00:00Z'),
      message('c3', 'LinkedIn Member', undefined, '2026-01-01T08:00:00Z'),
    ]
    const invitations = [{ from: 'Sam Owner', to: 'Mara Quellen', direction: 'OUTGOING' as const, inviterUrl: OWNER, inviteeUrl: url('mara'), sentAt: '2021-03-01T09:00', message: undefined }]
    const result = buildContacts(data({ connections: { rows, hidden: 0, skipped: [], hasUrlColumn: true }, messages, invitations }), { includeMessageText: true })
    expect(note(result, 'Mara Quellen')).toEqual([
      'Connected on LinkedIn: 2024-01-01',
      'Invitation sent 2021-03-01',
      'Messages: 2, the last on 2025-06-01',
      'Last message (from you): Thursday works.',
    ])
    expect(note(result, 'Tobias Venn')).toContain('Messages: 1, the last on 2024-01-01')
  })

  it('leaves message text out unless asked, and never attaches facts to one of two namesakes', () => {
    const rows = [connection(5, 'Sam', 'Lee', undefined, '2021-05-05'), connection(6, 'Sam', 'Lee', undefined, '2021-05-06'), connection(7, 'Ana', 'Ferreira')]
    const messages: MessageRow[] = [
      { conversationId: undefined, from: 'Sam Lee', senderUrl: undefined, to: 'Sam Owner', recipientUrls: [], date: '2018-04-02T09:15', direction: 'INCOMING', folder: 'INBOX', content: 'hi' },
      { conversationId: undefined, from: 'Sam Owner', senderUrl: undefined, to: 'Ana Ferreira', recipientUrls: [], date: '2018-04-03T09:15', direction: 'OUTGOING', folder: 'SENT', content: 'hello Ana' },
    ]
    const result = buildContacts(data({ connections: { rows, hidden: 0, skipped: [], hasUrlColumn: false }, messages }), { includeMessageText: false })
    expect(result.links.messages).toBe(1)
    expect(note(result, 'Ana Ferreira')).toEqual(['Connected on LinkedIn: 2024-01-01', 'Messages: 1, the last on 2018-04-03'])
    expect(result.contacts.filter((c) => c.fields.formattedName === 'Sam Lee').map((c) => c.fields.noteLines.length)).toEqual([1, 1])
    expect(new Set(result.contacts.map((c) => c.identity.uid)).size).toBe(3)
  })
})
