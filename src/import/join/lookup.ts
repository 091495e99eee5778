/**
 * Finds the connection a row of another file refers to: by profile slug when the row has a URL,
 * else by full name, but only when exactly one connection has that name (a guess between two
 * namesakes would attach facts to the wrong card).
 */
import { normaliseNamePart } from '../identity.js'
import { normaliseProfileUrl } from '../profile-url.js'
import type { ConnectionDraft } from './draft.js'

export interface ConnectionLookup {
  bySlug(slugOrUrl: string | undefined): ConnectionDraft | undefined
  byName(name: string | undefined): ConnectionDraft | undefined
  find(url: string | undefined, name: string | undefined): ConnectionDraft | undefined
}

export function nameLookupKey(name: string): string {
  return normaliseNamePart(name)
}

export function createLookup(drafts: readonly ConnectionDraft[]): ConnectionLookup {
  const slugs = new Map<string, ConnectionDraft>()
  const names = new Map<string, ConnectionDraft | null>()
  for (const draft of drafts) {
    if (draft.slug) slugs.set(draft.slug, draft)
    const key = nameLookupKey(`${draft.row.firstName} ${draft.row.lastName}`)
    if (!key) continue
    names.set(key, names.has(key) ? null : draft)
  }
  const bySlug = (url: string | undefined) => {
    const normalised = url ? normaliseProfileUrl(url) : undefined
    return normalised ? slugs.get(normalised.slug) : undefined
  }
  const byName = (name: string | undefined) => (name ? (names.get(nameLookupKey(name)) ?? undefined) : undefined)
  return {
    bySlug,
    byName,
    find: (url, name) => (url ? bySlug(url) : byName(name)),
  }
}
