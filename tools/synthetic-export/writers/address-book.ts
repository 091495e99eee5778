/**
 * The owner's uploaded address book (§4.7): `Imported Contacts.csv` (2018), `Contacts.csv`
 * (2021–2024) or `ImportedContacts.csv` (2026). About 12 % of connections appear (by name, with
 * their Connections email or a personal one, and phone numbers in fictional ranges), plus people
 * who are not connections. Multi-valued phone cells are joined by ", " and start with a space.
 */
import { Rng } from '../prng.js'
import { DAY_MS, usShortDateTime } from '../dates.js'
import type { AddressBookFormat } from '../eras.js'
import { activityWindow, csvFile, instantIn, isShown, type FileWriter, type RenderContext } from '../context.js'
import { FIRST_NAMES, inventName } from '../names.js'
import { asciiTokens } from '../slugs.js'
import type { Person } from '../types.js'

interface Entry {
  source: 'MOBILE_CONTACTS' | 'GOOGLE_CONTACTS'
  firstName: string
  lastName: string
  company: string
  title: string
  emails: string[]
  /** The PhoneNumbers cell, quirks included. */
  phones: string
  /** ISO country of the first number, '' without one. */
  country: string
  createdMs: number
  updatedMs: number
  duplicated: boolean
}

const CONNECTION_SHARE = 0.12
const STRANGER_LABELS = ['Dentist', 'Plumber', 'Landlord', 'Taxi', 'Vet', 'Babysitter'] as const

/** Fictional number ranges (UK drama ranges, US 555-01xx), tagged with their country. */
const PHONE_SHAPES: readonly ((rng: Rng) => [string, string])[] = [
  (rng) => [`+44 20 7946 0${rng.int(0, 999).toString().padStart(3, '0')}`, 'GB'],
  (rng) => [`+447700900${rng.int(0, 999).toString().padStart(3, '0')}`, 'GB'],
  (rng) => [`+1 202-555-01${rng.int(0, 99).toString().padStart(2, '0')}`, 'US'],
  (rng) => [`020794600${rng.int(0, 99).toString().padStart(2, '0')}`, 'GB'],
]

/** The cell as LinkedIn writes it: ", "-joined, with a leading space on multi-valued and some single cells. */
function phones(rng: Rng, probability: number): Pick<Entry, 'phones' | 'country'> {
  if (!rng.chance(probability)) return { phones: '', country: '' }
  const count = rng.chance(0.4) ? rng.int(2, 3) : 1
  const numbers = Array.from({ length: count }, () => rng.pick(PHONE_SHAPES)(rng))
  const leadingSpace = count > 1 || rng.chance(0.3)
  return { phones: (leadingSpace ? ' ' : '') + numbers.map(([n]) => n).join(', '), country: numbers[0]?.[1] ?? '' }
}

function connectionEntry(ctx: RenderContext, person: Person): Entry | undefined {
  const rng = Rng.for(ctx.network.seed, 'address-book', person.id)
  if (!rng.chance(CONNECTION_SHARE)) return undefined
  const window = activityWindow(ctx, person)
  const createdMs = instantIn(rng, window)
  const personal = `${asciiTokens(person.firstName).join('') || 'contact'}${person.id}@example.org`
  const emails = person.email !== undefined ? [person.email] : rng.chance(0.15) ? [personal] : []
  const entry: Entry = {
    source: rng.chance(0.7) ? 'MOBILE_CONTACTS' : 'GOOGLE_CONTACTS',
    firstName: person.firstName,
    lastName: person.lastName,
    company: rng.chance(0.3) ? (person.company ?? '') : '',
    title: '',
    emails,
    ...phones(rng, 0.4),
    createdMs,
    updatedMs: createdMs + rng.int(0, 30) * DAY_MS,
    duplicated: rng.chance(0.02),
  }
  return isShown(ctx, window, createdMs) ? entry : undefined
}

