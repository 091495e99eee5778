import { describe, expect, it } from 'vitest'
import { readInvitations } from '../../../src/import/readers/invitations.js'
import { INVITATIONS_2022, INVITATIONS_2026 } from '../csv/fixtures.js'
import { tableOf } from './table.js'

const read = (text: string) => readInvitations(tableOf('invitations', text), 'Invitations.csv')

describe('readInvitations', () => {
  it('reads the 7-column era with inviter and invitee URLs', () => {
    const { rows, skipped } = read(INVITATIONS_2026)
    expect(skipped).toEqual([])
    expect(rows).toEqual([
      {
        from: 'Sam Owner', to: 'Mara Quellen', sentAt: '2026-03-14T14:37', direction: 'OUTGOING',
        inviterUrl: 'https://www.linkedin.com/in/sam-owner', inviteeUrl: 'https://www.linkedin.com/in/mara-quellen-4b21a7',
      },
      {
        from: 'Tobias Venn', to: 'Sam Owner', sentAt: '2026-02-01T11:05', message: 'Hi Sam, we met at the Orchard meetup.', direction: 'INCOMING',
        inviterUrl: 'https://www.linkedin.com/in/TobiasVenn', inviteeUrl: 'https://www.linkedin.com/in/sam-owner',
      },
      {
        from: 'Sam Owner', to: 'Noor Haddad', sentAt: '2025-12-09T20:12', direction: 'OUTGOING',
        inviterUrl: 'https://www.linkedin.com/in/sam-owner', inviteeUrl: 'https://www.linkedin.com/in/noor-haddad-77',
      },
    ])
  })

  it('reads the 5-column era without URLs', () => {
    expect(read(INVITATIONS_2022).rows).toEqual([
      { from: 'Sam Owner', to: 'Mara Quellen', sentAt: '2022-09-01T08:15', direction: 'OUTGOING' },
      { from: 'Tobias Venn', to: 'Sam Owner', sentAt: '2022-08-30T17:51', message: 'Hello from the conference', direction: 'INCOMING' },
    ])
  })

  it('accepts a lower-case direction, keeps undated rows, and skips rows it cannot use', () => {
    const text =
      'From,To,Sent At,Message,Direction\n' +
      'Sam Owner,Mara Quellen,yesterday,, outgoing \n' +
      'Sam Owner,Mara Quellen,"9/1/22, 8:15 AM",,SIDEWAYS\n' +
      ',,"9/1/22, 8:15 AM",,INCOMING\n'
    const { rows, skipped } = read(text)
    expect(rows).toEqual([{ from: 'Sam Owner', to: 'Mara Quellen', direction: 'OUTGOING' }])
    expect(skipped).toEqual([
      { file: 'Invitations.csv', line: 3, reason: 'the direction is neither INCOMING nor OUTGOING' },
      { file: 'Invitations.csv', line: 4, reason: 'no inviter and no invitee' },
    ])
  })
})
