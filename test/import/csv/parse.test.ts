import { describe, expect, it } from 'vitest'
import { columnIndex, decodeCsvBytes, parseCsvTable } from '../../../src/import/csv/index.js'
import { ImportError } from '../../../src/import/errors.js'
import { CONNECTIONS_2021, CONNECTIONS_2026, ENDORSEMENTS_2022_LEGACY, LEARNING, MESSAGES_2026, PREAMBLE } from './fixtures.js'

const hasColumns = (...names: string[]) => (cells: string[]) => names.every((name) => cells.includes(name))
const isConnectionsHeader = hasColumns('First Name', 'Connected On')

function headerError(run: () => unknown): ImportError {
  try {
    run()
  } catch (error) {
    if (error instanceof ImportError) return error
    throw error
  }
  throw new Error('expected an ImportError')
}

describe('parseCsvTable: finding the header', () => {
  it('finds the header after the Notes: preamble without a fixed skip', () => {
    const table = parseCsvTable(CONNECTIONS_2026, isConnectionsHeader)
    expect(table.header).toEqual(['First Name', 'Last Name', 'URL', 'Email Address', 'Company', 'Position', 'Connected On'])
    expect(table.records).toHaveLength(5)
    expect(table.records[0]).toEqual({
      line: 5,
      cells: ['Mara', 'Quellen', 'https://www.linkedin.com/in/mara-quellen-4b21a7', '', 'Brightwater Labs, Inc.', 'Staff Engineer', '14 Mar 2026'],
    })
    expect(table.delimiter).toBe(',')
    expect(table.encoding).toBe('utf-8')
  })

  it('finds the header on the first line when there is no preamble', () => {
    const table = parseCsvTable(CONNECTIONS_2021, isConnectionsHeader)
    expect(table.header).toHaveLength(6)
    expect(table.records.map((r) => r.line)).toEqual([2, 3, 4])
  })

  it('finds a header that follows a preamble longer than three lines', () => {
    const text = PREAMBLE + 'Another note, with commas\n\n' + CONNECTIONS_2021
    const table = parseCsvTable(text, isConnectionsHeader)
    expect(table.records[0]?.line).toBe(7)
    expect(table.records[0]?.cells[0]).toBe('Mara')
  })

  it('throws headerNotFound when no row in the first ten records matches', () => {
    const text = Array.from({ length: 12 }, (_, i) => `junk ${i},x`).join('\n') + '\nFirst Name,Connected On\nMara,14 Mar 2021\n'
    const error = headerError(() => parseCsvTable(text, isConnectionsHeader))
    expect(error.code).toBe('headerNotFound')
    expect(error.message).not.toMatch(/\n/)
    expect(parseCsvTable(text, isConnectionsHeader, { maxHeaderSearchLines: 20 }).records).toHaveLength(1)
  })

  it('throws headerNotFound for empty text and for "No conversations found"', () => {
    expect(headerError(() => parseCsvTable('', isConnectionsHeader)).code).toBe('headerNotFound')
    expect(headerError(() => parseCsvTable('No conversations found', isConnectionsHeader)).code).toBe('headerNotFound')
  })

  it('hands trimmed cells to isHeader and keeps the trimmed header', () => {
    const table = parseCsvTable(' First Name , Connected On \nMara,14 Mar 2021\n', isConnectionsHeader)
    expect(table.header).toEqual(['First Name', 'Connected On'])
  })

  it('returns an empty record list for a header-only file', () => {
    expect(parseCsvTable('First Name,Connected On\n', isConnectionsHeader).records).toEqual([])
  })
})

