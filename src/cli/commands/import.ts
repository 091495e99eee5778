import { formatReport, importExport, type ImportReport } from '../../import/index.js'
import { COMMON_OPTIONS, USER_OPTION, UsageError, type Command, type Io, type Values } from '../command.js'
import { configFrom, openStore, userBook } from '../context.js'
import { createProgress } from '../progress.js'
import { askYesNo } from '../prompt.js'
import { releaseMemory } from '../release-memory.js'

/** Collecting once, after the files are parsed and joined, keeps a 30,000-connection import under 400 MB. */
const STAGES_THAT_FOLLOW_BIG_ALLOCATIONS = new Set(['joining the files'])

/** More removed cards than this are deleted only after a confirmation (or --yes). */
const HANDFUL = 5

export const importCommand: Command = {
  name: 'import',
  summary: 'Import a LinkedIn data export (the zip as downloaded, or its extracted folder) into an address book.',
  usage: 'import <export.zip | folder> [options]',
  options: {
    ...USER_OPTION,
    'dry-run': { type: 'boolean', help: 'show what the import would do, change nothing' },
    json: { type: 'boolean', help: 'print the report as JSON' },
    'allow-older': { type: 'boolean', help: 'import even if a newer export was already imported' },
    'prune-removed': { type: 'boolean', help: 'delete cards of connections missing from this export (unless edited on a device)' },
    yes: { type: 'boolean', short: 'y', help: `do not ask before deleting more than ${HANDFUL} cards` },
    'restore-deleted': { type: 'boolean', help: 'bring back cards that were deleted on a device' },
    'message-text': { type: 'boolean', help: 'put the last message text into card notes (config: import.message_text)' },
    ...COMMON_OPTIONS,
  },
  details: [
    'Re-importing a newer export updates the cards on every device. What was typed on a device wins over the',
    'export (reported as a conflict); phone numbers, addresses, photos and anything else added stay untouched.',
  ],
  async run(values, positionals, io) {
    const [path, ...extra] = positionals
    if (!path || extra.length > 0) throw new UsageError('import needs exactly one path: the export zip or folder')
    const config = configFrom(values, io, values['message-text'] ? { 'import.message_text': true } : {})
    const store = openStore(config)
    try {
      const book = userBook(store, values)
      const run = (overrides: { dryRun?: boolean } = {}) => runImport(store, book.id, path, values, config['import.message_text'], io, overrides)
      if (values['prune-removed'] && !values['dry-run'] && !values.yes) {
        const preview = await run({ dryRun: true })
        const toDelete = preview.removed.filter((r) => r.pruned).length
        if (toDelete > HANDFUL && !(await confirmPrune(io, toDelete))) {
          io.stderr.write('Nothing was changed.\n')
          return 1
        }
      }
      const report = await run()
      io.stdout.write(values.json ? JSON.stringify(report, null, 2) + '\n' : formatReport(report) + '\n')
      return 0
    } finally {
      store.close()
    }
  },
}

async function runImport(
  store: ReturnType<typeof openStore>, bookId: number, path: string, values: Values, includeMessageText: boolean, io: Io, overrides: { dryRun?: boolean },
): Promise<ImportReport> {
  const progress = createProgress(io)
  try {
    return await importExport({
      store, bookId, path, includeMessageText,
      dryRun: overrides.dryRun ?? Boolean(values['dry-run']),
      allowOlder: Boolean(values['allow-older']),
      pruneRemoved: Boolean(values['prune-removed']),
      restoreDeleted: Boolean(values['restore-deleted']),
      onProgress: (stage, done, total) => {
        if (STAGES_THAT_FOLLOW_BIG_ALLOCATIONS.has(stage) && !done) releaseMemory()
        progress.update(stage, done, total)
      },
    })
  } finally {
    progress.done()
  }
}

async function confirmPrune(io: Io, count: number): Promise<boolean> {
  if (!io.stdin.isTTY) throw new UsageError(`this import would delete ${count} cards; run it again with --yes to confirm (or --dry-run to see them)`)
  return askYesNo(io, `Delete ${count} cards of connections that are no longer in the export?`)
}
