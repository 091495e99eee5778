/**
 * The conversations behind messages.csv, era-independent. Each connection's threads come from a
 * random stream keyed by (seed, person id) and dated inside that person's activity window, so they
 * do not move when other people are added or removed, or when a later export is rendered. Threads
 * appear only once their last row is before the export date.
 */
import { Rng } from './prng.js'
import { DAY_MS, HOUR_MS, MINUTE_MS } from './dates.js'
import { activityWindow, displayNameOf, instantIn, isShown, type RenderContext } from './context.js'
import { inventMessageParagraphs, inventSponsoredBody, inventSubject, SPONSOR_NAMES } from './phrases.js'
import { profileUrl } from './slugs.js'
import type { Person } from './types.js'

export interface Participant {
  name: string
  /** '' for LinkedIn Member and sponsored senders. */
  url: string
  owner: boolean
}

export type Folder = 'INBOX' | 'ARCHIVE' | 'SPAM'

export interface MessageRow {
  conversationId: string
  title: string
  from: Participant
  to: Participant[]
  at: number
  subject: string
  paragraphs: string[]
  folder: Folder
  attachments: string[]
  draft: boolean
}

export const DEFAULT_ROWS_PER_CONNECTION = 3
/** Share of rows in threads with connections; the rest are LinkedIn Member / sponsored threads and replies. */
const CONNECTION_SHARE = 0.79
const EMPTY_SENDER_SHARE = 0.15

const THREAD_LENGTHS: readonly (readonly [number, number])[] = [
  [1, 30], [2, 22], [3, 14], [4, 9], [5, 6], [6, 4], [7, 3], [8, 2.5], [9, 2], [10, 1.5],
  [11, 0.6], [12, 0.6], [13, 0.6], [14, 0.6], [15, 0.6], [16, 0.6], [17, 0.6], [18, 0.6], [19, 0.6], [20, 0.6],
]
const MEAN_THREAD_LENGTH =
  THREAD_LENGTHS.reduce((sum, [length, weight]) => sum + length * weight, 0) /
  THREAD_LENGTHS.reduce((sum, [, weight]) => sum + weight, 0)

const FOLDERS: readonly (readonly [Folder, number])[] = [['INBOX', 0.96], ['ARCHIVE', 0.03], ['SPAM', 0.01]]
const GAPS: readonly (readonly [[number, number], number])[] = [
  [[2 * MINUTE_MS, 59 * MINUTE_MS], 0.6],
  [[HOUR_MS, 12 * HOUR_MS], 0.3],
  [[DAY_MS, 3 * DAY_MS], 0.1],
]

const PARTNER_SCAN = 64
const LINKEDIN_MEMBER: Participant = { name: 'LinkedIn Member', url: '', owner: false }

/** All shown threads, newest thread first, rows inside a thread newest first. */
export function inventThreads(ctx: RenderContext): MessageRow[][] {
  const total = ctx.options.messages ?? DEFAULT_ROWS_PER_CONNECTION * ctx.visible.length
  const perPerson = ctx.visible.length === 0 ? 0 : (total * CONNECTION_SHARE) / ctx.visible.length
  const ownerParticipant: Participant = { name: ctx.owner.name, url: ctx.owner.url, owner: true }
  const threads: MessageRow[][] = []
  for (const person of ctx.visible) threads.push(...personThreads(ctx, person, perPerson, ownerParticipant))
  threads.push(...inmailThreads(ctx, Math.round(total * EMPTY_SENDER_SHARE), ownerParticipant))
  const latest = (thread: MessageRow[]) => thread[thread.length - 1]?.at ?? 0
  threads.sort((a, b) => latest(b) - latest(a))
  return threads.map((thread) => thread.reverse())
}

function participantOf(ctx: RenderContext, person: Person): Participant {
  const gluedHeadline = Rng.for(ctx.network.seed, 'display-name', person.id).chance(0.02)
  const name = displayNameOf(person)
  return { name: gluedHeadline ? `${name} - ${person.position?.trim() || 'Open to work'}` : name, url: profileUrl(person.slug), owner: false }
}

function conversationId(rng: Rng): string {
  const bytes = new Uint8Array(16)
  for (let i = 0; i < bytes.length; i++) bytes[i] = rng.int(0, 255)
  return `2-${Buffer.from(bytes).toString('base64')}`
}

