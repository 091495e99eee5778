/**
 * Endorsement_Received_Info.csv (§4.5): a few percent of connections endorse 1–3 of the owner's
 * skills. 2024+ adds the scheme-less raw-Unicode `Endorser Public Url`; 2022 also ships the legacy
 * UTF-16LE, tab-separated, fully quoted `Endorsement Received Info.csv` with a `Display Status` column.
 */
import { Rng } from '../prng.js'
import { slashUtcDateTime } from '../dates.js'
import { activityWindow, csvFile, instantIn, isShown, type FileWriter, type OutputFile, type RenderContext } from '../context.js'
import { ownerDetails } from '../owner.js'
import { endorsementUrl } from '../slugs.js'
import type { Person } from '../types.js'

const ENDORSER_SHARE = 0.03
const STATUSES: readonly (readonly [string, number])[] = [['ACCEPTED', 0.96], ['HIDDEN', 0.04]]

interface Endorsement {
  at: number
  skill: string
  person: Person
  status: string
}

function endorsements(ctx: RenderContext): Endorsement[] {
  const skills = ownerDetails(ctx.network, ctx.exportMs).skills
  const found: Endorsement[] = []
  for (const person of ctx.visible) {
    const rng = Rng.for(ctx.network.seed, 'endorsement', person.id)
    if (!rng.chance(ENDORSER_SHARE)) continue
    const window = activityWindow(ctx, person)
    for (const skill of rng.shuffle([...skills]).slice(0, rng.int(1, 3))) {
      const at = instantIn(rng, window)
      const status = rng.weighted(STATUSES)
      if (isShown(ctx, window, at)) found.push({ at, skill, person, status })
    }
  }
  return found.sort((a, b) => b.at - a.at)
}

export const writeEndorsements: FileWriter = (ctx) => {
  const settings = ctx.preset.endorsements
  if (settings === null) return []
  const list = endorsements(ctx)
  const url = settings.withUrl ? ['Endorser Public Url'] : []
  const header = ['Endorsement Date', 'Skill Name', 'Endorser First Name', 'Endorser Last Name', ...url, 'Endorsement Status']
  const rows = list.map((e) => {
    const urlCell = settings.withUrl ? [endorsementUrl(e.person.slug)] : []
    return [slashUtcDateTime(e.at), e.skill, e.person.firstName, e.person.lastName, ...urlCell, e.status]
  })
  const files: OutputFile[] = [csvFile(ctx, { path: 'Endorsement_Received_Info.csv', records: [header, ...rows], rows: rows.length })]
  if (settings.legacyUtf16) files.push(legacyFile(ctx, list))
  return files
}

function legacyFile(ctx: RenderContext, list: Endorsement[]): OutputFile {
  const header = ['Endorsement Date', 'Skill Name', 'Endorser First Name', 'Endorser Last Name', 'Endorsement Status', 'Display Status']
  const rows = list.map((e) => [slashUtcDateTime(e.at), e.skill, e.person.firstName, e.person.lastName, e.status, e.status === 'ACCEPTED' ? 'VISIBLE' : 'HIDDEN'])
  return csvFile(ctx, {
    path: 'Endorsement Received Info.csv',
    records: [header, ...rows],
    rows: rows.length,
    style: { delimiter: '\t', quoteAll: true },
    encoding: 'utf16le-bom',
  })
}
