/**
 * Reads an export (zip or folder) into plain rows: opens it safely, recognises its files, and runs
 * one reader per recognised file. Fails with an ImportError when the export has no usable
 * Connections.csv. Nothing here touches the store.
 */
import { ImportError } from './errors.js'
import { recognizeFiles, type FileKind, type RecognizedFile } from './files.js'
import type { ExportData } from './join/build.js'
import { readConnections } from './readers/connections.js'
import { readEndorsementsReceived } from './readers/endorsements.js'
import { readInvitations } from './readers/invitations.js'
import { readMessages } from './readers/messages.js'
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
    const all = <T>(kind: FileKind, read: (file: RecognizedFile) => ReadResult<T>) => files(kind).flatMap((file) => read(file).rows)
    const connections = readConnections(connectionsFile.table, connectionsFile.path)
    const data: ExportData = {
      connections,
      invitations: all('invitations', (f) => readInvitations(f.table, f.path)),
      messages: all('messages', (f) => readMessages(f.table, f.path, { keepText: options.includeMessageText })),
      notes: all('notes', (f) => readNotes(f.table, f.path)),
      endorsements: readEndorsementsReceived(files('endorsementsReceived')).rows,
      recommendations: all('recommendationsReceived', (f) => readRecommendationsReceived(f.table, f.path)),
      profile: files('profile').flatMap((f) => readProfile(f.table, f.path).rows)[0],
    }
    const recognized = [...recognition.files.values()].flat().map((f) => ({ path: f.path, kind: f.kind, rows: f.table.records.length }))
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
  for (const row of data.messages) consider(row.date)
  for (const row of data.invitations) consider(row.sentAt)
  return newest
}
