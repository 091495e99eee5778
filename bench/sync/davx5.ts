/**
 * The requests of a DAVx5 address-book sync (bitfireAT/davx5-ose SyncManager + ContactsSyncManager,
 * bitfireAT/dav4jvm DavCollection/DavAddressBook), one function per request kind. Every exchange
 * is recorded on a StepClock; a caller composes them into the measured steps (see steps.ts).
 */
import { addressbookMultiget, CAPABILITIES_PROPFIND, LIST_ALL_PROPFIND, syncCollection, VDIRSYNCER_LISTING, XML_HEADERS } from './bodies.js'
import type { DavClient, DavResponse } from './http-client.js'
import { elements, parseMultistatus, propText, type Multistatus, type MultistatusEntry } from './multistatus.js'

/**
 * DAVx5 asks for at most this many cards per addressbook-multiget and sends the batches one after
 * the other: `const val MAX_MULTIGET_RESOURCES = 10` in bitfireAT/davx5-ose
 * app/src/main/kotlin/at/bitfire/davdroid/sync/SyncManager.kt (read at 0373116b), used by
 * syncRemote() to drain its download queue into multiget bunches.
 */
export const MAX_MULTIGET_RESOURCES = 10

export type ExchangeKind = 'capabilities' | 'sync-collection' | 'listing' | 'multiget' | 'vdirsyncer-listing'

export interface Exchange {
  kind: ExchangeKind
  ms: number
  status: number
  bytes: number
}

/** The bench stops a step that has spent more than its budget in requests (see --step-budget). */
export class StepBudgetExceeded extends Error {
  constructor(readonly spentMs: number, readonly budgetMs: number) {
    super(`step exceeded its budget of ${Math.round(budgetMs / 1000)} s`)
    this.name = 'StepBudgetExceeded'
  }
}

/** A server answer a client cannot use (wrong status, missing sync-token, …). */
export class ProtocolError extends Error {
  override name = 'ProtocolError'
}

export class StepClock {
  readonly exchanges: Exchange[] = []

  constructor(readonly budgetMs: number = Number.POSITIVE_INFINITY) {}

  get ms(): number {
    return this.exchanges.reduce((sum, e) => sum + e.ms, 0)
  }

  record(kind: ExchangeKind, response: DavResponse): void {
    this.exchanges.push({ kind, ms: response.ms, status: response.status, bytes: Buffer.byteLength(response.body) })
    const spent = this.ms
    if (spent > this.budgetMs) throw new StepBudgetExceeded(spent, this.budgetMs)
  }

  /** Milliseconds per exchange kind. */
  breakdown(): Partial<Record<ExchangeKind, number>> {
    const totals: Partial<Record<ExchangeKind, number>> = {}
    for (const e of this.exchanges) totals[e.kind] = (totals[e.kind] ?? 0) + e.ms
    return totals
  }
}

export interface Book {
  client: DavClient
  /** Path of the address-book collection, with its trailing slash. */
  path: string
}

export interface Capabilities {
  syncCollection: boolean
  /** DAVx5 asks for vCard 4.0 exactly when supported-address-data lists text/vcard 4.0. */
  vcard4: boolean
  syncToken: string | null
  ctag: string | null
}

export interface ChangeList {
  /** path → etag of members that are new or changed (all members on an initial sync). */
  changed: Map<string, string>
  removed: Set<string>
  token: string
}

export interface FetchedCard {
  etag: string | null
  body: string | null
}

async function report(book: Book, clock: StepClock, kind: ExchangeKind, method: string, depth: '0' | '1', body: string): Promise<Multistatus> {
  const response = await book.client.send({ method, path: book.path, headers: { ...XML_HEADERS, Depth: depth }, body })
  clock.record(kind, response)
  if (response.status !== 207) throw new ProtocolError(`${kind}: HTTP ${response.status} instead of 207`)
  return parseMultistatus(response.body)
}

const isMember = (book: Book, entry: MultistatusEntry) => entry.path !== book.path && entry.path.startsWith(book.path)
const isCollection = (entry: MultistatusEntry) => elements(entry.props.get('resourcetype')?.inner ?? '', 'collection').length > 0

