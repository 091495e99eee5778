import { describe, expect, it } from 'vitest'
import { readEndorsementsReceived } from '../../../src/import/readers/endorsements.js'
import { ENDORSEMENTS_2022, ENDORSEMENTS_2022_LEGACY, ENDORSEMENTS_2024 } from '../csv/fixtures.js'
import { tableOf } from './table.js'

const file = (path: string, content: string | Uint8Array) => ({ path, table: tableOf('endorsementsReceived', content) })
const utf16le = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])

describe('readEndorsementsReceived', () => {
  it('reads the 2023+ file with scheme-less, raw-Unicode endorser URLs (CRLF)', () => {
    const text = ENDORSEMENTS_2024 + '2024/01/02 03:04:05 UTC,Cartography,José,Ortiz,www.linkedin.com/in/josé-ortiz-4b21a7,ACCEPTED\r\n'
    const { rows, skipped } = readEndorsementsReceived([file('Endorsement_Received_Info.csv', text)])
    expect(skipped).toEqual([])
    expect(rows).toEqual([
      { date: '2025-06-20T13:05:02Z', skill: 'Team Leadership', firstName: 'Mara', lastName: 'Quellen', profileUrl: 'https://www.linkedin.com/in/mara-quellen-4b21a7', status: 'ACCEPTED' },
      { date: '2024-11-15T10:00:00Z', skill: 'Distributed Systems', firstName: 'Tobias', lastName: 'Venn', profileUrl: 'https://www.linkedin.com/in/TobiasVenn', status: 'ACCEPTED' },
      { date: '2024-01-02T03:04:05Z', skill: 'Cartography', firstName: 'José', lastName: 'Ortiz', profileUrl: 'https://www.linkedin.com/in/jos%C3%A9-ortiz-4b21a7', status: 'ACCEPTED' },
    ])
  })

  it('returns each endorsement once when the 2022 UTF-16 legacy file repeats the UTF-8 one', () => {
    const legacy = file('Endorsement Received Info.csv', utf16le(ENDORSEMENTS_2022_LEGACY))
    const modern = file('Endorsement_Received_Info.csv', ENDORSEMENTS_2022)
    const { rows } = readEndorsementsReceived([legacy, modern])
    expect(rows).toEqual([
      { date: '2022-06-20T13:05:02Z', skill: 'Team Leadership', firstName: 'Mara', lastName: 'Quellen', status: 'ACCEPTED' },
      { date: '2022-05-02T08:00:00Z', skill: 'Public Speaking', firstName: 'Noor', lastName: 'Haddad', status: 'ACCEPTED' },
    ])
  })

  it('fills in fields a duplicate has and the first copy lacks', () => {
    const withoutUrl = file('a.csv', 'Endorsement Date,Skill Name,Endorser First Name,Endorser Last Name,Endorsement Status\n,Team Leadership,Mara,Quellen,\n')
    const withUrl = file('b.csv', ENDORSEMENTS_2024)
    const { rows } = readEndorsementsReceived([withoutUrl, withUrl])
    expect(rows[0]).toEqual({
      date: '2025-06-20T13:05:02Z', skill: 'Team Leadership', firstName: 'Mara', lastName: 'Quellen', profileUrl: 'https://www.linkedin.com/in/mara-quellen-4b21a7', status: 'ACCEPTED',
    })
    expect(rows).toHaveLength(2)
  })

  it('keeps two namesakes apart when their profile URLs differ', () => {
    const text =
      'Endorsement Date,Skill Name,Endorser First Name,Endorser Last Name,Endorser Public Url,Endorsement Status\n' +
      '2025/06/20 13:05:02 UTC,Team Leadership,Mara,Quellen,www.linkedin.com/in/mara-quellen-1,ACCEPTED\n' +
      '2025/06/21 13:05:02 UTC,Team Leadership,Mara,Quellen,www.linkedin.com/in/mara-quellen-2,ACCEPTED\n' +
      '2025/06/21 13:05:02 UTC,team leadership,MARA,Quellen,www.linkedin.com/in/Mara-Quellen-2,ACCEPTED\n'
    expect(readEndorsementsReceived([file('x.csv', text)]).rows.map((r) => r.profileUrl)).toEqual([
      'https://www.linkedin.com/in/mara-quellen-1',
      'https://www.linkedin.com/in/mara-quellen-2',
    ])
  })

  it('skips rows without a skill or without an endorser', () => {
    const text =
      'Endorsement Date,Skill Name,Endorser First Name,Endorser Last Name,Endorsement Status\n' +
      '2025/06/20 13:05:02 UTC,,Mara,Quellen,ACCEPTED\n' +
      '2025/06/20 13:05:02 UTC,Team Leadership,,,ACCEPTED\n'
    expect(readEndorsementsReceived([file('e.csv', text)])).toEqual({
      rows: [],
      skipped: [
        { file: 'e.csv', line: 2, reason: 'no skill name' },
        { file: 'e.csv', line: 3, reason: 'no endorser name and no profile URL' },
      ],
    })
  })
})
