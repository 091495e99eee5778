/**
 * Finds the export's files that say something about connections. A file is recognised by its
 * normalised basename AND its header signature (linkedin-export.md §7 step 5); an unknown `.csv`
 * (LinkedIn may localise file names) is recognised by signature alone. Recognition reads only
 * the first 64 KiB of each file; a recognised file is read and parsed in full when it is loaded,
 * so the importer can hold one big table at a time.
 */
import { decodeCsvBytes, parseCsvStream, parseCsvTable, type CsvRecord, type CsvStreamResult, type CsvTable } from './csv/index.js'
import { ImportError } from './errors.js'
import { printableName } from './source/paths.js'
import type { ExportSource } from './source/types.js'

export type FileKind =
  | 'connections'
  | 'messages'
  | 'invitations'
  | 'notes'
  | 'endorsementsReceived'
  | 'recommendationsReceived'
  | 'profile'
  | 'addressBook'

export interface RecognizedFile {
  path: string
  kind: FileKind
  /** Reads, decodes and parses the whole file (each call does it again). */
  load(): Promise<CsvTable>
  /** Reads and decodes the whole file and hands its records one by one to the consumer that
   * `onHeader` returns, keeping none of them. */
  stream(onHeader: (header: string[]) => (record: CsvRecord) => void): Promise<CsvStreamResult>
}

export interface Recognition {
  /** Only kinds that were found are present; each list is in path order. */
  files: Map<FileKind, RecognizedFile[]>
  ignored: { path: string; reason: string }[]
}

interface KindSpec {
  /** How the file is usually called, for messages. */
  label: string
  /** Normalised basenames (see normaliseBasename). */
  basenames: readonly string[]
  /** The header matches when it holds every column of at least one set (lower-case names). */
  signature: readonly (readonly string[])[]
  /** False when another LinkedIn file shares the header (Recommendations_Given has the same columns). */
  recognisableByHeaderAlone: boolean
}

export const FILE_KINDS = {
  connections: { label: 'Connections.csv', basenames: ['connections.csv'], signature: [['first name', 'connected on']], recognisableByHeaderAlone: true },
  messages: { label: 'messages.csv', basenames: ['messages.csv'], signature: [['conversation id'], ['from', 'direction', 'folder']], recognisableByHeaderAlone: true },
  invitations: { label: 'Invitations.csv', basenames: ['invitations.csv'], signature: [['sent at', 'direction']], recognisableByHeaderAlone: true },
  notes: { label: 'Notes.csv', basenames: ['notes.csv'], signature: [['connection profile url', 'note']], recognisableByHeaderAlone: true },
  endorsementsReceived: { label: 'Endorsement_Received_Info.csv', basenames: ['endorsementreceivedinfo.csv'], signature: [['skill name', 'endorser first name']], recognisableByHeaderAlone: true },
  recommendationsReceived: { label: 'Recommendations_Received.csv', basenames: ['recommendationsreceived.csv'], signature: [['first name', 'last name', 'text']], recognisableByHeaderAlone: false },
  profile: { label: 'Profile.csv', basenames: ['profile.csv'], signature: [['first name', 'last name', 'headline']], recognisableByHeaderAlone: true },
  addressBook: { label: 'ImportedContacts.csv', basenames: ['importedcontacts.csv', 'contacts.csv'], signature: [['firstname', 'emails'], ['first name', 'phone numbers']], recognisableByHeaderAlone: true },
} as const satisfies Record<FileKind, KindSpec>

/** Known LinkedIn files that are deliberately not read; listing them keeps them from being recognised by header alone. */
const KNOWN_IGNORED: readonly { reason: string; basenames: readonly string[] }[] = [
  { reason: 'written by the account owner about others, not received', basenames: ['recommendationsgiven.csv', 'endorsementgiveninfo.csv'] },
  { reason: 'conversations with LinkedIn assistants, not members', basenames: ['guidemessages.csv', 'coachmessages.csv', 'learningcoachmessages.csv', 'learningroleplaymessages.csv'] },
  { reason: 'about the account owner', basenames: ['emailaddresses.csv', 'phonenumbers.csv', 'whatsappphonenumbers.csv', 'positions.csv', 'education.csv', 'skills.csv', 'profilesummary.csv'] },
]

const HEAD_BYTES = 64 * 1024
const KIND_NAMES = Object.keys(FILE_KINDS) as FileKind[]
const KIND_BY_BASENAME = new Map<string, FileKind>(KIND_NAMES.flatMap((kind) => FILE_KINDS[kind].basenames.map((name) => [name, kind] as const)))
const IGNORED_BY_BASENAME = new Map<string, string>(KNOWN_IGNORED.flatMap(({ reason, basenames }) => basenames.map((name) => [name, reason] as const)))

