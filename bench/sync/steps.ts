/**
 * The measured steps for one running server, with the state a DAVx5 client keeps between syncs
 * (sync token, etags) and what the bench knows the book holds (to check each answer).
 */
import { ProtocolError, StepBudgetExceeded, StepClock, listAll, listChanges, multiget, queryCapabilities, vdirsyncerListing, type Book, type Capabilities, type ExchangeKind, type FetchedCard } from './davx5.js'
import { sameCard } from './card-compare.js'
import { editedBody, editMarker, namesToChange, putEdits } from './edits.js'
import { RequestTimeoutError } from './http-client.js'

export type StepName = 'initial' | 'noChange' | 'changed' | 'vdirsyncer'
export const STEP_NAMES: readonly StepName[] = ['initial', 'noChange', 'changed', 'vdirsyncer']

export interface StepResult {
  /** ok; wrong = answered, but not what the book holds; timeout = a request hit 300 s or the step its budget. */
  outcome: 'ok' | 'wrong' | 'timeout' | 'skipped'
  /** Sum of the step's request times; for a timeout, the time spent before giving up (a lower bound). */
  ms: number
  requests: number
  breakdown: Partial<Record<ExchangeKind, number>>
  problems: string[]
  note?: string
}

export class SyncSession {
  private readonly expected = new Map<string, string>()
  private capabilities: Capabilities | undefined
  /** sync-token (or ctag for books without sync-collection) of the last sync. */
  private token: string | null = null
  private etags = new Map<string, string>()
  private initialLimit: StepResult | undefined

  constructor(private readonly book: Book, cards: readonly { name: string; body: string }[], private readonly budgetMs: number) {
    for (const card of cards) this.expected.set(book.path + card.name, card.body)
  }

  get usesSyncCollection(): boolean {
    return this.capabilities?.syncCollection ?? false
  }

  /** A sync-collection client cannot go on without the token of its initial sync (ctag clients can: they list). */
  private get lacksToken(): boolean {
    return this.usesSyncCollection && this.token === null
  }

  get asksForVCard4(): boolean {
    return this.capabilities?.vcard4 ?? false
  }

  /** Capabilities, then the full listing, then every card by multiget in batches of 10. */
  async initial(): Promise<StepResult> {
    if (this.initialLimit) return this.refreshAfterLimit(this.initialLimit)
    const result = await this.measure(async (clock, problems) => {
      const capabilities = await this.queryCapabilities(clock)
      const listed = await this.listEverything(clock)
      this.etags = new Map(listed)
      problems.push(...this.compareSets('listing', [...listed.keys()], [...this.expected.keys()]))
      const fetched = await multiget(this.book, clock, [...listed.keys()].sort(), capabilities.vcard4)
      problems.push(...this.checkFetched(fetched, [...listed.keys()], listed))
    })
    if (result.outcome === 'timeout') this.initialLimit = result
    return result
  }

  /** Capabilities and sync-collection with the last token: nothing has changed. */
  async noChange(): Promise<StepResult> {
    if (this.lacksToken) return skipped('no sync token from the initial sync')
    return this.measure(async (clock, problems) => {
      await this.queryCapabilities(clock)
      const changed = await this.changedSince(clock)
      if (changed.size > 0) {
        problems.push(`reported ${changed.size} changed cards when none changed`)
        await multiget(this.book, clock, [...changed.keys()].sort(), this.asksForVCard4)
      }
    })
  }

  /** PUTs 1% of the cards (not timed), then times the sync that brings exactly those back. */
  async changeOnePercent(run: number): Promise<StepResult> {
    if (this.lacksToken) return skipped('no sync token from the initial sync')
    const paths = namesToChange([...this.expected.keys()].sort(), run)
    const edits = paths.map((path) => ({ path, body: editedBody(this.expected.get(path)!, run), etag: this.etags.get(path) }))
    const refused = await putEdits(this.book, edits)
    for (const edit of edits) this.expected.set(edit.path, edit.body)
    return this.measure(async (clock, problems) => {
      problems.push(...refused)
      await this.queryCapabilities(clock)
      const changed = await this.changedSince(clock)
      problems.push(...this.compareSets('changes', [...changed.keys()], paths))
      const fetched = await multiget(this.book, clock, [...changed.keys()].sort(), this.asksForVCard4)
      problems.push(...this.checkFetched(fetched, [...changed.keys()], changed))
      const marker = editMarker(run)
      const unedited = paths.filter((path) => !fetched.get(path)?.body?.includes(marker)).length
      if (unedited > 0) problems.push(`${unedited} of ${paths.length} changed cards came back without the edit`)
    })
  }

  /** vdirsyncer's listing of the whole book (PROPFIND Depth 1), a single request. */
  async vdirsyncer(): Promise<StepResult> {
    return this.measure(async (clock, problems) => {
      const listing = await vdirsyncerListing(this.book, clock)
      problems.push(...this.compareSets('vdirsyncer listing', [...listing.etags.keys()], [...this.expected.keys()]))
      if (listing.wrongContentType > 0) problems.push(`${listing.wrongContentType} members without getcontenttype text/vcard (vdirsyncer skips them)`)
    })
  }

