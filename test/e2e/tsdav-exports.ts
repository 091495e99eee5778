/** Synthetic exports of invented people written as zips, named the way LinkedIn names them, and the card each person gets. */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { cardNameForUid, uidForKey } from '../../src/import/identity.js'
import { normaliseProfileUrl } from '../../src/import/profile-url.js'
import { profileUrl, renderExport, writeZip, type Era, type ExportKind, type Network, type Person } from '../../tools/synthetic-export/index.js'

export interface ExportOptions {
  exportDate: string
  era?: Era
  kind?: ExportKind
  /** Approximate total message rows (default: the generator's, about 3 per connection). */
  messages?: number
}

/** Writes `network`'s export as `<dir>/<Kind>_LinkedInDataExport_MM-DD-YYYY.zip` and returns the path. */
export async function writeExportZip(dir: string, network: Network, options: ExportOptions): Promise<string> {
  const generated = renderExport(network, {
    era: options.era ?? '2026',
    kind: options.kind ?? 'Complete',
    exportDate: options.exportDate,
    ...(options.messages === undefined ? {} : { messages: options.messages }),
  })
  const path = join(dir, generated.fileName)
  await writeZip(generated, path)
  return path
}

/** A fresh temporary directory and the function that removes it. */
export function tempDir(prefix: string): { path: string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), prefix))
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) }
}

/** The member name the importer gives a connection with a profile URL (as test/import/reimport.test.ts derives it). */
export function cardNameOf(person: Person): string {
  return cardNameForUid(uidForKey(`slug:${normaliseProfileUrl(profileUrl(person.slug))!.slug}`))
}
