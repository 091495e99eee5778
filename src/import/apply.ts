/**
 * The part of an import that runs inside the store's write transaction: find each connection's
 * card again (identity keys), render it, merge it with what devices made of it, write, and list
 * what disappeared. Synchronous on purpose: the whole step is one transaction, so clients see
 * the book before or after the import, never half of it.
 */
import type { CardInput, ImportableCard, ImportSession } from '../store/types.js'
import { hash } from 'node:crypto'
import { findProperties, parseVCard, propertyText, RENDER_FORMAT_VERSION, renderContact } from '../vcard/index.js'
import { ImportError } from './errors.js'
import { cardNameForUid, keyKind, uidForKey, type IdentityKeyKind } from './identity.js'
import type { BuildResult, BuiltContact } from './join/build.js'
import { mergeCard } from './merge/index.js'
import type { ImportReport } from './report.js'

export interface ApplyOptions {
  exportDate: string | null
  allowOlder: boolean
  restoreDeleted: boolean
  pruneRemoved: boolean
  onProgress?: (done: number, total: number) => void
}

export type ApplyOutcome = Pick<ImportReport, 'cards' | 'matchedBy' | 'newProfileUrls' | 'conflicts' | 'removed' | 'deletedOnDevices'>

export function applyImport(session: ImportSession, built: BuildResult, options: ApplyOptions): ApplyOutcome {
  refuseOlderExport(session, options)
  const cards = new Map(session.allCards().map((card) => [card.name, card]))
  const keys = session.identityKeys()
  const deletions = session.deletedByClients()
  const claimed = new Set<string>()
  const outcome: ApplyOutcome = {
    cards: { created: 0, updated: 0, unchanged: 0 },
    matchedBy: { slug: 0, name: 0, email: 0 },
    newProfileUrls: [], conflicts: [], removed: [], deletedOnDevices: [],
  }
  const rev = options.exportDate ? `${options.exportDate}T00:00:00Z` : undefined

  built.contacts.forEach((contact, index) => {
    if (index % 1000 === 0) options.onProgress?.(index, built.contacts.length)
    const match = findCard(contact, keys, claimed)
    const ref = { card: match?.name ?? contact.identity.name, name: contact.fields.formattedName }
    if (match) {
      claimed.add(match.name)
      outcome.matchedBy[match.kind]++
      if (contact.identity.keys[0]?.startsWith('slug:') && match.kind !== 'slug') outcome.newProfileUrls.push(ref)
      const deletion = deletions.get(match.name)
      if (deletion) {
        outcome.deletedOnDevices.push({ ...ref, restored: options.restoreDeleted })
        session.addIdentityKeys(match.name, contact.identity.keys)
        if (!options.restoreDeleted) return
        session.forgetClientDeletion(match.name)
        writeNew(session, { name: match.name, uid: deletion.uid }, contact, rev, outcome)
        return
      }
      const existing = cards.get(match.name)
      if (existing) {
        writeExisting(session, existing, contact, rev, outcome)
        rememberKeys(session, keys, existing.name, contact)
        return
      }
    }
    const target = freeTarget(contact, cards, claimed)
    claimed.add(target.name)
    writeNew(session, target, contact, rev, outcome)
    rememberKeys(session, keys, target.name, contact)
  })
  options.onProgress?.(built.contacts.length, built.contacts.length)

  for (const card of cards.values()) {
    if (!card.imported || claimed.has(card.name)) continue
    const name = displayName(session.cardBase(card.name), card.name)
    const pruned = options.pruneRemoved && !card.editedOnDevice
    if (pruned) session.removeCard(card.name)
    outcome.removed.push({ card: card.name, name, editedOnDevice: card.editedOnDevice, pruned })
  }
  return outcome
}

function refuseOlderExport(session: ImportSession, options: ApplyOptions): void {
  const newest = session.newestExportDate()
  if (options.allowOlder || !newest || !options.exportDate || options.exportDate >= newest) return
  throw new ImportError('olderExport', `this export is from ${options.exportDate}, but one from ${newest} was already imported (use --allow-older to import it anyway)`)
}

