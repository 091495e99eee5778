/** What an import did, for the terminal (text) and for scripts (--json). */
import type { LinkCounts } from './join/build.js'
import type { SkippedRow } from './readers/types.js'

export interface CardRef {
  /** Member name (`<uuid>.vcf`). */
  card: string
  /** Display name of the connection. */
  name: string
}

export interface ImportReport {
  source: { name: string; kind: 'zip' | 'folder'; exportDate: string | null }
  dryRun: boolean
  files: { recognized: { path: string; kind: string; rows: number }[]; ignored: { path: string; reason: string }[] }
  connections: { read: number; hidden: number; skipped: SkippedRow[] }
  links: LinkCounts
  cards: { created: number; updated: number; unchanged: number }
  /** How existing cards were found again: by profile slug, by name + connected-on, by email. */
  matchedBy: { slug: number; name: number; email: number }
  /** Existing cards found again under a new profile URL (vanity URL changed, or the URL appeared). */
  newProfileUrls: CardRef[]
  conflicts: (CardRef & { field: string; device: string[]; imported: string[] })[]
  removed: (CardRef & { editedOnDevice: boolean; pruned: boolean })[]
  deletedOnDevices: (CardRef & { restored: boolean })[]
  revision: { before: number; after: number }
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`

export function formatReport(report: ImportReport): string {
  const lines: string[] = []
  const { cards, connections } = report
  lines.push(`${report.dryRun ? 'Dry run (nothing was changed): ' : ''}import of ${report.source.name}${report.source.exportDate ? ` (export of ${report.source.exportDate})` : ''}`)
  lines.push(`  connections read: ${connections.read}`)
  lines.push(`  cards: ${cards.created} created, ${cards.updated} updated, ${cards.unchanged} unchanged`)
  lines.push(`  hidden rows skipped: ${connections.hidden}`)
  lines.push(`  rows skipped: ${connections.skipped.length}`)
  for (const row of connections.skipped) lines.push(`    ${row.file} line ${row.line}: ${row.reason}`)
  const { links } = report
  lines.push(`  linked: ${plural(links.invitations, 'invitation')}, messages with ${plural(links.messages, 'connection')}, ${plural(links.notes, 'note')}, ${plural(links.endorsements, 'endorsement')}, ${plural(links.recommendations, 'recommendation')}`)
  if (report.newProfileUrls.length > 0) {
    lines.push(`  cards found again under a new profile URL: ${report.newProfileUrls.length}`)
    for (const ref of report.newProfileUrls) lines.push(`    ${ref.name}`)
  }
  if (report.conflicts.length > 0) {
    lines.push(`  conflicts (kept what was typed on a device): ${report.conflicts.length}`)
    for (const c of report.conflicts) lines.push(`    ${c.name}: ${c.field} kept "${c.device.join(', ')}", export has "${c.imported.join(', ')}"`)
  }
  if (report.removed.length > 0) {
    const pruned = report.removed.filter((r) => r.pruned).length
    lines.push(`  connections no longer in the export: ${report.removed.length}${pruned ? ` (${pruned} deleted)` : ' (kept; use --prune-removed to delete the unedited ones)'}`)
    for (const r of report.removed) lines.push(`    ${r.name}${r.pruned ? ' (deleted)' : r.editedOnDevice ? ' (kept: edited on a device)' : ''}`)
  }
  if (report.deletedOnDevices.length > 0) {
    const restored = report.deletedOnDevices.filter((d) => d.restored).length
    lines.push(`  deleted on a device: ${report.deletedOnDevices.length}${restored ? ` (${restored} restored)` : ' (not brought back; use --restore-deleted)'}`)
  }
  lines.push(`  files recognised: ${report.files.recognized.map((f) => `${f.path} (${f.rows} rows)`).join(', ') || 'none'}`)
  lines.push(`  files ignored: ${report.files.ignored.length}`)
  for (const f of report.files.ignored) lines.push(`    ${f.path}: ${f.reason}`)
  return lines.join('\n')
}