/** Lower-case, spaces, underscores and hyphens dropped: `Endorsement Received Info.csv` -> `endorsementreceivedinfo.csv`. */
export function normaliseBasename(path: string): string {
  const base = path.slice(path.lastIndexOf('/') + 1)
  return base.toLowerCase().replace(/[\s_-]+/g, '')
}

export function headerMatches(kind: FileKind, cells: readonly string[]): boolean {
  const present = new Set(cells.map((cell) => cell.trim().toLowerCase()))
  return FILE_KINDS[kind].signature.some((columns) => columns.every((column) => present.has(column)))
}

export async function recognizeFiles(source: ExportSource): Promise<Recognition> {
  const recognition: Recognition = { files: new Map(), ignored: [] }
  for (const { path } of source.entries) {
    const outcome = await recognizeOne(source, path)
    if ('reason' in outcome) recognition.ignored.push({ path, reason: outcome.reason })
    else {
      const list = recognition.files.get(outcome.kind) ?? []
      list.push(outcome)
      recognition.files.set(outcome.kind, list)
    }
  }
  return recognition
}

async function recognizeOne(source: ExportSource, path: string): Promise<RecognizedFile | { reason: string }> {
  const basename = path.slice(path.lastIndexOf('/') + 1)
  const normalised = normaliseBasename(path)
  if (!normalised.endsWith('.csv')) return { reason: 'not a CSV file' }
  const namedKind = KIND_BY_BASENAME.get(normalised)
  if (namedKind !== undefined) return readNamedFile(source, path, namedKind)
  const knownReason = IGNORED_BY_BASENAME.get(normalised)
  if (knownReason !== undefined) return { reason: knownReason }
  if (/_\d+\.csv$/i.test(basename)) return { reason: 'numbered file, no contact data' }
  return readUnknownFile(source, path)
}

async function readNamedFile(source: ExportSource, path: string, kind: FileKind): Promise<RecognizedFile | { reason: string }> {
  const head = tableWithHeader(await source.readHead(path, HEAD_BYTES), (cells) => headerMatches(kind, cells))
  if (head !== undefined) return recognized(source, path, kind)
  if (kind === 'connections') {
    throw new ImportError('headerNotFound', `${printableName(path)}: no row with "First Name" and "Connected On" among the first rows`)
  }
  return { reason: `named like ${FILE_KINDS[kind].label}, but its header does not match` }
}

async function readUnknownFile(source: ExportSource, path: string): Promise<RecognizedFile | { reason: string }> {
  const head = tableWithHeader(await source.readHead(path, HEAD_BYTES), (cells) => kindsByHeaderAlone(cells).length > 0)
  const kind = head === undefined ? undefined : kindsByHeaderAlone(head.header)[0]
  if (kind === undefined) return { reason: 'not a file the importer uses' }
  return recognized(source, path, kind)
}

function recognized(source: ExportSource, path: string, kind: FileKind): RecognizedFile {
  const notFound = () => new ImportError('headerNotFound', `${printableName(path)}: the ${FILE_KINDS[kind].label} header was not found`)
  return {
    path,
    kind,
    async load() {
      const table = tableWithHeader(await source.read(path), (cells) => headerMatches(kind, cells))
      if (table === undefined) throw notFound()
      return table
    },
    async stream(onHeader) {
      const { text, encoding } = decodeCsvBytes(await source.read(path))
      try {
        return parseCsvStream(text, (cells) => headerMatches(kind, cells), onHeader, { encoding })
      } catch (error) {
        throw error instanceof ImportError && error.code === 'headerNotFound' ? notFound() : error
      }
    },
  }
}

function kindsByHeaderAlone(cells: readonly string[]): FileKind[] {
  return KIND_NAMES.filter((kind) => FILE_KINDS[kind].recognisableByHeaderAlone && headerMatches(kind, cells))
}

// A head may end inside a multi-byte character or a quoted field: only its header row matters,
// and the whole file is decoded again when it is loaded.
function tableWithHeader(bytes: Uint8Array, isHeader: (cells: string[]) => boolean): CsvTable | undefined {
  const { text, encoding } = decodeCsvBytes(bytes)
  try {
    return parseCsvTable(text, isHeader, { encoding })
  } catch (error) {
    if (error instanceof ImportError && error.code === 'headerNotFound') return undefined
    throw error
  }
}
