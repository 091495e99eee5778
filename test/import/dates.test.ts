import { describe, expect, it } from 'vitest'
import { parseConnectedOn, parseDashUtc, parseExportFileDate, parseMessageDate, parseSlashUtc, parseUsShortDateTime } from '../../src/import/dates.js'

describe('parseConnectedOn', () => {
  it.each([
    ['05 Mar 2021', '2021-03-05'],
    ['29 Jan 2026', '2026-01-29'],
    [' 07 Jun 2026 ', '2026-06-07'],
    ['5 mar 2021', '2021-03-05'],
    ['6/16/18, 10:01 AM', '2018-06-16'],
    ['3/14/18, 9:05 AM', '2018-03-14'],
    ['5-Mar-21', '2021-03-05'],
    ['15-Sep-2019', '2019-09-15'],
    ['2021-03-05', '2021-03-05'],
    ['29 Feb 2024', '2024-02-29'],
  ])('reads %j as %s', (raw, iso) => {
    expect(parseConnectedOn(raw)).toBe(iso)
  })

  it.each(['', 'yesterday', '31 Apr 2021', '29 Feb 2023', '05 Foo 2021', '2021-13-01', '13/1/21, 9:00 AM', '6/16/18, 13:01 PM', '05/03/2021'])(
    'gives undefined for %j',
    (raw) => {
      expect(parseConnectedOn(raw)).toBeUndefined()
    },
  )
})

describe('parseUsShortDateTime', () => {
  it.each([
    ['3/14/26, 2:37 PM', '2026-03-14T14:37'],
    ['2/1/26, 11:05 AM', '2026-02-01T11:05'],
    ['08/30/22, 05:51 PM', '2022-08-30T17:51'],
    ['12/9/25, 12:12 AM', '2025-12-09T00:12'],
    ['12/9/25, 12:12 PM', '2025-12-09T12:12'],
    ['7/22/25, 3:13\u202fPM', '2025-07-22T15:13'],
  ])('reads %j as %s', (raw, iso) => {
    expect(parseUsShortDateTime(raw)).toBe(iso)
  })

  it.each(['3/14/26', '2/30/26, 1:00 PM', '3/14/26, 0:37 PM', '3/14/26, 2:60 PM', '2026-03-14 14:37:00 UTC'])('gives undefined for %j', (raw) => {
    expect(parseUsShortDateTime(raw)).toBeUndefined()
  })
})

describe('parseMessageDate', () => {
  it('reads the 2020+ UTC form to an ISO instant', () => {
    expect(parseMessageDate('2025-06-01 14:03:22 UTC')).toBe('2025-06-01T14:03:22Z')
  })
  it('reads the 2018 form to a local minute', () => {
    expect(parseMessageDate('4/2/18, 9:15 AM')).toBe('2018-04-02T09:15')
  })
  it('rejects impossible times and other formats', () => {
    expect(parseMessageDate('2025-06-01 24:03:22 UTC')).toBeUndefined()
    expect(parseMessageDate('2025/06/01 14:03:22 UTC')).toBeUndefined()
    expect(parseMessageDate('')).toBeUndefined()
  })
})

describe('parseSlashUtc and parseDashUtc', () => {
  it('reads endorsement dates', () => {
    expect(parseSlashUtc('2025/06/20 13:05:02 UTC')).toBe('2025-06-20T13:05:02Z')
    expect(parseSlashUtc('2025-06-20 13:05:02 UTC')).toBeUndefined()
    expect(parseSlashUtc('2025/02/30 13:05:02 UTC')).toBeUndefined()
  })
  it('reads note dates', () => {
    expect(parseDashUtc('2025-07-30 18:20:00 UTC')).toBe('2025-07-30T18:20:00Z')
    expect(parseDashUtc('2025-07-30 18:20:00')).toBeUndefined()
  })
})

describe('parseExportFileDate', () => {
  it.each([
    ['Basic_LinkedInDataExport_06-16-2025.zip', '2025-06-16'],
    ['Complete_LinkedInDataExport_09-12-2022 (1)', '2022-09-12'],
    ['Complete_LinkedInDataExport_09-12-2022 (1).zip', '2022-09-12'],
    ['complete_linkedindataexport_11-04-2018.zip', '2018-11-04'],
  ])('reads %j as %s', (name, iso) => {
    expect(parseExportFileDate(name)).toBe(iso)
  })
  it.each(['export.zip', 'Basic_LinkedInDataExport_13-01-2025.zip', 'Basic_LinkedInDataExport_02-30-2025.zip', 'Basic_LinkedInDataExport_06-16-20255.zip'])(
    'gives undefined for %j',
    (name) => {
      expect(parseExportFileDate(name)).toBeUndefined()
    },
  )
})
