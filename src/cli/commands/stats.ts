import { COMMON_OPTIONS, USER_OPTION, UsageError, type Command } from '../command.js'
import { configFrom, openStore, userBook } from '../context.js'

export const statsCommand: Command = {
  name: 'stats',
  summary: 'Show what the address book holds and when it was last imported.',
  usage: 'stats [options]',
  options: {
    json: { type: 'boolean', help: 'print JSON' },
    ...USER_OPTION,
    ...COMMON_OPTIONS,
  },
  async run(values, positionals, io) {
    if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`)
    const store = openStore(configFrom(values, io))
    try {
      const book = userBook(store, values)
      const stats = store.stats(book.id)
      const last = stats.lastImport
      const summary = {
        user: book.owner,
        addressBook: book.displayName,
        cards: stats.cards,
        imported: stats.imported,
        editedOnDevices: stats.editedOnDevices,
        createdOnDevices: stats.createdOnDevices,
        deletedOnDevices: stats.deletedOnDevices,
        revision: stats.revision,
        imports: store.importHistory(book.id).length,
        lastImport: last ? { source: last.sourceName, exportDate: last.exportDate, at: new Date(last.finishedAt).toISOString() } : null,
      }
      if (values.json) {
        io.stdout.write(JSON.stringify(summary, null, 2) + '\n')
        return 0
      }
      io.stdout.write([
        `Address book "${summary.addressBook}" of ${summary.user}`,
        `  cards: ${summary.cards} (${summary.imported} imported, ${summary.createdOnDevices} created on devices)`,
        `  edited on devices: ${summary.editedOnDevices}`,
        `  deleted on devices: ${summary.deletedOnDevices}`,
        `  revision: ${summary.revision}`,
        last
          ? `  last import: ${last.sourceName}${last.exportDate ? ` (export of ${last.exportDate})` : ''} at ${summary.lastImport!.at}, ${summary.imports} import${summary.imports === 1 ? '' : 's'} in all`
          : '  never imported',
        '',
      ].join('\n'))
      return 0
    } finally {
      store.close()
    }
  },
}
