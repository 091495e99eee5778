import { decodeCsvBytes, parseCsvTable, type CsvTable } from '../../../src/import/csv/index.js'
import { headerMatches, type FileKind } from '../../../src/import/files.js'

/** Parses CSV text (or bytes) the way recognizeFiles does for a file of this kind. */
export function tableOf(kind: FileKind, content: string | Uint8Array): CsvTable {
  const { text, encoding } = decodeCsvBytes(typeof content === 'string' ? Buffer.from(content) : content)
  return parseCsvTable(text, (cells) => headerMatches(kind, cells), { encoding })
}
