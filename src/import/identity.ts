/**
 * Stable identity of a connection. This file alone decides UIDs and identity keys.
 *
 * Keys, in the order re-imports try them:
 *   1. `slug:<normalised profile slug>`            (exports from mid-2023 on carry the URL)
 *   2. `name:<first>|<last>|<connected-on ISO>`    (every era; `#2`, `#3` appended when two rows of one
 *                                                   export share name and date, in file order)
 *   3. `email:<lower-cased address>`               (rare, but survives a changed vanity slug)
 * A new card's UID is `urn:uuid:` + UUIDv5(NAMESPACE, "linkedin:" + slug) when it has a slug, else
 * UUIDv5(NAMESPACE, "linkedin-name:" + first|last|date[#n]). Once published, a card keeps its UID and
 * name: a later export that matches it by any remembered key updates it in place.
 * Never change NAMESPACE or these formats without a migration: every published UID depends on them.
 */
import { uuidV5 } from './uuid-v5.js'

export const NAMESPACE = '6f0c5ad2-1b37-5f0e-9c39-3f7a1d2c4b58'

export type IdentityKeyKind = 'slug' | 'name' | 'email'
export const KEY_PRIORITY: readonly IdentityKeyKind[] = ['slug', 'name', 'email']

export interface IdentityInput {
  slug?: string
  firstName: string
  lastName: string
  connectedOn?: string
  email?: string
}

export interface Identity {
  /** All keys of this connection, most reliable first. */
  keys: string[]
  /** The key a new card's UID is derived from. */
  primaryKey: string
  uid: string
  name: string
}

/** Normalises a name part for keys: NFC, trimmed, inner whitespace collapsed, lower-cased. */
export function normaliseNamePart(value: string): string {
  return value.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase()
}

export function nameKey(input: IdentityInput): string | undefined {
  const first = normaliseNamePart(input.firstName)
  const last = normaliseNamePart(input.lastName)
  if (!first && !last) return undefined
  return `name:${first}|${last}|${input.connectedOn ?? ''}`
}

export function keyKind(key: string): IdentityKeyKind {
  return key.slice(0, key.indexOf(':')) as IdentityKeyKind
}

/**
 * Computes identities for the rows of one export, in file order, disambiguating rows that share
 * a name key (same name, same date) so that two people stay two cards.
 */
export function assignIdentities(inputs: readonly IdentityInput[]): Identity[] {
  const seenNameKeys = new Map<string, number>()
  return inputs.map((input) => {
    const keys: string[] = []
    if (input.slug) keys.push(`slug:${input.slug}`)
    const baseNameKey = nameKey(input)
    if (baseNameKey) {
      const count = (seenNameKeys.get(baseNameKey) ?? 0) + 1
      seenNameKeys.set(baseNameKey, count)
      keys.push(count === 1 ? baseNameKey : `${baseNameKey}#${count}`)
    }
    if (input.email) keys.push(`email:${input.email.trim().toLowerCase()}`)
    return new DerivedIdentity(keys, keys[0] ?? 'name:||')
  })
}

/** The UID is derived only when asked: on a re-import almost every connection has a card already. */
class DerivedIdentity implements Identity {
  #uid: string | undefined

  constructor(
    readonly keys: string[],
    readonly primaryKey: string,
  ) {}

  get uid(): string {
    this.#uid ??= uidForKey(this.primaryKey)
    return this.#uid
  }

  get name(): string {
    return cardNameForUid(this.uid)
  }
}

export function uidForKey(primaryKey: string): string {
  const seed = primaryKey.startsWith('slug:') ? `linkedin:${primaryKey.slice(5)}` : `linkedin-name:${primaryKey.slice(5)}`
  return `urn:uuid:${uuidV5(seed, NAMESPACE)}`
}

/** Member name of an imported card: `<uuid>.vcf`. */
export function cardNameForUid(uid: string): string {
  return `${uid.replace(/^urn:uuid:/, '')}.vcf`
}
