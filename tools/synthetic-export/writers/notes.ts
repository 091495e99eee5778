/** Notes.csv (2026, §4.4): the owner's private notes on about 1 % of connections. */
import { Rng } from '../prng.js'
import { DAY_MS, utcDateTime } from '../dates.js'
import { activityWindow, csvFile, instantIn, isShown, type FileWriter } from '../context.js'
import { inventNote } from '../phrases.js'
import { profileUrl } from '../slugs.js'

const HEADER = ['Connection First Name', 'Connection Last Name', 'Connection Profile URL', 'Note', 'Created On', 'Edited On'] as const
const NOTE_SHARE = 0.01

export const writeNotes: FileWriter = (ctx) => {
  if (!ctx.preset.notes) return []
  const found: { at: number; cells: string[] }[] = []
  for (const person of ctx.visible) {
    const rng = Rng.for(ctx.network.seed, 'note', person.id)
    if (!rng.chance(NOTE_SHARE)) continue
    const window = activityWindow(ctx, person)
    const created = instantIn(rng, window)
    const edited = rng.chance(0.3) ? created + rng.int(1, 90) * DAY_MS + rng.int(0, 86_399) * 1000 : undefined
    const note = inventNote(rng)
    if (!isShown(ctx, window, created)) continue
    const editedCell = edited !== undefined && isShown(ctx, window, edited) ? utcDateTime(edited) : ''
    found.push({ at: created, cells: [person.firstName, person.lastName, profileUrl(person.slug), note, utcDateTime(created), editedCell] })
  }
  const rows = found.sort((a, b) => b.at - a.at).map((r) => r.cells)
  return [csvFile(ctx, { path: 'Notes.csv', records: [[...HEADER], ...rows], rows: rows.length })]
}
