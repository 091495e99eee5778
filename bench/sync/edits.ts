/**
 * The "1% changed" edits: in run r, every 100th card starting at position r (in name order) gets a
 * NOTE line added, as if typed on a phone, and is written back with PUT + If-Match like DAVx5.
 * Runs edit disjoint sets, so each run's sync has exactly its own 1% to find.
 */
import type { Book } from './davx5.js'

const ONE_IN = 100

export function namesToChange(sortedNames: readonly string[], run: number): string[] {
  return sortedNames.filter((_, i) => i % ONE_IN === run % ONE_IN)
}

/** Text that survives a 3.0 → 4.0 conversion, so the edit can be recognised in either version. */
export function editMarker(run: number): string {
  return `Edited on a phone in benchmark run ${run + 1}`
}

export function editedBody(body: string, run: number): string {
  const end = body.lastIndexOf('END:VCARD')
  if (end < 0) throw new Error('card without END:VCARD')
  return `${body.slice(0, end)}NOTE:${editMarker(run)}\r\n${body.slice(end)}`
}

export interface Edit {
  path: string
  body: string
  /** Quoted etag the client last saw, sent as If-Match. */
  etag: string | undefined
}

/** PUTs the edits one after the other (not timed); returns one line per refused write. */
export async function putEdits(book: Book, edits: readonly Edit[]): Promise<string[]> {
  const problems: string[] = []
  for (const edit of edits) {
    const response = await book.client.send({
      method: 'PUT',
      path: encodeURI(edit.path),
      headers: { 'Content-Type': 'text/vcard; charset=utf-8', ...(edit.etag ? { 'If-Match': edit.etag } : {}) },
      body: edit.body,
    })
    if (response.status < 200 || response.status > 299) problems.push(`PUT answered ${response.status}`)
  }
  return problems
}