describe('parseCsvTable: records', () => {
  it('keeps hidden rows as records (they are not blank)', () => {
    const table = parseCsvTable(CONNECTIONS_2026, isConnectionsHeader)
    expect(table.records[2]).toEqual({ line: 7, cells: ['', '', '', '', '', '', '29 Jan 2026'] })
  })

  it('reads a last row that has no trailing newline', () => {
    const table = parseCsvTable(CONNECTIONS_2026, isConnectionsHeader)
    expect(table.records[4]?.cells[6]).toBe('19 Aug 2019')
  })

  it('handles CRLF line ends', () => {
    const text = 'First Name,Last Name,Connected On\r\nMara,Quellen,14 Mar 2021\r\nNoor,Haddad,11 Jan 2021\r\n'
    const table = parseCsvTable(text, isConnectionsHeader)
    expect(table.records).toEqual([
      { line: 2, cells: ['Mara', 'Quellen', '14 Mar 2021'] },
      { line: 3, cells: ['Noor', 'Haddad', '11 Jan 2021'] },
    ])
  })

  it('handles old Mac CR line ends', () => {
    const table = parseCsvTable('First Name,Connected On\rMara,14 Mar 2021\rNoor,11 Jan 2021', isConnectionsHeader)
    expect(table.records.map((r) => [r.line, r.cells[0]])).toEqual([[2, 'Mara'], [3, 'Noor']])
  })

  it('keeps quoted newlines inside a cell and numbers lines physically', () => {
    const text = 'First Name,Position,Connected On\nMara,"Lead\nof things",14 Mar 2021\nNoor,"A\r\nB\nC",11 Jan 2021\nKit,Dev,01 Jan 2021\n'
    const table = parseCsvTable(text, isConnectionsHeader)
    expect(table.records.map((r) => r.line)).toEqual([2, 4, 7])
    expect(table.records[0]?.cells[1]).toBe('Lead\nof things')
    expect(table.records[1]?.cells[1]).toBe('A\r\nB\nC')
  })

  it('unescapes doubled quotes', () => {
    const table = parseCsvTable('First Name,Position,Connected On\nMara,"""Chief"" of Staff",14 Mar 2021\n', isConnectionsHeader)
    expect(table.records[0]?.cells[1]).toBe('"Chief" of Staff')
  })

  it('reads the all-quoted 2026 messages file with multi-line CONTENT', () => {
    const table = parseCsvTable(MESSAGES_2026, hasColumns('CONVERSATION ID'))
    expect(table.header).toHaveLength(11)
    expect(table.header[0]).toBe('CONVERSATION ID')
    expect(table.records).toHaveLength(2)
    expect(table.records[0]?.cells[8]).toBe('Hi Sam,\nsee you at "the" meetup.\n\nMara')
    expect(table.records[0]?.cells[10]).toBe('')
    expect(table.records[1]?.line).toBe(6)
  })

  it('pads short rows and cuts long rows to the header length, keeping both', () => {
    const text = 'First Name,Last Name,Connected On\nMara,Quellen\nNoor,Haddad,11 Jan 2021,extra,more\n'
    const table = parseCsvTable(text, isConnectionsHeader)
    expect(table.records.map((r) => r.cells)).toEqual([
      ['Mara', 'Quellen', ''],
      ['Noor', 'Haddad', '11 Jan 2021'],
    ])
  })

  it('skips blank lines, whitespace-only lines and empty-cell lines', () => {
    const text = '\n\nFirst Name,Connected On\n\nMara,14 Mar 2021\n\n  \n,\nNoor,11 Jan 2021\n\n'
    const table = parseCsvTable(text, isConnectionsHeader)
    expect(table.records).toEqual([
      { line: 5, cells: ['Mara', '14 Mar 2021'] },
      { line: 9, cells: ['Noor', '11 Jan 2021'] },
    ])
  })

  it('tolerates a trailing comma in the header (Learning.csv)', () => {
    const table = parseCsvTable(LEARNING, hasColumns('Content Title'))
    expect(table.header).toHaveLength(5)
    expect(table.header[4]).toBe('Content Completed At (if completed)')
    expect(table.records[0]?.cells).toHaveLength(5)
  })

  it('ignores a BOM left in the text', () => {
    const table = parseCsvTable('\uFEFFFirst Name,Connected On\nMara,14 Mar 2021', isConnectionsHeader)
    expect(table.header[0]).toBe('First Name')
  })

  it('reads the legacy UTF-16LE tab-separated endorsement file', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ENDORSEMENTS_2022_LEGACY, 'utf16le')])
    const { text, encoding } = decodeCsvBytes(bytes)
    const table = parseCsvTable(text, hasColumns('Skill Name'), { encoding })
    expect(table.delimiter).toBe('\t')
    expect(table.encoding).toBe('utf-16le')
    expect(table.header).toEqual(['Endorsement Date', 'Skill Name', 'Endorser First Name', 'Endorser Last Name', 'Endorsement Status', 'Display Status'])
    expect(table.records[1]?.cells).toEqual(['2022/05/02 08:00:00 UTC', 'Public Speaking', 'Noor', 'Haddad', 'ACCEPTED', 'SHOWN'])
  })

  it('reads Windows-1252 bytes from an Excel re-save (BOM-less, CRLF, Excel dates)', () => {
    const bytes = Buffer.from('First Name,Last Name,Connected On\r\nJos\xe9,Ortiz,5-Mar-21\r\n', 'latin1')
    const { text, encoding } = decodeCsvBytes(bytes)
    const table = parseCsvTable(text, isConnectionsHeader, { encoding })
    expect(table.encoding).toBe('windows-1252')
    expect(table.records[0]?.cells).toEqual(['José', 'Ortiz', '5-Mar-21'])
  })

  it('prefers the comma when a quoted preamble contains tabs', () => {
    const table = parseCsvTable('Notes:\n"a\tb\tc\td"\n\nFirst Name,Connected On\nMara,14 Mar 2021\n', isConnectionsHeader)
    expect(table.delimiter).toBe(',')
    expect(table.records[0]?.cells).toEqual(['Mara', '14 Mar 2021'])
  })
})

describe('columnIndex', () => {
  it('looks names up trimmed and case-insensitively; the first duplicate wins', () => {
    const table = parseCsvTable(' First Name ,URL,Connected On,url\nMara,x,14 Mar 2021,y\n', isConnectionsHeader)
    const column = columnIndex(table)
    expect(column('first name')).toBe(0)
    expect(column('  CONNECTED ON')).toBe(2)
    expect(column('URL')).toBe(1)
    expect(column('Email Address')).toBeUndefined()
  })
})

describe('parseCsvTable: speed', () => {
  it('parses 100,000 all-quoted message rows well under a second', () => {
    const header = '"CONVERSATION ID","FROM","SENDER PROFILE URL","TO","RECIPIENT PROFILE URLS","DATE","CONTENT","FOLDER"\n'
    const row = (i: number) =>
      `"2-ZmFrZS1jb252LTAw${i % 700}=","Mara Quellen","https://www.linkedin.com/in/mara-quellen-4b21a7","Sam Owner","https://www.linkedin.com/in/sam-owner","2025-06-01 14:03:22 UTC","Line one, ${i}\nline two","INBOX"\n`
    const text = header + Array.from({ length: 100_000 }, (_, i) => row(i)).join('')
    const started = performance.now()
    const table = parseCsvTable(decodeCsvBytes(Buffer.from(text)).text, hasColumns('CONVERSATION ID'))
    const elapsed = performance.now() - started
    expect(table.records).toHaveLength(100_000)
    expect(table.records[99_999]?.line).toBe(2 + 2 * 99_999)
    expect(elapsed).toBeLessThan(1000)
  })
})