function strangerEntries(ctx: RenderContext): Entry[] {
  const rng = Rng.for(ctx.network.seed, 'address-book-strangers')
  const count = ctx.network.people.length === 0 ? 0 : Math.min(600, Math.max(20, Math.round(ctx.network.people.length * 0.03)))
  return Array.from({ length: count }, (_, i): Entry => {
    const label = rng.chance(0.3)
    const name = label ? { firstName: rng.pick(STRANGER_LABELS), lastName: '' } : inventName(rng)
    const createdMs = ctx.exportMs - rng.int(20, 1500) * DAY_MS + rng.int(0, 86_399) * 1000
    const first = asciiTokens(name.firstName).join('') || rng.pick(FIRST_NAMES).toLowerCase()
    return {
      source: rng.chance(0.7) ? 'MOBILE_CONTACTS' : 'GOOGLE_CONTACTS',
      ...name,
      company: '',
      title: '',
      emails: rng.chance(0.2) ? [`${first}.${i + 1}@example.net`] : [],
      ...phones(rng, 0.7),
      createdMs,
      updatedMs: createdMs,
      duplicated: false,
    }
  })
}

type Layout = { path: string; header: readonly string[]; cells: (entry: Entry) => string[] }

const LAYOUTS: Record<AddressBookFormat, Layout> = {
  'imported-contacts-2018': {
    path: 'Imported Contacts.csv',
    header: ['First Name', 'Last Name', 'Companies', 'Title', 'Email Address', 'Phone Numbers', 'Created At', 'Instant Message Handles', 'Addresses', 'Sites', 'Full Name', 'Birthday', 'Location', 'Bookmarked At', 'Profiles'],
    cells: (e) => [e.firstName, e.lastName, e.company, e.title, e.emails.join(', '), e.phones, usShortDateTime(e.createdMs), '', '', '', '', '', '', '', ''],
  },
  contacts: {
    path: 'Contacts.csv',
    header: ['Source', 'FirstName', 'LastName', 'Companies', 'Title', 'Emails', 'PhoneNumbers', 'CreatedAt', 'Addresses', 'Sites', 'InstantMessageHandles', 'FullName', 'Birthday', 'Location', 'BookmarkedAt', 'Profiles'],
    cells: (e) => [e.source, e.firstName, e.lastName, e.company, e.title, e.emails.join(', '), e.phones, usShortDateTime(e.createdMs), '', '', '', '', '', '', '', ''],
  },
  'imported-contacts-2026': {
    path: 'ImportedContacts.csv',
    header: ['FirstName', 'MiddleName', 'LastName', 'MaidenName', 'NickName', 'NamePrefix', 'NameSuffix', 'Title', 'Emails', 'PhoneNumbers', 'CreatedAt', 'UpdatedAt', 'CountryCode', 'RegionCode', 'ThirdPartyVerified', 'Location'],
    cells: (e) => [
      e.firstName, '', e.lastName, '', '', '', '', e.title, e.emails.join(', '), e.phones,
      usShortDateTime(e.createdMs), usShortDateTime(e.updatedMs), e.country, '', '', '',
    ],
  },
}

export const writeAddressBook: FileWriter = (ctx) => {
  const format = ctx.preset.addressBook
  if (format === null) return []
  const layout = LAYOUTS[format]
  const entries = [...ctx.visible.flatMap((p) => connectionEntry(ctx, p) ?? []), ...strangerEntries(ctx)]
    .filter((e) => e.createdMs < ctx.exportMs)
    .sort((a, b) => b.createdMs - a.createdMs)
  const rows = entries.flatMap((e) => {
    const row = layout.cells({ ...e, updatedMs: Math.min(e.updatedMs, ctx.exportMs - 1000) })
    return format === 'imported-contacts-2026' && e.duplicated ? [row, row] : [row]
  })
  return [csvFile(ctx, { path: layout.path, records: [layout.header, ...rows], rows: rows.length })]
}