function personThreads(ctx: RenderContext, person: Person, meanRows: number, owner: Participant): MessageRow[][] {
  const rng = Rng.for(ctx.network.seed, 'messages', person.id)
  const window = activityWindow(ctx, person)
  const them = participantOf(ctx, person)
  const threads: MessageRow[][] = []
  const count = rng.poisson(meanRows / MEAN_THREAD_LENGTH)
  for (let t = 0; t < count; t++) {
    // Every draw happens before any filtering, so the stream never depends on the export date.
    const groupWith = rng.chance(0.03) ? lowerIdPartner(ctx, person, rng.int(1, Math.max(1, person.id - 1))) : undefined
    const participants = groupWith === undefined ? [owner, them] : [owner, them, participantOf(ctx, groupWith)]
    const title = groupWith === undefined ? '' : rng.pick(['', 'Project Harbor', 'Intro'])
    const id = conversationId(rng)
    const folder = rng.weighted(FOLDERS)
    const length = rng.weighted(THREAD_LENGTHS)
    let at = instantIn(rng, window)
    const rows: MessageRow[] = []
    for (let r = 0; r < length; r++) {
      if (r > 0) at += gap(rng)
      const from = rng.pick(participants)
      rows.push({
        conversationId: id,
        title,
        from,
        to: participants.filter((p) => p !== from),
        at,
        subject: r === 0 && rng.chance(0.05) ? inventSubject(rng) : '',
        paragraphs: inventMessageParagraphs(rng),
        folder,
        attachments: rng.chance(0.01) ? [attachmentUrl(rng)] : [],
        draft: from.owner && rng.chance(0.002),
      })
    }
    const ownerRow = rng.int(0, length - 1)
    const inWindow = rows.filter((row) => row.at < window.end)
    if (!inWindow.some((row) => row.from.owner)) giveToOwner(inWindow[Math.min(ownerRow, inWindow.length - 1)], owner, participants)
    if (inWindow.length > 0 && inWindow.every((row) => isShown(ctx, window, row.at))) threads.push(inWindow)
  }
  return threads
}

/**
 * A partner for a group thread: the first visible person from `target` upwards with a lower id
 * (so people added later never displace them) who was already connected when this person was.
 */
function lowerIdPartner(ctx: RenderContext, person: Person, target: number): Person | undefined {
  let lo = 0
  let hi = ctx.visible.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if ((ctx.visible[mid] as Person).id < target) lo = mid + 1
    else hi = mid
  }
  for (let i = lo; i < ctx.visible.length && i < lo + PARTNER_SCAN; i++) {
    const candidate = ctx.visible[i] as Person
    if (candidate.id >= person.id) return undefined
    if (candidate.connectedOn <= person.connectedOn) return candidate
  }
  return undefined
}

function giveToOwner(row: MessageRow | undefined, owner: Participant, participants: Participant[]): void {
  if (row === undefined) return
  row.from = owner
  row.to = participants.filter((p) => p !== owner)
  row.draft = false
}

function gap(rng: Rng): number {
  const [min, max] = rng.weighted(GAPS)
  return Math.floor(min / 1000 + rng.float() * ((max - min) / 1000)) * 1000
}

function attachmentUrl(rng: Rng): string {
  return `https://www.linkedin.com/dms/prv/image/v2/D4E06AQ${rng.hex(12).toUpperCase()}/messaging-image_1280/0/`
}

/** LinkedIn Member threads (always with an owner reply) and one-row sponsored messages, all with empty sender URLs. */
function inmailThreads(ctx: RenderContext, emptySenderRows: number, owner: Participant): MessageRow[][] {
  const rng = Rng.for(ctx.network.seed, 'inmail')
  // Ends two weeks early: a thread of four rows with three-day gaps still lands before the export date.
  const window = { start: ctx.exportMs - 730 * DAY_MS, end: ctx.exportMs - 14 * DAY_MS }
  const threads: MessageRow[][] = []
  for (let written = 0; written < emptySenderRows; ) {
    const sponsored = rng.chance(0.4)
    const id = conversationId(rng)
    const folder: Folder = rng.chance(sponsored ? 0.1 : 0.02) ? 'SPAM' : 'INBOX'
    let at = instantIn(rng, window)
    const base = { conversationId: id, subject: '', folder, attachments: [], draft: false }
    if (sponsored) {
      const sponsor: Participant = { name: rng.pick(SPONSOR_NAMES), url: '', owner: false }
      threads.push([{ ...base, title: 'Sponsored Conversation', from: sponsor, to: [owner], at, paragraphs: [inventSponsoredBody(rng)] }])
      written++
      continue
    }
    const rows: MessageRow[] = []
    for (let r = rng.int(1, 3); r > 0; r--, written++) {
      rows.push({ ...base, title: '', from: LINKEDIN_MEMBER, to: [owner], at, paragraphs: inventMessageParagraphs(rng) })
      at += gap(rng)
    }
    rows.push({ ...base, title: '', from: owner, to: [LINKEDIN_MEMBER], at, paragraphs: inventMessageParagraphs(rng) })
    threads.push(rows)
  }
  return threads
}
