/**
 * Imports a LinkedIn export into one user's address book:
 *   read (zip/folder -> rows) -> build (rows -> contacts with identities) -> apply (one transaction:
 *   match, render, merge, write) -> report.
 * A failure anywhere leaves the store exactly as it was. `dryRun` runs everything and rolls back.
 */
import type { Store } from '../store/types.js'
import { applyImport, type ApplyOutcome } from './apply.js'
import { buildContacts, type ExportData } from './join/build.js'
import { readExport } from './read-export.js'
import type { ImportReport } from './report.js'
import type { ExportLimits } from './source/index.js'

export { ImportError, IMPORT_ERROR_CODES } from './errors.js'
export { formatReport, type ImportReport } from './report.js'

export interface ImportOptions {
  store: Store
  bookId: number
  path: string
  includeMessageText?: boolean
  dryRun?: boolean
  allowOlder?: boolean
  pruneRemoved?: boolean
  restoreDeleted?: boolean
  limits?: Partial<ExportLimits>
  onProgress?: (stage: string, done?: number, total?: number) => void
  now?: () => number
}

class DryRunRollback extends Error {
  constructor(readonly report: ImportReport) {
    super('dry run')
  }
}

export async function importExport(options: ImportOptions): Promise<ImportReport> {
  const now = options.now ?? Date.now
  const startedAt = now()
  const { source, files, built, connectionsRead } = await readAndJoin(options)

  const reportFor = (outcome: ApplyOutcome, revisionBefore: number, revisionAfter: number): ImportReport => ({
    source,
    dryRun: options.dryRun ?? false,
    files,
    connections: { read: connectionsRead, hidden: built.hidden, skipped: built.skipped },
    links: built.links,
    ...outcome,
    revision: { before: revisionBefore, after: revisionAfter },
  })

  try {
    return options.store.runImport(options.bookId, (session) => {
      const result = applyImport(session, built, {
        exportDate: source.exportDate,
        allowOlder: options.allowOlder ?? false,
        restoreDeleted: options.restoreDeleted ?? false,
        pruneRemoved: options.pruneRemoved ?? false,
        onProgress: (done, total) => options.onProgress?.('writing cards', done, total),
      })
      const before = session.book.revision
      if (options.dryRun) throw new DryRunRollback(reportFor(result, before, before))
      // The import bumps the book's revision exactly once when it changes anything.
      const report = reportFor(result, before, before + (changedAnything(result) ? 1 : 0))
      session.recordImport({ exportDate: source.exportDate, sourceName: source.name, startedAt, finishedAt: now(), report: JSON.stringify(report) })
      return report
    })
  } catch (error) {
    if (error instanceof DryRunRollback) return error.report
    throw error
  }
}

/** Reads the export and joins its files; the rows themselves (100,000 messages) do not outlive this step. */
async function readAndJoin(options: ImportOptions) {
  const { source, files, data } = await readExport(options.path, {
    includeMessageText: options.includeMessageText ?? false,
    limits: options.limits,
    onProgress: (stage) => options.onProgress?.(stage),
  })
  options.onProgress?.('joining the files')
  const built = buildContacts(data, { includeMessageText: options.includeMessageText ?? false })
  return { source, files, built, connectionsRead: connectionRowsRead(data.connections) }
}

/** Every data row of Connections.csv: usable, hidden and skipped ones. */
function connectionRowsRead(connections: ExportData['connections']): number {
  return connections.rows.length + connections.hidden + connections.skipped.length
}

function changedAnything(outcome: ApplyOutcome): boolean {
  return outcome.cards.created + outcome.cards.updated + outcome.removed.filter((r) => r.pruned).length > 0
}
