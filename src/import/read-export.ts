/**
 * Reads an export (zip or folder) into plain rows: opens it safely, recognises its files, and runs
 * one reader per recognised file. Fails with an ImportError when the export has no usable
 * Connections.csv. Nothing here touches the store.
 */
import { ImportError } from './errors.js'
import type { CsvTable } from './csv/index.js'
import { recognizeFiles, type FileKind, type RecognizedFile } from './files.js'
import type { ExportData } from './join/build.js'
import { conversationCollector, type Conversation } from './join/conversations.js'
import { readConnections } from './readers/connections.js'
import { readEndorsementsReceived } from './readers/endorsements.js'
import { readInvitations } from './readers/invitations.js'
import { messagesReader } from './readers/messages.js'
import { readNotes } from './readers/notes.js'
import { readProfile } from './readers/profile.js'
import { readRecommendationsReceived } from './readers/recommendations.js'
import type { ReadResult } from './readers/types.js'
import { openExport, type ExportLimits } from './source/index.js'

export interface ReadExportResult {
  source: { name: string; kind: 'zip' | 'folder'; exportDate: string | null }
  files: { recognized: { path: string; kind: FileKind; rows: number }[]; ignored: { path: string; reason: string }[] }
  data: ExportData
}

export interface ReadExportOptions {
  includeMessageText: boolean
  limits?: Partial<ExportLimits>
  onProgress?: (stage: string) => void
}

export async function readExport(path: string, options: ReadExportOptions): Promise<ReadExportResult> {
  options.onProgress?.('opening the export')
  const source = await openExport(path, options.limits)
  try {
    options.onProgress?.('reading its files')
    const recognition = await recognizeFiles(source)
    const files = (kind: FileKind): RecognizedFile[] => recognition.files.get(kind) ?? []
    const [connectionsFile, ...extraConnections] = files('connections')
    if (!connectionsFile) {
      const found = [...recognition.files.keys()]
      throw new ImportError('notAnExport', found.length > 0
        ? `${source.name} has no Connections.csv (it holds ${found.join(', ')}); request the export again with Connections selected`
        : `${source.name} contains none of the LinkedIn files (Connections.csv, messages.csv, Invitations.csv …)`)
    }
    const recognized: ReadExportResult['files']['recognized'] = []
    /** Loads one file at a time and drops its table once read, so only one big table is ever in memory. */
    const load = async (file: RecognizedFile): Promise<CsvTable> => {
      options.onProgress?.(`reading ${file.path}`)
      const table = await file.load()
      recognized.push({ path: file.path, kind: file.kind, rows: table.records.length })
      return table
    }
    const all = async <T>(kind: FileKind, read: (table: CsvTable, path: string) => ReadResult<T>): Promise<T[]> => {
      const rows: T[] = []
      for (const file of files(kind)) rows.push(...read(await load(file), file.path).rows)
      return rows
    }
    /** messages.csv is by far the largest file: its rows are folded into conversations as they are parsed. */
    const readConversations = async (messageFiles: RecognizedFile[]): Promise<Conversation[]> => {
      const collector = conversationCollector()
      for (const file of messageFiles) {
        options.onProgress?.(`reading ${file.path}`)
        const parsed = await file.stream((header) => {
          const reader = messagesReader({ header }, file.path, { keepText: options.includeMessageText }, (row) => collector.add(row))
          return (record) => reader.add(record)
        })
        recognized.push({ path: file.path, kind: file.kind, rows: parsed.recordCount })
      }
      return collector.conversations()
    }
    const endorsementFiles: { path: string; table: CsvTable }[] = []
    for (const file of files('endorsementsReceived')) endorsementFiles.push({ path: file.path, table: await load(file) })
    const data: ExportData = {
      connections: readConnections(await load(connectionsFile), connectionsFile.path),
      invitations: await all('invitations', (t, p) => readInvitations(t, p)),
      conversations: await readConversations(files('messages')),
      notes: await all('notes', (t, p) => readNotes(t, p)),
      endorsements: readEndorsementsReceived(endorsementFiles).rows,
      recommendations: await all('recommendationsReceived', (t, p) => readRecommendationsReceived(t, p)),
      profile: (await all('profile', (t, p) => readProfile(t, p)))[0],
    }
    // Recognised but not used yet: counted for the report without building its table.
    for (const file of files('addressBook')) recognized.push({ path: file.path, kind: file.kind, rows: (await file.stream(() => () => {})).recordCount })
    recognized.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    const ignored = [
      ...recognition.ignored,
      ...extraConnections.map((f) => ({ path: f.path, reason: `a second Connections file; ${connectionsFile.path} was used` })),
    ]
    return {
      source: { name: source.name, kind: source.kind, exportDate: source.exportDate ?? newestDate(data) },
      files: { recognized, ignored },
      data,
    }
  } finally {
    await source.close()
  }
}

/** Without a date in the file name, the export is as new as the newest date inside it. */
function newestDate(data: ExportData): string | null {
  let newest: string | null = null
  const consider = (iso: string | undefined) => {
    const day = iso?.slice(0, 10)
    if (day && (newest === null || day > newest)) newest = day
  }
  for (const row of data.connections.rows) consider(row.connectedOn)
  for (const conversation of data.conversations) consider(conversation.last?.at)
  for (const row of data.invitations) consider(row.sentAt)
  return newest
}