function findCard(contact: BuiltContact, keys: Map<string, string>, claimed: Set<string>): { name: string; kind: IdentityKeyKind } | undefined {
  for (const key of contact.identity.keys) {
    const name = keys.get(key)
    if (name && !claimed.has(name)) return { name, kind: keyKind(key) }
  }
  return undefined
}

/** The card name a new connection gets; derived from its key, moved aside if already taken. */
function freeTarget(contact: BuiltContact, cards: Map<string, ImportableCard>, claimed: Set<string>): { name: string; uid: string } {
  let { uid, name } = contact.identity
  for (let n = 2; cards.has(name) || claimed.has(name); n++) {
    uid = uidForKey(`${contact.identity.primaryKey}#${n}`)
    name = cardNameForUid(uid)
  }
  return { name, uid }
}

/** Renders the card; keeps the previous REV when nothing else changed, so unchanged cards stay byte-identical. */
function render(contact: BuiltContact, uid: string, rev: string | undefined, previousBase: string | null): string {
  const previousRev = previousBase ? /\r\nREV:([^\r\n]*)\r\n/.exec(previousBase)?.[1] : undefined
  if (previousBase && previousRev !== undefined) {
    const same = renderContact({ ...contact.fields, uid, rev: previousRev })
    if (same === previousBase) return same
  }
  return renderContact({ ...contact.fields, uid, rev })
}

/**
 * What a card is rendered from, as a short hash. A connection whose fingerprint is the one stored
 * with its card is not rendered, read or written again: most of a re-import is such connections.
 */
function fingerprint(contact: BuiltContact): string {
  return hash('sha256', JSON.stringify([RENDER_FORMAT_VERSION, contact.fields]), 'base64')
}

function writeNew(session: ImportSession, target: { name: string; uid: string }, contact: BuiltContact, rev: string | undefined, outcome: ApplyOutcome): void {
  const body = render(contact, target.uid, rev, null)
  const card: CardInput & { base: string; sourceHash: string } = { name: target.name, uid: target.uid, body, version: '3.0', base: body, sourceHash: fingerprint(contact) }
  const result = session.writeCard(card)
  outcome.cards[result === 'created' ? 'created' : result]++
}

function writeExisting(session: ImportSession, existing: ImportableCard, contact: BuiltContact, rev: string | undefined, outcome: ApplyOutcome): void {
  const sourceHash = fingerprint(contact)
  if (existing.imported && existing.sourceHash === sourceHash) {
    outcome.cards.unchanged++
    return
  }
  const base = session.cardBase(existing.name)
  const fresh = render(contact, existing.uid, rev, base)
  let body = fresh
  if (existing.editedOnDevice) {
    const merged = mergeCard(base, session.cardBody(existing.name), fresh)
    for (const conflict of merged.conflicts) outcome.conflicts.push({ card: existing.name, name: contact.fields.formattedName, ...conflict })
    body = merged.body
  }
  const version = existing.editedOnDevice ? existing.version : '3.0'
  const result = session.writeCard({ name: existing.name, uid: existing.uid, body, version, base: fresh, sourceHash })
  outcome.cards[result === 'created' ? 'created' : result]++
}

/** Records the connection's keys for its card, writing only keys that point elsewhere or nowhere. */
function rememberKeys(session: ImportSession, keys: Map<string, string>, name: string, contact: BuiltContact): void {
  const missing = contact.identity.keys.filter((key) => keys.get(key) !== name)
  if (missing.length === 0) return
  session.addIdentityKeys(name, missing)
  for (const key of missing) keys.set(key, name)
}

function displayName(base: string | null, name: string): string {
  try {
    const fn = base ? findProperties(parseVCard(base), 'FN')[0] : undefined
    return fn ? propertyText(fn) : name
  } catch {
    return name
  }
}
