/**
 * The NOTE a person would want on a LinkedIn contact: the member's own note, when and how they
 * connected, the conversation, and what the contact wrote about the member. Dates are ISO
 * (YYYY-MM-DD) so the text is the same whatever the locale, and lines come in a fixed order.
 */
import type { ConnectionDraft } from './draft.js'

const MAX_MESSAGE_TEXT = 500

type NoteSection = (draft: ConnectionDraft, options: NoteOptions) => string[]

export interface NoteOptions {
  includeMessageText: boolean
}

const day = (iso: string | undefined) => iso?.slice(0, 10)

const SECTIONS: readonly NoteSection[] = [
  (d) =>
    [...d.notes]
      .sort((a, b) => (a.createdOn ?? '').localeCompare(b.createdOn ?? ''))
      .map((n) => `Your LinkedIn note: ${n.note.trim()}`),
  (d) => (d.row.connectedOn ? [`Connected on LinkedIn: ${d.row.connectedOn}`] : []),
  (d) => {
    const inv = d.invitation
    if (!inv) return []
    const when = inv.sentAt ? ` ${day(inv.sentAt)}` : ''
    const text = inv.message ? `: "${inv.message.trim()}"` : ''
    return [`Invitation ${inv.direction === 'INCOMING' ? 'received' : 'sent'}${when}${text}`]
  },
  (d) => {
    const m = d.messages
    if (m.count === 0) return []
    return [`Messages: ${m.count}${m.lastAt ? `, the last on ${day(m.lastAt)}` : ''}`]
  },
  (d, options) => {
    const m = d.messages
    if (!options.includeMessageText || !m.lastText?.trim()) return []
    return [`Last message (${m.lastFromContact ? 'from them' : 'from you'}): ${truncate(m.lastText.trim(), MAX_MESSAGE_TEXT)}`]
  },
  (d) =>
    [...d.recommendations]
      .sort((a, b) => (a.createdOn ?? '').localeCompare(b.createdOn ?? ''))
      .map((r) => `Recommended you${r.createdOn ? ` (${day(r.createdOn)})` : ''}: "${r.text.trim()}"`),
  (d) => (d.endorsedSkills.size > 0 ? [`Endorsed you for: ${[...d.endorsedSkills].sort(byCodePoint).join(', ')}`] : []),
]

export function composeNote(draft: ConnectionDraft, options: NoteOptions): string[] {
  return SECTIONS.flatMap((section) => section(draft, options))
}

function truncate(text: string, max: number): string {
  const chars = Array.from(text)
  return chars.length <= max ? text : chars.slice(0, max - 1).join('') + '…'
}

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
