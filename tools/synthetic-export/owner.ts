/** The account owner's own details (Profile.csv and the owner files), invented from the seed. */
import { Rng } from './prng.js'
import { DAY_MS } from './dates.js'
import { INDUSTRIES, LOCATIONS, SKILLS, plainCompany, plainPosition } from './companies.js'
import { inventSummary } from './phrases.js'
import { asciiTokens } from './slugs.js'
import type { Network } from './types.js'

export interface OwnerPosition {
  company: string
  title: string
  description: string
  location: string
  startedMs: number
  /** undefined = current position. */
  finishedMs?: number
}

export interface OwnerDetails {
  skills: string[]
  emails: { address: string; primary: boolean; confirmed: boolean }[]
  phone: string
  birthDayMs: number
  location: string
  industry: string
  summary: string
  website: string
  positions: OwnerPosition[]
}

const YEAR_MS = 365 * DAY_MS

/** Positions are placed relative to the export date so that none starts after it. */
export function ownerDetails(network: Network, exportMs: number): OwnerDetails {
  const rng = Rng.for(network.seed, 'owner-details')
  const local = asciiTokens(network.owner.firstName).join('') || 'owner'
  const family = asciiTokens(network.owner.lastName).join('') || 'member'
  const skills = rng.shuffle([...SKILLS]).slice(0, 8)
  const positions: OwnerPosition[] = []
  let finishedMs: number | undefined
  let startedMs = exportMs - rng.int(1, 4) * YEAR_MS - rng.int(0, 11) * 30 * DAY_MS
  for (let i = rng.int(2, 4); i > 0; i--) {
    const position: OwnerPosition = {
      company: plainCompany(rng),
      title: plainPosition(rng),
      description: rng.chance(0.5) ? 'Led a small team, shipped things, wrote things down.' : '',
      location: rng.pick(LOCATIONS),
      startedMs,
    }
    if (finishedMs !== undefined) position.finishedMs = finishedMs
    positions.push(position)
    finishedMs = startedMs - 30 * DAY_MS
    startedMs = finishedMs - rng.int(1, 5) * YEAR_MS
  }
  return {
    skills,
    emails: [
      { address: `${local}.${family}@example.com`, primary: true, confirmed: true },
      { address: `${local}@example.org`, primary: false, confirmed: rng.chance(0.5) },
    ],
    phone: ` +44 7700 900${String(rng.int(0, 999)).padStart(3, '0')}`,
    birthDayMs: Date.UTC(2000, rng.int(0, 11), rng.int(1, 28)),
    location: rng.pick(LOCATIONS),
    industry: rng.pick(INDUSTRIES),
    summary: inventSummary(rng),
    website: `https://www.example.com/${local}`,
    positions,
  }
}
