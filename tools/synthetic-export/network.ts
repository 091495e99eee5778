/** createNetwork: the owner, their connections and a few pending invitations, all from one seed. */
import { Rng } from './prng.js'
import { DAY_MS, isoDate, parseIsoDate } from './dates.js'
import { FIRST_NAMES, LAST_NAMES, inventName } from './names.js'
import { SlugRegistry, inventSlug } from './slugs.js'
import { inventHeadline, inventInvitationMessage } from './phrases.js'
import { EmailRegistry, inventPerson, renamePerson, type PersonFactory } from './people.js'
import type { CreateNetworkOptions, Network, PendingInvitation, Person } from './types.js'

export const DEFAULT_AS_OF = '2026-03-31'
const DEFAULT_HIDDEN_RATE = 0.03
const DEFAULT_EMAIL_RATE = 0.02
const DEFAULT_SPAN_YEARS = 12
/** Networks at least this big always contain the planted same-name pairs. */
export const NAME_TWINS_MIN_SIZE = 200

export function createNetwork(options: CreateNetworkOptions): Network {
  const { seed, size } = options
  if (!Number.isInteger(size) || size < 0) throw new RangeError(`size must be a non-negative integer, got ${size}`)
  const hiddenRate = checkRate('hiddenRate', options.hiddenRate ?? DEFAULT_HIDDEN_RATE)
  const emailRate = checkRate('emailRate', options.emailRate ?? DEFAULT_EMAIL_RATE)
  const asOf = options.asOf ?? DEFAULT_AS_OF
  const asOfMs = parseIsoDate(asOf)
  const sinceMs = options.since === undefined ? yearsBefore(asOfMs, DEFAULT_SPAN_YEARS) : parseIsoDate(options.since)
  if (sinceMs > asOfMs) throw new RangeError(`since (${isoDate(sinceMs)}) is after asOf (${asOf})`)

  const factory: PersonFactory = { rng: Rng.for(seed, 'network'), slugs: new SlugRegistry(), emails: new EmailRegistry() }
  const owner = inventOwner(factory)
  const people: Person[] = []
  for (let id = 1; id <= size; id++) {
    const connectedOn = drawConnectionDate(factory.rng, sinceMs, asOfMs)
    const hidden = factory.rng.chance(hiddenRate)
    people.push(inventPerson(factory, id, { connectedOn, activeUntil: asOf, hidden, emailRate }))
  }
  if (size >= NAME_TWINS_MIN_SIZE) plantNameTwins(factory, people)
  const pending = inventPending(factory, size === 0 ? 0 : Math.min(40, 2 + Math.floor(size / 150)), sinceMs, asOfMs)
  return { seed, owner, people, asOf, pending }
}

function checkRate(name: string, rate: number): number {
  if (!(rate >= 0 && rate <= 1)) throw new RangeError(`${name} must be between 0 and 1, got ${rate}`)
  return rate
}

function yearsBefore(ms: number, years: number): number {
  const d = new Date(ms)
  return Date.UTC(d.getUTCFullYear() - years, d.getUTCMonth(), d.getUTCDate())
}

/** A day in [since, asOf], skewed towards recent dates as real networks are. */
export function drawConnectionDate(rng: Rng, sinceMs: number, asOfMs: number): string {
  const days = Math.round((asOfMs - sinceMs) / DAY_MS)
  return isoDate(sinceMs + Math.floor((days + 1) * rng.float() ** 0.6) * DAY_MS)
}

function inventOwner(factory: PersonFactory): Network['owner'] {
  const name = { firstName: factory.rng.pick(FIRST_NAMES), lastName: factory.rng.pick(LAST_NAMES) }
  const slug = inventSlug(factory.rng, name, factory.slugs, 'plain')
  return { ...name, slug, headline: inventHeadline(factory.rng) }
}

/**
 * Identity-collision test data: one pair with the same first+last name but different connection
 * dates, and one pair with the same name AND the same date. Only plain-slug, visible people are used.
 */
function plantNameTwins(factory: PersonFactory, people: Person[]): void {
  const candidates = factory.rng.shuffle(people.filter((p) => !p.hidden && !p.slug.includes('%')))
  const [original, sameDateOriginal, sameDateTwin] = candidates
  if (original === undefined || sameDateOriginal === undefined || sameDateTwin === undefined) return
  const differentDateTwin = candidates.slice(3).find((p) => p.connectedOn !== original.connectedOn)
  if (differentDateTwin === undefined) return
  renamePerson(factory, differentDateTwin, original)
  renamePerson(factory, sameDateTwin, sameDateOriginal)
  sameDateTwin.connectedOn = sameDateOriginal.connectedOn
}

function inventPending(factory: PersonFactory, count: number, sinceMs: number, asOfMs: number): PendingInvitation[] {
  const { rng } = factory
  const pending: PendingInvitation[] = []
  for (let i = 0; i < count; i++) {
    const name = inventName(rng)
    const invitation: PendingInvitation = {
      firstName: name.firstName,
      lastName: name.lastName,
      slug: inventSlug(rng, name, factory.slugs, 'plain'),
      direction: rng.chance(0.5) ? 'OUTGOING' : 'INCOMING',
      sentOn: isoDate(Math.max(sinceMs, asOfMs - rng.int(0, 120) * DAY_MS)),
    }
    if (rng.chance(0.1)) invitation.message = inventInvitationMessage(rng)
    pending.push(invitation)
  }
  return pending
}
