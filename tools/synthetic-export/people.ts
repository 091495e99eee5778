/** Invents one connection: name, slug, employer, email. Shared by createNetwork and evolveNetwork. */
import type { Rng } from './prng.js'
import type { InventedName } from './names.js'
import { inventName, inventNonAsciiName } from './names.js'
import { SlugRegistry, asciiTokens, inventSlug, type SlugStyle } from './slugs.js'
import { inventCompany, inventPosition } from './companies.js'
import type { Person } from './types.js'

export const MAIL_DOMAINS = ['example.com', 'example.org', 'example.net'] as const

const SLUG_STYLES: readonly (readonly [SlugStyle, number])[] = [
  ['plain', 0.993],
  ['encoded', 0.004],
  ['uppercase', 0.003],
]

type LocalPart = 'first.last' | 'firstlast' | 'f.last' | 'first_l'
const LOCAL_PARTS: readonly (readonly [LocalPart, number])[] = [
  ['first.last', 0.5],
  ['firstlast', 0.2],
  ['f.last', 0.2],
  ['first_l', 0.1],
]

const LOCAL_PART: Record<LocalPart, (first: string, last: string) => string> = {
  'first.last': (f, l) => `${f}.${l}`,
  firstlast: (f, l) => f + l,
  'f.last': (f, l) => `${f.slice(0, 1)}.${l}`,
  first_l: (f, l) => `${f}_${l.slice(0, 1)}`,
}

/** Email addresses are unique in a network; a clash gets a number appended. */
export class EmailRegistry {
  private readonly taken = new Set<string>()

  add(address: string): void {
    this.taken.add(address.toLowerCase())
  }

  release(address: string): void {
    this.taken.delete(address.toLowerCase())
  }

  invent(rng: Rng, name: InventedName): string {
    const first = asciiTokens(name.firstName).join('') || 'member'
    const last = asciiTokens(name.lastName).join('') || 'contact'
    const local = LOCAL_PART[rng.weighted(LOCAL_PARTS)](first, last)
    const domain = rng.pick(MAIL_DOMAINS)
    let address = `${local}@${domain}`
    for (let n = 2; this.taken.has(address.toLowerCase()); n++) address = `${local}${n}@${domain}`
    this.add(address)
    return address
  }
}

/** The address a 2018-era export shows for someone who shares none (that era had one on every row). */
export function fallbackEmail(person: Person): string {
  const first = asciiTokens(person.firstName).join('') || 'member'
  const last = asciiTokens(person.lastName).join('') || 'contact'
  return `${first}.${last}.${person.id}@example.net`
}

export interface PersonFactory {
  rng: Rng
  slugs: SlugRegistry
  emails: EmailRegistry
}

export interface PersonTraits {
  connectedOn: string
  activeUntil: string
  hidden: boolean
  emailRate: number
}

export function inventPerson(factory: PersonFactory, id: number, traits: PersonTraits): Person {
  const { rng } = factory
  const style = rng.weighted(SLUG_STYLES)
  const name = style === 'encoded' ? inventNonAsciiName(rng) : inventName(rng)
  const person: Person = {
    id,
    firstName: name.firstName,
    lastName: name.lastName,
    slug: inventSlug(rng, name, factory.slugs, style),
    connectedOn: traits.connectedOn,
    hidden: traits.hidden,
    activeUntil: traits.activeUntil,
  }
  const company = inventCompany(rng)
  const position = inventPosition(rng)
  if (company !== undefined) person.company = company
  if (position !== undefined) person.position = position
  if (rng.chance(traits.emailRate)) person.email = factory.emails.invent(rng, name)
  return person
}

/** Gives a person a new name, with a fresh slug (and email, if they had one) that fit it. */
export function renamePerson(factory: PersonFactory, person: Person, name: InventedName): void {
  factory.slugs.release(person.slug)
  person.firstName = name.firstName
  person.lastName = name.lastName
  person.slug = inventSlug(factory.rng, name, factory.slugs, 'plain')
  if (person.email !== undefined) {
    factory.emails.release(person.email)
    person.email = factory.emails.invent(factory.rng, name)
  }
}
