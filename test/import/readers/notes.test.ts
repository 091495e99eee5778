import { describe, expect, it } from 'vitest'
import { readNotes } from '../../../src/import/readers/notes.js'
import { NOTES_2026 } from '../csv/fixtures.js'
import { tableOf } from './table.js'

const read = (text: string) => readNotes(tableOf('notes', text), 'Notes.csv')

describe('readNotes', () => {
  it('reads the 2026 Notes.csv', () => {
    expect(read(NOTES_2026)).toEqual({
      rows: [
        { firstName: 'Mara', lastName: 'Quellen', profileUrl: 'https://www.linkedin.com/in/mara-quellen-4b21a7', note: 'met at design week', createdOn: '2025-07-30T18:20:00Z' },
        {
          firstName: 'Tobias', lastName: 'Venn', profileUrl: 'https://www.linkedin.com/in/TobiasVenn', note: "Intro'd by Noor; follow up in Q3",
          createdOn: '2026-01-11T09:02:13Z', editedOn: '2026-02-01T10:00:00Z',
        },
      ],
      skipped: [],
    })
  })

  it('keeps multi-line notes and skips empty notes and notes about nobody', () => {
    const text =
      'Connection First Name,Connection Last Name,Connection Profile URL,Note,Created On,Edited On\n' +
      'Mara,Quellen,,"line one\nline two ",,\n' +
      'Noor,Haddad,,   ,,\n' +
      ',,,orphan note,,\n'
    const { rows, skipped } = read(text)
    expect(rows).toEqual([{ firstName: 'Mara', lastName: 'Quellen', note: 'line one\nline two' }])
    expect(skipped).toEqual([
      { file: 'Notes.csv', line: 4, reason: 'an empty note' },
      { file: 'Notes.csv', line: 5, reason: 'no name and no profile URL' },
    ])
  })
})