/** PROPFIND Depth 0 with the properties ContactsSyncManager.queryCapabilities asks for. */
export async function queryCapabilities(book: Book, clock: StepClock): Promise<Capabilities> {
  const { entries } = await report(book, clock, 'capabilities', 'PROPFIND', '0', CAPABILITIES_PROPFIND)
  const self = entries.find((e) => e.path === book.path) ?? entries[0]
  if (!self) throw new ProtocolError('capabilities: empty multistatus')
  const reports = self.props.get('supported-report-set')
  const addressData = self.props.get('supported-address-data')
  const vcard4 = elements(addressData?.status === 200 ? addressData.inner : '', 'address-data-type').some(({ attributes }) =>
    /content-type\s*=\s*["']text\/vcard["']/i.test(attributes) && /version\s*=\s*["']4\.0["']/.test(attributes))
  return {
    syncCollection: reports?.status === 200 && elements(reports.inner, 'sync-collection').length > 0,
    vcard4,
    syncToken: propText(self, 'sync-token')?.trim() || null,
    ctag: propText(self, 'getctag')?.trim() || null,
  }
}

/** REPORT sync-collection Depth 0 (dav4jvm reportChanges); repeats while the server answers 507 (truncated). */
export async function listChanges(book: Book, clock: StepClock, since: string | null): Promise<ChangeList> {
  const changed = new Map<string, string>()
  const removed = new Set<string>()
  let token = since
  for (;;) {
    const { entries, syncToken } = await report(book, clock, 'sync-collection', 'REPORT', '0', syncCollection(token))
    if (!syncToken) throw new ProtocolError('sync-collection: answer without sync-token')
    token = syncToken
    let truncated = false
    for (const entry of entries) {
      if (!isMember(book, entry)) {
        truncated ||= entry.status === 507
        continue
      }
      if (isCollection(entry)) continue
      if (entry.status === 404) {
        removed.add(entry.path)
        changed.delete(entry.path)
        continue
      }
      const etag = propText(entry, 'getetag')
      if (etag === null) throw new ProtocolError(`sync-collection: member without getetag (status ${entry.status})`)
      changed.set(entry.path, etag.trim())
      removed.delete(entry.path)
    }
    if (!truncated) return { changed, removed, token }
  }
}

/** PROPFIND Depth 1 resourcetype + getetag: DAVx5's listing when sync-collection is not offered. */
export async function listAll(book: Book, clock: StepClock): Promise<Map<string, string>> {
  return etagsOfMembers(book, (await report(book, clock, 'listing', 'PROPFIND', '1', LIST_ALL_PROPFIND)).entries)
}

function etagsOfMembers(book: Book, entries: MultistatusEntry[]): Map<string, string> {
  const etags = new Map<string, string>()
  for (const entry of entries) {
    if (!isMember(book, entry) || isCollection(entry)) continue
    const etag = propText(entry, 'getetag')
    if (etag !== null) etags.set(entry.path, etag.trim())
  }
  return etags
}

/** addressbook-multiget Depth 0 in batches of MAX_MULTIGET_RESOURCES, one after the other. */
export async function multiget(book: Book, clock: StepClock, paths: readonly string[], vcard4: boolean): Promise<Map<string, FetchedCard>> {
  const fetched = new Map<string, FetchedCard>()
  for (let start = 0; start < paths.length; start += MAX_MULTIGET_RESOURCES) {
    const batch = paths.slice(start, start + MAX_MULTIGET_RESOURCES)
    const { entries } = await report(book, clock, 'multiget', 'REPORT', '0', addressbookMultiget(batch.map(encodeURI), vcard4))
    for (const entry of entries) {
      const etag = propText(entry, 'getetag')
      fetched.set(entry.path, { etag: etag === null ? null : etag.trim(), body: propText(entry, 'address-data') })
    }
  }
  return fetched
}

export interface VdirsyncerListing {
  etags: Map<string, string>
  /** Members whose getcontenttype is not text/vcard (vdirsyncer skips them). */
  wrongContentType: number
}

/** vdirsyncer 0.19's listing: PROPFIND Depth 1 resourcetype + getcontenttype + getetag. */
export async function vdirsyncerListing(book: Book, clock: StepClock): Promise<VdirsyncerListing> {
  const { entries } = await report(book, clock, 'vdirsyncer-listing', 'PROPFIND', '1', VDIRSYNCER_LISTING)
  const members = entries.filter((e) => isMember(book, e) && !isCollection(e))
  const wrongContentType = members.filter((e) => !/^text\/vcard\b/i.test(propText(e, 'getcontenttype')?.trim() ?? '')).length
  return { etags: etagsOfMembers(book, members), wrongContentType }
}
