/** renderExport: one network, one era, one export date → the archive's files, byte for byte. */
import { parseIsoDate, zipNameDate } from './dates.js'
import { ERAS, type EraPreset } from './eras.js'
import { createContext, type FileWriter } from './context.js'
import { writeConnections } from './writers/connections.js'
import { writeMessages } from './writers/messages.js'
import { writeInvitations } from './writers/invitations.js'
import { writeProfile } from './writers/profile.js'
import { writeEndorsements } from './writers/endorsements.js'
import { writeRecommendations } from './writers/recommendations.js'
import { writeNotes } from './writers/notes.js'
import { writeAddressBook } from './writers/address-book.js'
import { writeOwnerFiles } from './writers/owner-files.js'
import { writeFollows } from './writers/follows.js'
import { writeNoise } from './writers/noise.js'
import type { GeneratedExport, Network, RenderOptions } from './types.js'

interface WriterEntry {
  write: FileWriter
  /** Basic archives hold only Connections, messages, Invitations and Profile. */
  inBasic: boolean
  when?: (options: RenderOptions, preset: EraPreset) => boolean
}

/** In archive order. Writers whose era has no such file return nothing. */
const WRITERS: readonly WriterEntry[] = [
  { write: writeConnections, inBasic: true },
  { write: writeMessages, inBasic: true },
  { write: writeInvitations, inBasic: true },
  { write: writeProfile, inBasic: true, when: (options) => options.includeProfile !== false },
  { write: writeEndorsements, inBasic: false },
  { write: writeRecommendations, inBasic: false },
  { write: writeNotes, inBasic: false },
  { write: writeAddressBook, inBasic: false },
  { write: writeOwnerFiles, inBasic: false },
  { write: writeFollows, inBasic: false },
  { write: writeNoise, inBasic: false },
]

export function archiveName(options: Pick<RenderOptions, 'kind' | 'exportDate'>): string {
  return `${options.kind}_LinkedInDataExport_${zipNameDate(parseIsoDate(options.exportDate))}.zip`
}

export function renderExport(network: Network, options: RenderOptions): GeneratedExport {
  const preset = ERAS[options.era]
  if (preset === undefined) throw new RangeError(`unknown era: ${String(options.era)}`)
  const ctx = createContext(network, options, preset)
  const fileName = archiveName(options)
  const prefix = options.topFolder === true ? `${fileName.replace(/\.zip$/, '')}/` : ''
  const files = new Map<string, Uint8Array>()
  const rowCounts = new Map<string, number>()
  for (const entry of WRITERS) {
    if (options.kind === 'Basic' && !entry.inBasic) continue
    if (entry.when !== undefined && !entry.when(options, preset)) continue
    for (const file of entry.write(ctx)) {
      files.set(prefix + file.path, file.bytes)
      rowCounts.set(prefix + file.path, file.rows)
    }
  }
  return { fileName, files, rowCounts }
}
