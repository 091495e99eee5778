/**
 * tsdav (the real npm CardDAV client) pointed at a listening test server, with every request it
 * sends recorded (method, path, status), plus the small comparisons the end-to-end tests share.
 */
import { createDAVClient, type DAVAddressBook, type DAVVCard } from 'tsdav'

export type TsdavClient = Awaited<ReturnType<typeof createDAVClient>>

export interface RecordedRequest {
  method: string
  /** Path and query of the request URL. */
  path: string
  status: number
  headers: Record<string, string>
}

export interface ConnectedClient {
  client: TsdavClient
  /** Every request the client has sent so far, in order (discovery included). */
  requests: RecordedRequest[]
}

/** Discovers the account the way tsdav does (well-known, principal, home) and returns the client. */
export async function connectTsdav(origin: string, credentials: { username: string; password: string }): Promise<ConnectedClient> {
  const requests: RecordedRequest[] = []
  const recordingFetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const response = await fetch(input, init)
    const url = new URL(input instanceof Request ? input.url : input)
    const headers = new Headers(init?.headers)
    requests.push({ method: init?.method ?? 'GET', path: url.pathname + url.search, status: response.status, headers: Object.fromEntries(headers) })
    return response
  }
  const client = await createDAVClient({
    serverUrl: `${origin}/`,
    credentials,
    authMethod: 'Basic',
    defaultAccountType: 'carddav',
    fetch: recordingFetch as typeof fetch,
  })
  return { client, requests }
}

/** The one address book the account must have. */
export async function onlyBook(client: TsdavClient): Promise<DAVAddressBook> {
  const books = await client.fetchAddressBooks()
  if (books.length !== 1) throw new Error(`expected exactly one address book, found ${books.length}`)
  return books[0]!
}

/**
 * Card text as a client compares it: XML turns CRLF into LF unless CR is escaped, and tsdav trims
 * the text of address-data, so line ends and the final newline do not count.
 */
export function comparableText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/\n+$/, '')
}

/** The member name (`<uuid>.vcf`) at the end of a card URL. */
export function memberName(url: string): string {
  const name = new URL(url).pathname.split('/').pop()
  if (!name) throw new Error(`no member name in ${url}`)
  return decodeURIComponent(name)
}

/** A vCard as tsdav keeps it, looked up by member name. */
export function cardNamed(cards: readonly DAVVCard[], name: string): DAVVCard {
  const card = cards.find((c) => memberName(c.url) === name)
  if (!card) throw new Error(`card ${name} not among ${cards.length} cards`)
  return card
}

/** The created/updated/deleted URLs of a detailed smartCollectionSync result. */
export interface SyncDelta {
  created: DAVVCard[]
  updated: DAVVCard[]
  deleted: DAVVCard[]
}

/** Incremental sync by sync-collection from `book.syncToken`, against the cards the client holds. */
export async function syncChanges(client: TsdavClient, book: DAVAddressBook, cards: readonly DAVVCard[]): Promise<{ delta: SyncDelta; syncToken: string }> {
  const result = await client.smartCollectionSync({
    collection: { ...book, objects: [...cards], objectMultiGet: client.addressBookMultiGet },
    method: 'webdav',
    detailedResult: true,
  })
  return { delta: result.objects as SyncDelta, syncToken: String(result.syncToken) }
}

/** Sorted member names of some tsdav objects. */
export function namesOf(cards: readonly { url: string }[]): string[] {
  return cards.map((c) => memberName(c.url)).sort()
}
