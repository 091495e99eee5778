/** Profile.csv (§4.8): one row about the owner, with the 2018 or the modern header. */
import { monthDay } from '../dates.js'
import type { ProfileColumn } from '../eras.js'
import { csvFile, type FileWriter } from '../context.js'
import { ownerDetails, type OwnerDetails } from '../owner.js'
import type { Network } from '../types.js'

const CELLS: Record<ProfileColumn, (owner: Network['owner'], details: OwnerDetails) => string> = {
  'First Name': (o) => o.firstName,
  'Last Name': (o) => o.lastName,
  'Maiden Name': () => '',
  Address: () => '',
  'Birth Date': (_o, d) => monthDay(d.birthDayMs),
  'Contact Instructions': () => '',
  Headline: (o) => o.headline,
  Summary: (_o, d) => d.summary,
  Industry: (_o, d) => d.industry,
  Country: (_o, d) => d.location.split(', ').pop() ?? '',
  'Zip Code': () => '',
  'Geo Location': (_o, d) => d.location,
  'Twitter Handles': () => '',
  Websites: (_o, d) => `[PORTFOLIO:${d.website}]`,
  'Instant Messengers': () => '',
}

export const writeProfile: FileWriter = (ctx) => {
  const columns = ctx.preset.profileColumns
  const details = ownerDetails(ctx.network, ctx.exportMs)
  const row = columns.map((column) => CELLS[column](ctx.network.owner, details))
  return [csvFile(ctx, { path: 'Profile.csv', records: [[...columns], row], rows: 1 })]
}