  /** Untimed listing used to check that the server holds the N cards (it also warms caches). */
  async verifyLoaded(): Promise<string[]> {
    const listing = await vdirsyncerListing(this.book, new StepClock())
    return this.compareSets('listing after load', [...listing.etags.keys()], [...this.expected.keys()])
  }

  private async queryCapabilities(clock: StepClock): Promise<Capabilities> {
    this.capabilities = await queryCapabilities(this.book, clock)
    return this.capabilities
  }

  /** Every member with its etag: sync-collection from an empty token, or DAVx5's Depth-1 listing. */
  private async listEverything(clock: StepClock): Promise<Map<string, string>> {
    if (this.usesSyncCollection) {
      const changes = await listChanges(this.book, clock, null)
      this.token = changes.token
      return changes.changed
    }
    this.token = this.capabilities?.ctag ?? null
    return listAll(this.book, clock)
  }

  /** Members changed since the last sync: sync-collection with its token, or (without it) an unchanged ctag or a listing compared by etag. */
  private async changedSince(clock: StepClock): Promise<Map<string, string>> {
    let changed: Map<string, string>
    if (this.usesSyncCollection) {
      const changes = await listChanges(this.book, clock, this.token)
      this.token = changes.token
      changed = changes.changed
    } else {
      const ctag = this.capabilities?.ctag ?? null
      if (ctag !== null && ctag === this.token) return new Map()
      this.token = ctag
      changed = new Map([...(await listAll(this.book, clock))].filter(([path, etag]) => this.etags.get(path) !== etag))
    }
    for (const [path, etag] of changed) this.etags.set(path, etag)
    return changed
  }

  private compareSets(what: string, got: readonly string[], want: readonly string[]): string[] {
    const wanted = new Set(want)
    const gotSet = new Set(got)
    const missing = want.filter((p) => !gotSet.has(p)).length
    const extra = got.filter((p) => !wanted.has(p)).length
    return missing === 0 && extra === 0 ? [] : [`${what}: ${got.length} hrefs for ${want.length} expected (${missing} missing, ${extra} unexpected)`]
  }

  private checkFetched(fetched: Map<string, FetchedCard>, paths: readonly string[], listedEtags: Map<string, string>): string[] {
    let withoutBody = 0
    let differentBody = 0
    let etagMismatch = 0
    for (const path of paths) {
      const card = fetched.get(path)
      if (!card?.body || !card.etag || !/^BEGIN:VCARD/i.test(card.body.trimStart())) {
        withoutBody++
        continue
      }
      if (card.etag !== listedEtags.get(path)) etagMismatch++
      const want = this.expected.get(path)
      if (want !== undefined && !this.asksForVCard4 && !sameCard(card.body, want)) differentBody++
      if (this.asksForVCard4 && !/\nVERSION:4\.0\r?\n/.test(card.body)) differentBody++
    }
    const problems: string[] = []
    if (withoutBody > 0) problems.push(`multiget: ${withoutBody} of ${paths.length} cards without getetag or address-data`)
    if (etagMismatch > 0) problems.push(`multiget: ${etagMismatch} etags differ from the listing's`)
    if (differentBody > 0) problems.push(`multiget: ${differentBody} bodies differ from the stored card (or from the requested version)`)
    return problems
  }

  private async refreshAfterLimit(limit: StepResult): Promise<StepResult> {
    try {
      const clock = new StepClock()
      await this.queryCapabilities(clock)
      this.etags = new Map(await this.listEverything(clock))
      return { ...limit, note: 'not repeated: an earlier run hit the limit (listing redone untimed for the token)' }
    } catch (error) {
      if (!(error instanceof RequestTimeoutError)) throw error
      this.token = null
      return { ...limit, note: 'not repeated: an earlier run hit the limit, and the untimed listing timed out too' }
    }
  }

  private async measure(body: (clock: StepClock, problems: string[]) => Promise<void>): Promise<StepResult> {
    const clock = new StepClock(this.budgetMs)
    const problems: string[] = []
    const result = (outcome: StepResult['outcome'], note?: string, unrecordedMs = 0): StepResult => ({
      outcome, ms: clock.ms + unrecordedMs, requests: clock.exchanges.length, breakdown: clock.breakdown(), problems, ...(note ? { note } : {}),
    })
    try {
      await body(clock, problems)
      return result(problems.length > 0 ? 'wrong' : 'ok')
    } catch (error) {
      if (error instanceof StepBudgetExceeded) return result('timeout', error.message)
      // The request that ran out of time is not on the clock: add the time it was given.
      if (error instanceof RequestTimeoutError) return result('timeout', error.message, error.limitMs)
      if (error instanceof ProtocolError) {
        problems.push(error.message)
        return result('wrong')
      }
      throw error
    }
  }
}

function skipped(note: string): StepResult {
  return { outcome: 'skipped', ms: 0, requests: 0, breakdown: {}, problems: [], note }
}
