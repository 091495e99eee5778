/**
 * RFC 6578 sync tokens: `urn:linkingout:sync:<syncId>:<revision>`, plus `:<name>` for a partial
 * position inside a truncated change list. Segments are percent-encoded like hrefs, so `:` never
 * appears inside one. The store deals in positions; this pair is the only code that formats or
 * parses tokens (the sync-token and getctag properties and the sync-collection report use it).
 */
import type { SyncPosition } from '../store/types.js'
import { encodeSegment } from './paths.js'

const SYNC_TOKEN_PREFIX = 'urn:linkingout:sync:'

export type ParsedSyncToken =
  /** Empty, or not in our format (macOS sends UUIDs it made up): answer as an initial sync. */
  | { kind: 'initial' }
  /** Ours, but unusable (garbled): valid-sync-token. */
  | { kind: 'invalid' }
  | { kind: 'position'; syncId: string; position: SyncPosition }

export function formatSyncToken(syncId: string, position: SyncPosition): string {
  const base = `${SYNC_TOKEN_PREFIX}${encodeSegment(syncId)}:${position.revision}`
  return position.after === undefined ? base : `${base}:${encodeSegment(position.after)}`
}

export function parseSyncToken(token: string): ParsedSyncToken {
  const trimmed = token.trim()
  if (!trimmed.startsWith(SYNC_TOKEN_PREFIX)) return { kind: 'initial' }
  const parts = trimmed.slice(SYNC_TOKEN_PREFIX.length).split(':')
  if (parts.length < 2 || parts.length > 3) return { kind: 'invalid' }
  const [rawSyncId, rawRevision, rawAfter] = parts as [string, string, string | undefined]
  if (!/^(0|[1-9][0-9]{0,14})$/.test(rawRevision)) return { kind: 'invalid' }
  const syncId = decode(rawSyncId)
  const after = rawAfter === undefined ? undefined : decode(rawAfter)
  if (!syncId || after === '' || after === null) return { kind: 'invalid' }
  const position: SyncPosition = { revision: Number(rawRevision) }
  if (after !== undefined) position.after = after
  return { kind: 'position', syncId, position }
}

function decode(segment: string): string | null {
  try {
    return decodeURIComponent(segment)
  } catch {
    return null
  }
}
