import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FILE_KINDS, headerMatches, normaliseBasename, recognizeFiles, type FileKind, type Recognition } from '../../src/import/files.js'
import { openExport, type ExportSource } from '../../src/import/source/index.js'
import * as csv from './csv/fixtures.js'
import { expectImportError } from './source/expect-import-error.js'
import { makeTempDir, type ExportFiles, type TempDir } from './source/temp-export.js'

let temp: TempDir
let folderCount = 0
beforeAll(async () => {
  temp = await makeTempDir()
})
afterAll(async () => {
  await temp.remove()
})

/** Opens `files` as a folder export, recording which paths were read whole and which only in part. */
async function openSpied(files: ExportFiles): Promise<{ source: ExportSource; fullReads: string[]; headReads: string[] }> {
  const source = await openExport(await temp.folder(`export-${++folderCount}`, files))
  const fullReads: string[] = []
  const headReads: string[] = []
  return {
    fullReads,
    headReads,
    source: {
      ...source,
      read: (path) => (fullReads.push(path), source.read(path)),
      readHead: (path, maxBytes) => (headReads.push(path), source.readHead(path, maxBytes)),
    },
  }
}

const kindsOf = (recognition: Recognition): Record<string, string[]> =>
  Object.fromEntries([...recognition.files].map(([kind, files]) => [kind, files.map((f) => f.path)]))

const utf16le = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])

describe('normaliseBasename', () => {
  it.each([
    ['Endorsement Received Info.csv', 'endorsementreceivedinfo.csv'],
    ['Endorsement_Received_Info.csv', 'endorsementreceivedinfo.csv'],
    ['Imported Contacts.csv', 'importedcontacts.csv'],
    ['sub/dir/Recommendations-Received.CSV', 'recommendationsreceived.csv'],
  ])('%s -> %s', (name, normalised) => {
    expect(normaliseBasename(name)).toBe(normalised)
  })
})

