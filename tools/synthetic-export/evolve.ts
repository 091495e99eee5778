/**
 * evolveNetwork: what changes between two exports. The input is not modified. Each change picks
 * distinct visible people (nobody gets two kinds of change), ids of everyone else stay, new people
 * get ids above every id seen so far, and old slugs stay reserved so a new person never inherits one.
 */
import { Rng } from './prng.js'
import { DAY_MS, isoDate, parseIsoDate } from './dates.js'
import { SlugRegistry, inventSlug } from './slugs.js'
import { inventCompany, inventPosition } from './companies.js'
import { EmailRegistry, inventPerson, type PersonFactory } from './people.js'
import { drawConnectionDate } from './network.js'
import type { EvolveOptions, Network, NetworkChangeLog, Person } from './types.js'

const NEW_CONNECTION_EMAIL_RATE = 0.02

export function evolveNetwork(network: Network, changes: EvolveOptions): { network: Network; changed: NetworkChangeLog } {
  const asOfMs = parseIsoDate(changes.asOf)
  const sinceMs = parseIsoDate(changes.since ?? network.asOf ?? latestConnection(network))
  const people = network.people.map((p) => ({ ...p }))
  const factory = registries(network, Rng.for(changes.seed, 'evolve', network.seed))
  const pool = factory.rng.shuffle(people.filter((p) => !p.hidden))
  const take = (count: number | undefined, label: string, fits: (p: Person) => boolean = () => true): Person[] => {
    const wanted = count ?? 0
    const picked: Person[] = []
    for (let i = 0; i < pool.length && picked.length < wanted; ) {
      const person = pool[i] as Person
      if (fits(person)) {
        picked.push(person)
        pool.splice(i, 1)
      } else i++
    }
    if (picked.length < wanted) throw new RangeError(`cannot apply ${wanted} ${label}: only ${picked.length} eligible people`)
    return picked
  }

  const removed = take(changes.removed, 'removals')
  const jobChanges = take(changes.jobChanges, 'job changes')
  const slugChanges = take(changes.slugChanges, 'slug changes')
  const nameFixes = take(changes.nameFixes, 'name fixes')
  const emailsRevealed = take(changes.emailsRevealed, 'email reveals', (p) => p.email === undefined)

  for (const person of jobChanges) changeJob(factory.rng, person)
  for (const person of slugChanges) person.slug = inventSlug(factory.rng, person, factory.slugs, 'plain')
  for (const person of nameFixes) Object.assign(person, fixName(factory.rng, person))
  for (const person of emailsRevealed) person.email = factory.emails.invent(factory.rng, person)

  const newCount = changes.newConnections ?? 0
  if (newCount > 0 && asOfMs <= sinceMs) {
    throw new RangeError(`new connections need asOf (${changes.asOf}) after ${isoDate(sinceMs)}`)
  }
  const removedIds = new Set(removed.map((p) => p.id))
  const kept = people.filter((p) => !removedIds.has(p.id))
  const firstNewId = network.people.reduce((max, p) => Math.max(max, p.id), 0) + 1
  const added: Person[] = []
  for (let i = 0; i < newCount; i++) {
    const connectedOn = drawConnectionDate(factory.rng, sinceMs + DAY_MS, asOfMs)
    const traits = { connectedOn, activeUntil: changes.asOf, hidden: false, emailRate: NEW_CONNECTION_EMAIL_RATE }
    added.push(inventPerson(factory, firstNewId + i, traits))
  }

  const ids = (list: Person[]) => list.map((p) => p.id).sort((a, b) => a - b)
  const evolved: Network = {
    seed: network.seed,
    owner: { ...network.owner },
    people: [...kept, ...added],
    asOf: changes.asOf,
    pending: (network.pending ?? []).map((p) => ({ ...p })),
  }
  return {
    network: evolved,
    changed: {
      jobChanges: ids(jobChanges),
      newConnections: ids(added),
      removed: ids(removed),
      slugChanges: ids(slugChanges),
      emailsRevealed: ids(emailsRevealed),
      nameFixes: ids(nameFixes),
    },
  }
}

function latestConnection(network: Network): string {
  return network.people.reduce((latest, p) => (p.connectedOn > latest ? p.connectedOn : latest), '0000-01-01')
}

function registries(network: Network, rng: Rng): PersonFactory {
  const slugs = new SlugRegistry()
  const emails = new EmailRegistry()
  slugs.add(network.owner.slug)
  for (const p of network.people) {
    slugs.add(p.slug)
    if (p.email !== undefined) emails.add(p.email)
  }
  for (const p of network.pending ?? []) slugs.add(p.slug)
  return { rng, slugs, emails }
}

/** A new employer and title; both differ from the old ones. */
function changeJob(rng: Rng, person: Person): void {
  const differentFrom = <T>(old: T, invent: () => T | undefined): T => {
    for (;;) {
      const value = invent()
      if (value !== undefined && value !== old) return value
    }
  }
  person.company = differentFrom(person.company, () => inventCompany(rng))
  person.position = differentFrom(person.position, () => inventPosition(rng))
}

const ACCENTED: Readonly<Record<string, string>> = { a: 'á', e: 'é', i: 'í', o: 'ó', u: 'ú' }

/** Ways a member corrects their name; each returns undefined when it does not apply. */
const NAME_FIXES: readonly ((p: Person) => Partial<Person> | undefined)[] = [
  (p) => (/[aeiou]/.test(p.firstName) ? { firstName: p.firstName.replace(/[aeiou]/, (v) => ACCENTED[v] ?? v) } : undefined),
  (p) => (p.lastName.includes(',') ? undefined : { lastName: `${p.lastName}, PhD` }),
  (p) => {
    const i = [...p.lastName].findIndex((ch, k, all) => k > 0 && k < all.length - 1 && /\p{Ll}/u.test(ch) && ch !== all[k + 1] && /\p{Ll}/u.test(all[k + 1] ?? ''))
    if (i < 0) return undefined
    const chars = [...p.lastName]
    ;[chars[i], chars[i + 1]] = [chars[i + 1] as string, chars[i] as string]
    return { lastName: chars.join('') }
  },
]

/** A corrected spelling: always differs from the current name. */
export function fixName(rng: Rng, person: Person): { firstName: string; lastName: string } {
  const options = NAME_FIXES.map((fix) => fix(person)).filter((fix): fix is Partial<Person> => fix !== undefined)
  const fix = options.length > 0 ? rng.pick(options) : { lastName: `${person.lastName} Jr.` }
  return { firstName: fix.firstName ?? person.firstName, lastName: fix.lastName ?? person.lastName }
}
