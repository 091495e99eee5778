import { describe, expect, it } from 'vitest'
import { readMessages, splitProfileUrls } from '../../../src/import/readers/messages.js'
import { MESSAGES_2018, MESSAGES_2025, MESSAGES_2026 } from '../csv/fixtures.js'
import { tableOf } from './table.js'

const read = (text: string, keepText = false) => readMessages(tableOf('messages', text), 'messages.csv', { keepText })

describe('readMessages', () => {
  it('reads the 10-column era without text unless asked', () => {
    const { rows, skipped } = read(MESSAGES_2025)
    expect(skipped).toEqual([])
    expect(rows).toHaveLength(4)
    expect(rows[0]).toEqual({
      conversationId: '2-ZmFrZS1jb252LTAwMDE=',
      from: 'Mara Quellen',
      senderUrl: 'https://www.linkedin.com/in/mara-quellen-4b21a7',
      to: 'Sam Owner',
      recipientUrls: ['https://www.linkedin.com/in/sam-owner'],
      date: '2025-06-01T14:03:22Z',
      folder: 'INBOX',
    })
    expect(rows[2]).toMatchObject({ from: 'LinkedIn Member', recipientUrls: ['https://www.linkedin.com/in/sam-owner'] })
    expect(rows[2]?.senderUrl).toBeUndefined()
    expect(rows[3]).toMatchObject({ from: 'Tobias Venn, MBA', folder: 'ARCHIVE' })
    expect(rows.every((row) => row.content === undefined)).toBe(true)
  })

  it('keeps the text when keepText is true', () => {
    const { rows } = read(MESSAGES_2025, true)
    expect(rows.map((r) => r.content)).toEqual([
      'Thanks for the intro, free Thursday?',
      'Thursday works.',
      '<p class="spinmail-quill-editor__spin-break">Hi %FIRSTNAME%,</p>',
      'Congrats on the new role',
    ])
  })

  it('reads the all-quoted 2026 file with multi-line content and several recipients', () => {
    const { rows } = read(MESSAGES_2026, true)
    expect(rows[0]?.content).toBe('Hi Sam,\nsee you at "the" meetup.\n\nMara')
    expect(rows[1]).toMatchObject({
      to: 'Mara Quellen, Noor Haddad',
      recipientUrls: ['https://www.linkedin.com/in/mara-quellen-4b21a7', 'https://www.linkedin.com/in/noor-haddad-77'],
      date: '2026-03-01T11:00:00Z',
    })
  })

  it('reads the 2018 file: Direction, local dates and no URLs', () => {
    const { rows } = read(MESSAGES_2018)
    expect(rows).toEqual([
      { from: 'Mara Quellen', to: 'Sam Owner', recipientUrls: [], date: '2018-04-02T09:15', direction: 'INCOMING', folder: 'INBOX' },
      { from: 'Sam Owner', to: 'Mara Quellen', recipientUrls: [], date: '2018-04-02T22:40', direction: 'OUTGOING', folder: 'SENT' },
    ])
  })

  it('skips drafts and rows with no sender and no recipient, keeping undated rows', () => {
    const text =
      'CONVERSATION ID,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,CONTENT,FOLDER,IS MESSAGE DRAFT\n' +
      '2-a,Sam Owner,https://www.linkedin.com/in/sam-owner,Mara Quellen,https://www.linkedin.com/in/mara-quellen-4b21a7,2025-01-01 10:00:00 UTC,draft,INBOX,Yes\n' +
      '2-b,,,,,2025-01-01 10:00:00 UTC,orphan,INBOX,No\n' +
      '2-c,Mara Quellen,https://www.linkedin.com/in/mara-quellen-4b21a7,Sam Owner,,not a date,hi,INBOX,No\n'
    const { rows, skipped } = read(text)
    expect(skipped).toEqual([
      { file: 'messages.csv', line: 2, reason: 'an unsent draft' },
      { file: 'messages.csv', line: 3, reason: 'no sender and no recipient' },
    ])
    expect(rows).toEqual([{ conversationId: '2-c', from: 'Mara Quellen', senderUrl: 'https://www.linkedin.com/in/mara-quellen-4b21a7', to: 'Sam Owner', recipientUrls: [], folder: 'INBOX' }])
  })

  it('reads 100,000 rows well under a second', () => {
    const header = 'CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER\n'
    const lines = Array.from(
      { length: 100_000 },
      (_, i) => `2-conv${i % 900},,Mara Quellen,https://www.linkedin.com/in/mara-quellen-4b21a7,Sam Owner,https://www.linkedin.com/in/sam-owner,2025-06-01 14:03:22 UTC,,"Hello, number ${i}",INBOX\n`,
    )
    const table = tableOf('messages', header + lines.join(''))
    const started = performance.now()
    const { rows } = readMessages(table, 'messages.csv', { keepText: true })
    const elapsed = performance.now() - started
    expect(rows).toHaveLength(100_000)
    expect(rows[99_999]?.content).toBe('Hello, number 99999')
    expect(elapsed).toBeLessThan(1000)
  })
})

describe('splitProfileUrls', () => {
  const mara = 'https://www.linkedin.com/in/mara-quellen-4b21a7'
  const noor = 'https://www.linkedin.com/in/noor-haddad-77'
  it.each([
    ['', []],
    [mara, [mara]],
    [`${mara},${noor}`, [mara, noor]],
    [`${mara};${noor}`, [mara, noor]],
    [`${mara}, ${noor};`, [mara, noor]],
    [`${mara}${noor}`, [mara, noor]],
    [`${mara},${mara}`, [mara]],
    [`www.linkedin.com/in/mara-quellen-4b21a7;www.linkedin.com/in/noor-haddad-77`, [mara, noor]],
    [`${mara},https://www.linkedin.com/company/orchard`, [mara]],
  ])('splits %j', (cell, urls) => {
    expect(splitProfileUrls(cell)).toEqual(urls)
  })
})