describe('headerMatches', () => {
  const headerOf = (text: string) => text.split('\n')[0]!.split(',').map((cell) => cell.replace(/"/g, ''))
  it.each<[FileKind, string]>([
    ['connections', csv.CONNECTIONS_2021],
    ['messages', csv.MESSAGES_2025],
    ['messages', csv.MESSAGES_2026],
    ['messages', csv.MESSAGES_2018],
    ['invitations', csv.INVITATIONS_2022],
    ['invitations', csv.INVITATIONS_2026],
    ['notes', csv.NOTES_2026],
    ['endorsementsReceived', csv.ENDORSEMENTS_2024],
    ['recommendationsReceived', csv.RECOMMENDATIONS],
    ['profile', csv.PROFILE_2026],
    ['addressBook', csv.CONTACTS_2024],
    ['addressBook', csv.IMPORTED_CONTACTS_2026],
    ['addressBook', csv.IMPORTED_CONTACTS_2018],
  ])('recognises a %s header and no other kind', (kind, text) => {
    const header = headerOf(text)
    const matching = (Object.keys(FILE_KINDS) as FileKind[]).filter((candidate) => headerMatches(candidate, header))
    expect(matching).toEqual([kind])
  })
})

describe('recognizeFiles', () => {
  it('recognises a 2026 Complete export and explains every file it ignores', async () => {
    const { source, fullReads } = await openSpied({
      'Connections.csv': csv.CONNECTIONS_2026,
      'messages.csv': csv.MESSAGES_2026,
      'Invitations.csv': csv.INVITATIONS_2026,
      'Notes.csv': csv.NOTES_2026,
      'Endorsement_Received_Info.csv': csv.ENDORSEMENTS_2024,
      'Recommendations_Received.csv': csv.RECOMMENDATIONS,
      'Recommendations_Given.csv': csv.RECOMMENDATIONS_GIVEN,
      'Profile.csv': csv.PROFILE_2026,
      'ImportedContacts.csv': csv.IMPORTED_CONTACTS_2026,
      'Comments_123456789.csv': 'Date,Link,Message\n',
      'LearningCoachMessages.csv': 'No conversations found',
      'guide_messages.csv': 'CONVERSATION ID,FROM,TO,DATE,CONTENT\n',
      'Learning.csv': csv.LEARNING,
      'Articles/Articles/post.html': '<html></html>',
    })
    const recognition = await recognizeFiles(source)
    expect(kindsOf(recognition)).toEqual({
      addressBook: ['ImportedContacts.csv'],
      connections: ['Connections.csv'],
      endorsementsReceived: ['Endorsement_Received_Info.csv'],
      invitations: ['Invitations.csv'],
      messages: ['messages.csv'],
      notes: ['Notes.csv'],
      profile: ['Profile.csv'],
      recommendationsReceived: ['Recommendations_Received.csv'],
    })
    expect(recognition.ignored).toEqual([
      { path: 'Articles/Articles/post.html', reason: 'not a CSV file' },
      { path: 'Comments_123456789.csv', reason: 'numbered file, no contact data' },
      { path: 'Learning.csv', reason: 'not a file the importer uses' },
      { path: 'LearningCoachMessages.csv', reason: 'conversations with LinkedIn assistants, not members' },
      { path: 'Recommendations_Given.csv', reason: 'written by the account owner about others, not received' },
      { path: 'guide_messages.csv', reason: 'conversations with LinkedIn assistants, not members' },
    ])
    expect(fullReads).toEqual([]) // recognition reads heads only; a file is read in full when loaded
    const connections = recognition.files.get('connections')?.[0]
    const table = await connections!.load()
    expect(table.records).toHaveLength(5)
    expect(table.header[2]).toBe('URL')
    expect(fullReads).toEqual(['Connections.csv'])
  })

  it('recognises both endorsement files of 2022, the UTF-16 legacy one included, and Contacts.csv', async () => {
    const { source } = await openSpied({
      'Complete_LinkedInDataExport_09-12-2022 (1)/Connections.csv': csv.PREAMBLE + csv.CONNECTIONS_2021,
      'Complete_LinkedInDataExport_09-12-2022 (1)/Endorsement Received Info.csv': utf16le(csv.ENDORSEMENTS_2022_LEGACY),
      'Complete_LinkedInDataExport_09-12-2022 (1)/Endorsement_Received_Info.csv': csv.ENDORSEMENTS_2022,
      'Complete_LinkedInDataExport_09-12-2022 (1)/Contacts.csv': csv.CONTACTS_2024,
    })
    const recognition = await recognizeFiles(source)
    const endorsements = recognition.files.get('endorsementsReceived') ?? []
    const tables = await Promise.all(endorsements.map((f) => f.load()))
    expect(endorsements.map((f, i) => [f.path, tables[i]!.encoding, tables[i]!.delimiter])).toEqual([
      ['Endorsement Received Info.csv', 'utf-16le', '\t'],
      ['Endorsement_Received_Info.csv', 'utf-8', ','],
    ])
    expect(recognition.files.get('addressBook')?.map((f) => f.path)).toEqual(['Contacts.csv'])
    expect(recognition.ignored).toEqual([])
  })

  it('recognises the 2018 names: Messages.csv, Imported Contacts.csv, Recommendations Received.csv', async () => {
    const { source } = await openSpied({
      'Connections.csv': csv.CONNECTIONS_2018,
      'Messages.csv': csv.MESSAGES_2018,
      'Imported Contacts.csv': csv.IMPORTED_CONTACTS_2018,
      'Recommendations Received.csv': csv.RECOMMENDATIONS,
      'Invitations.csv': csv.INVITATIONS_2022,
    })
    expect(kindsOf(await recognizeFiles(source))).toEqual({
      addressBook: ['Imported Contacts.csv'],
      connections: ['Connections.csv'],
      invitations: ['Invitations.csv'],
      messages: ['Messages.csv'],
      recommendationsReceived: ['Recommendations Received.csv'],
    })
  })

  it('recognises unknown (localised) file names by header alone, reading only the head of the others', async () => {
    const { source, fullReads, headReads } = await openSpied({
      'Verbindungen.csv': csv.PREAMBLE + csv.CONNECTIONS_2021,
      'Nachrichten.csv': csv.MESSAGES_2025,
      'Empfehlungen.csv': csv.RECOMMENDATIONS,
      'Suchanfragen.csv': 'Time,Search Query\n2025-01-01 10:00:00 UTC,engineers\n',
    })
    const recognition = await recognizeFiles(source)
    expect(kindsOf(recognition)).toEqual({ connections: ['Verbindungen.csv'], messages: ['Nachrichten.csv'] })
    expect(recognition.ignored).toEqual([
      { path: 'Empfehlungen.csv', reason: 'not a file the importer uses' },
      { path: 'Suchanfragen.csv', reason: 'not a file the importer uses' },
    ])
    expect(headReads.sort()).toEqual(['Empfehlungen.csv', 'Nachrichten.csv', 'Suchanfragen.csv', 'Verbindungen.csv'])
    expect(fullReads).toEqual([])
    await recognition.files.get('messages')![0]!.load()
    expect(fullReads).toEqual(['Nachrichten.csv'])
  })

  it('lists a known file whose header does not match as ignored, with the reason', async () => {
    const { source } = await openSpied({
      'Connections.csv': csv.CONNECTIONS_2021,
      'Invitations.csv': 'Something,Else\n1,2\n',
      'messages.csv': '',
    })
    const recognition = await recognizeFiles(source)
    expect(recognition.ignored).toEqual([
      { path: 'Invitations.csv', reason: 'named like Invitations.csv, but its header does not match' },
      { path: 'messages.csv', reason: 'named like messages.csv, but its header does not match' },
    ])
  })

  it('throws headerNotFound, naming the file, when Connections.csv has no recognisable header', async () => {
    const { source } = await openSpied({ 'Connections.csv': 'Notes:\n"something, else"\n\nName,Date\nMara,14 Mar 2021\n' })
    const error = await expectImportError(recognizeFiles(source), 'headerNotFound')
    expect(error.message).toMatch(/"Connections\.csv": no row with "First Name" and "Connected On"/)
  })

  it('recognises files in a zip just as in a folder', async () => {
    const path = await temp.zip('Basic_LinkedInDataExport_03-14-2026.zip', { 'Connections.csv': csv.CONNECTIONS_2026, 'Invitations.csv': csv.INVITATIONS_2026 })
    const source = await openExport(path)
    try {
      expect(kindsOf(await recognizeFiles(source))).toEqual({ connections: ['Connections.csv'], invitations: ['Invitations.csv'] })
    } finally {
      await source.close()
    }
  })
})
