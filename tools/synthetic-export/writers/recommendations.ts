/** Recommendations_Received.csv (§4.6): about 1 % of connections; no URL column, zero-padded dates. */
import { Rng } from '../prng.js'
import { usPaddedDateTime } from '../dates.js'
import { activityWindow, csvFile, instantIn, isShown, type FileWriter } from '../context.js'
import { inventRecommendation } from '../phrases.js'

const HEADER = ['First Name', 'Last Name', 'Company', 'Job Title', 'Text', 'Creation Date', 'Status'] as const
const RECOMMENDER_SHARE = 0.01

export const writeRecommendations: FileWriter = (ctx) => {
  const found: { at: number; cells: string[] }[] = []
  for (const person of ctx.visible) {
    const rng = Rng.for(ctx.network.seed, 'recommendation', person.id)
    if (!rng.chance(RECOMMENDER_SHARE)) continue
    const window = activityWindow(ctx, person)
    const at = instantIn(rng, window)
    const text = inventRecommendation(rng)
    const status = rng.chance(0.85) ? 'VISIBLE' : 'HIDDEN'
    if (!isShown(ctx, window, at)) continue
    found.push({ at, cells: [person.firstName, person.lastName, person.company ?? '', person.position ?? '', text, usPaddedDateTime(at), status] })
  }
  const rows = found.sort((a, b) => b.at - a.at).map((r) => r.cells)
  return [csvFile(ctx, { path: ctx.preset.recommendationsFile, records: [[...HEADER], ...rows], rows: rows.length })]
}
