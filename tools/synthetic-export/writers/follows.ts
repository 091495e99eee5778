/**
 * Member_Follows.csv (CRLF, names only) and Company Follows.csv (Java Date.toString dates), §4.9.
 * Neither carries a URL; they exist so that importers see LinkedIn's odd line ends and date shapes.
 */
import { Rng } from '../prng.js'
import { DAY_MS, javaDateString, plainDateTime } from '../dates.js'
import { activityWindow, csvFile, displayNameOf, instantIn, isShown, type FileWriter } from '../context.js'
import { plainCompany } from '../companies.js'

const FOLLOW_SHARE = 0.05

export const writeFollows: FileWriter = (ctx) => {
  if (!ctx.preset.follows) return []
  const members: { at: number; cells: string[] }[] = []
  for (const person of ctx.visible) {
    const rng = Rng.for(ctx.network.seed, 'member-follow', person.id)
    if (!rng.chance(FOLLOW_SHARE)) continue
    const window = activityWindow(ctx, person)
    const at = instantIn(rng, window)
    const status = rng.chance(0.9) ? 'Active' : 'Unfollow'
    if (isShown(ctx, window, at)) members.push({ at, cells: [plainDateTime(at), status, displayNameOf(person)] })
  }
  const memberRows = members.sort((a, b) => b.at - a.at).map((m) => m.cells)

  const rng = Rng.for(ctx.network.seed, 'company-follows')
  const companies = Array.from({ length: rng.int(5, 15) }, () => ({
    name: plainCompany(rng),
    at: ctx.exportMs - rng.int(1, 1800) * DAY_MS + rng.int(0, 86_399) * 1000,
  }))
  const unique = companies.filter((c, i) => companies.findIndex((d) => d.name === c.name) === i).sort((a, b) => b.at - a.at)
  const companyRows = unique.map((c) => [c.name, javaDateString(c.at)])
  return [
    csvFile(ctx, { path: 'Member_Follows.csv', records: [['Date', 'Status', 'FullName'], ...memberRows], rows: memberRows.length, style: { lineEnd: '\r\n' } }),
    csvFile(ctx, { path: 'Company Follows.csv', records: [['Organization', 'Followed On'], ...companyRows], rows: companyRows.length }),
  ]
}
