/**
 * What a client sees of a book at one moment, read with tsdav: a Depth-1 PROPFIND (every member's
 * etag and the book's sync-token) or a sync-collection from a known token (the changes since it).
 */
import type { DAVAddressBook } from 'tsdav'
import { memberName, type TsdavClient } from './tsdav-client.js'

export interface ListingSnapshot {
  /** member name -> etag */
  members: Map<string, string>
  /** The book's sync-token as the same answer gave it. */
  token: string
}

export interface SyncSnapshot {
  /** Changed or new members since the token: name -> etag. */
  changed: Map<string, string>
  /** Members removed since the token (404 responses). */
  deleted: string[]
  /** The token the answer hands back. */
  token: string
}

const isMember = (href: string | undefined): href is string => href?.endsWith('.vcf') ?? false

export async function listingSnapshot(client: TsdavClient, book: DAVAddressBook): Promise<ListingSnapshot> {
  const responses = await client.propfind({ url: book.url, props: { 'd:getetag': {}, 'd:sync-token': {} }, depth: '1', headers: { Prefer: 'return=minimal' } })
  const self = responses.find((r) => r.href !== undefined && new URL(r.href, book.url).href === book.url)
  if (!self?.props?.syncToken) throw new Error(`no sync-token for the book in a listing of ${responses.length} responses (status ${responses[0]?.status})`)
  const members = new Map<string, string>()
  for (const response of responses) {
    if (isMember(response.href)) members.set(memberName(new URL(response.href, book.url).href), String(response.props?.getetag))
  }
  return { members, token: String(self.props.syncToken) }
}

export async function syncSnapshot(client: TsdavClient, book: DAVAddressBook, syncToken: string): Promise<SyncSnapshot> {
  const responses = await client.syncCollection({ url: book.url, props: { 'd:getetag': {} }, syncLevel: 1, syncToken })
  const raw = responses[0]?.raw as { multistatus?: { syncToken?: unknown } } | undefined
  if (raw?.multistatus?.syncToken === undefined) throw new Error(`sync-collection answered without a token (status ${responses[0]?.status})`)
  const changed = new Map<string, string>()
  const deleted: string[] = []
  for (const response of responses) {
    if (!isMember(response.href)) continue
    const name = memberName(new URL(response.href, book.url).href)
    if (response.status === 404) deleted.push(name)
    else changed.set(name, String(response.props?.getetag))
  }
  return { changed, deleted: deleted.sort(), token: String(raw.multistatus.syncToken) }
}

/** The revision inside one of our sync tokens (`urn:linkingout:sync:<id>:<revision>`). */
export function tokenRevision(token: string): number {
  const revision = Number(/:(\d+)$/.exec(token)?.[1])
  if (!Number.isInteger(revision)) throw new Error(`not a complete sync token: ${token}`)
  return revision
}

/** A copy of `map` without `names`. */
export function without<V>(map: ReadonlyMap<string, V>, names: readonly string[]): Map<string, V> {
  const copy = new Map(map)
  for (const name of names) copy.delete(name)
  return copy
}
