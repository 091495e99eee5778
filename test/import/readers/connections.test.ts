import { describe, expect, it } from 'vitest'
import { readConnections } from '../../../src/import/readers/connections.js'
import { CONNECTIONS_2018, CONNECTIONS_2021, CONNECTIONS_2026, PREAMBLE } from '../csv/fixtures.js'
import { tableOf } from './table.js'

const read = (text: string | Uint8Array) => readConnections(tableOf('connections', text), 'Connections.csv')

describe('readConnections', () => {
  it('reads the current era (preamble, URL column) and counts hidden rows', () => {
    const result = read(CONNECTIONS_2026)
    expect(result.hasUrlColumn).toBe(true)
    expect(result.hidden).toBe(1)
    expect(result.skipped).toEqual([])
    expect(result.rows).toEqual([
      {
        file: 'Connections.csv', line: 5, firstName: 'Mara', lastName: 'Quellen', profileUrl: 'https://www.linkedin.com/in/mara-quellen-4b21a7',
        company: 'Brightwater Labs, Inc.', position: 'Staff Engineer', connectedOn: '2026-03-14', rawConnectedOn: '14 Mar 2026',
      },
      {
        file: 'Connections.csv', line: 6, firstName: 'Tobias', lastName: 'Venn', profileUrl: 'https://www.linkedin.com/in/TobiasVenn',
        email: 'tobias.venn@example.org', company: 'Orchard Systems', position: 'Director, Platform', connectedOn: '2026-02-02', rawConnectedOn: '02 Feb 2026',
      },
      {
        file: 'Connections.csv', line: 8, firstName: 'Zoë', lastName: 'Brandvold, PhD', profileUrl: 'https://www.linkedin.com/in/zo%C3%AB-brandvold',
        company: 'Fjordline Research', position: 'Research Lead', connectedOn: '2023-11-07', rawConnectedOn: '07 Nov 2023',
      },
      {
        file: 'Connections.csv', line: 9, firstName: 'Rafael', lastName: 'Osterhout 🚲', profileUrl: 'https://www.linkedin.com/in/rafael-osterhout-9a8b7c6d5',
        connectedOn: '2019-08-19', rawConnectedOn: '19 Aug 2019',
      },
    ])
  })

  it('reads the 2020–2023 era without URL column (5-comma hidden rows)', () => {
    const result = read(CONNECTIONS_2021)
    expect(result.hasUrlColumn).toBe(false)
    expect(result.hidden).toBe(1)
    expect(result.rows.map((r) => [r.firstName, r.email, r.connectedOn, r.profileUrl])).toEqual([
      ['Mara', undefined, '2021-03-14', undefined],
      ['Noor', 'noor.h@example.com', '2021-01-11', undefined],
    ])
  })

  it('reads the 2018 era with its M/D/YY, h:mm AM dates', () => {
    const result = read(CONNECTIONS_2018)
    expect(result.rows.map((r) => [r.email, r.connectedOn, r.rawConnectedOn])).toEqual([
      ['mara.q@example.com', '2018-03-14', '3/14/18, 9:05 AM'],
      ['noor.h@example.net', '2018-06-16', '6/16/18, 10:01 AM'],
    ])
  })

  it('reads an Excel re-save: BOM, CRLF, Windows-1252 and 5-Mar-21 dates', () => {
    const bytes = Buffer.concat([
      Buffer.from('First Name,Last Name,Email Address,Company,Position,Connected On\r\n'),
      Buffer.from('Jos\xe9,Ortiz,,Caf\xe9 Ltd,Chef,5-Mar-21\r\n', 'latin1'),
    ])
    const result = read(bytes)
    expect(result.rows).toEqual([
      { file: 'Connections.csv', line: 2, firstName: 'José', lastName: 'Ortiz', company: 'Café Ltd', position: 'Chef', connectedOn: '2021-03-05', rawConnectedOn: '5-Mar-21' },
    ])
  })

  it('reads a UTF-8 Excel re-save with BOM, CRLF, no preamble and a dropped column', () => {
    const text = '\uFEFFFirst Name,Last Name,URL,Company,Position,Connected On\r\nZoë,Brandvold,https://www.linkedin.com/in/zo%C3%AB-brandvold,Fjordline,Lead,7-Nov-23\r\n'
    const result = read(Buffer.from(text))
    expect(result.rows).toEqual([
      {
        file: 'Connections.csv', line: 2, firstName: 'Zoë', lastName: 'Brandvold', profileUrl: 'https://www.linkedin.com/in/zo%C3%AB-brandvold',
        company: 'Fjordline', position: 'Lead', connectedOn: '2023-11-07', rawConnectedOn: '7-Nov-23',
      },
    ])
  })

  it('maps columns by name, whatever their order', () => {
    const text = 'Connected On,URL,Last Name,First Name\n14 Mar 2026,https://www.linkedin.com/in/mara-quellen-4b21a7,Quellen,Mara\n'
    const [row] = read(text).rows
    expect(row).toMatchObject({ firstName: 'Mara', lastName: 'Quellen', connectedOn: '2026-03-14', profileUrl: 'https://www.linkedin.com/in/mara-quellen-4b21a7' })
  })

  it('trims surrounding whitespace and turns empty optional fields into undefined', () => {
    const text = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\n Mara , Quellen ,  ,   , ,Program Lead ,13 Aug 2024 \n'
    const [row] = read(text).rows
    expect(row).toEqual({ file: 'Connections.csv', line: 2, firstName: 'Mara', lastName: 'Quellen', position: 'Program Lead', connectedOn: '2024-08-13', rawConnectedOn: '13 Aug 2024' })
  })

  it('keeps a named row whose date cannot be parsed, without connectedOn', () => {
    const text = 'First Name,Last Name,Connected On\nMara,Quellen,sometime\nNoor,Haddad,\n'
    const result = read(text)
    expect(result.rows.map((r) => [r.firstName, r.connectedOn, r.rawConnectedOn])).toEqual([
      ['Mara', undefined, 'sometime'],
      ['Noor', undefined, ''],
    ])
  })

  it('keeps a row that has a URL but no name', () => {
    const text = 'First Name,Last Name,URL,Connected On\n,,https://www.linkedin.com/in/kit-example,01 Jan 2026\n'
    expect(read(text).rows.map((r) => r.profileUrl)).toEqual(['https://www.linkedin.com/in/kit-example'])
  })

  it('skips rows with neither name nor URL but other content, and rows whose only key is not a profile URL', () => {
    const text =
      'First Name,Last Name,URL,Email Address,Company,Position,Connected On\n' +
      ',,,ghost@example.com,,,01 Jan 2026\n' +
      ',,https://www.linkedin.com/company/orchard,,,,01 Jan 2026\n' +
      ',,,,,,\n' +
      ',,,,,,01 Jan 2026\n'
    const result = read(text)
    expect(result.rows).toEqual([])
    expect(result.hidden).toBe(1)
    expect(result.skipped).toEqual([
      { file: 'Connections.csv', line: 2, reason: 'no name and no profile URL' },
      { file: 'Connections.csv', line: 3, reason: 'no name, and the URL is not a LinkedIn profile URL' },
    ])
  })

  it('keeps a named row whose URL is not a profile URL, without profileUrl', () => {
    const text = 'First Name,Last Name,URL,Connected On\nMara,Quellen,not a url,01 Jan 2026\n'
    expect(read(text).rows[0]).toMatchObject({ firstName: 'Mara', profileUrl: undefined })
  })

  it('reports physical line numbers across the preamble and multi-line cells', () => {
    const text = PREAMBLE + 'First Name,Last Name,Position,Connected On\nMara,Quellen,"Lead\nof things",14 Mar 2026\nNoor,Haddad,CTO,11 Jan 2026'
    expect(read(text).rows.map((r) => r.line)).toEqual([5, 7])
  })
})
