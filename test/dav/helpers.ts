/**
 * Protocol-test harness: a real ':memory:' store behind createDavHandler, a small request
 * helper, and parseMultistatus (href → properties and statuses, Radicale's parse_responses).
 */
import { readFileSync } from 'node:fs'
import { afterEach, beforeEach } from 'vitest'
import { createDavHandler } from '../../src/dav/index.js'
import { dav, type QName } from '../../src/dav/xml/names.js'
import { parseXml, type XmlNode } from '../../src/dav/xml/parse.js'
import { silentLogger } from '../../src/log.js'
import { openSqliteStore } from '../../src/store/index.js'
import type { AddressBook, CardInput, Store } from '../../src/store/types.js'

const FIXTURES = new URL('../fixtures/dav/', import.meta.url)

/** A request body from test/fixtures/dav/requests, with `{book}` replaced by the book's href. */
export function requestBody(file: string, replacements: Record<string, string> = {}): string {
  let text = readFileSync(new URL(`requests/${file}`, FIXTURES), 'utf8')
  for (const [key, value] of Object.entries(replacements)) text = text.split(`{${key}}`).join(value)
  return text
}

/** A card from test/fixtures/dav/cards, exactly as stored in the file. */
export function cardFixture(file: string): string {
  return readFileSync(new URL(`cards/${file}`, FIXTURES), 'utf8')
}

export interface DavResult {
  status: number
  headers: Headers
  text: string
}

export interface RequestOptions {
  body?: string | Uint8Array
  headers?: Record<string, string>
  /** Defaults to the harness user; null sends the request unauthenticated. */
  user?: string | null
}

export interface DavHarness {
  store: Store
  user: string
  basePath: string
  book(): AddressBook
  bookHref: string
  request(method: string, path: string, options?: RequestOptions): Promise<DavResult>
  /** Stores a vCard 3.0 card for an invented person directly in the store. */
  seed(name: string, uid: string, fullName: string, extraLines?: readonly string[]): CardInput
}

export interface HarnessOptions {
  user?: string
  basePath?: string
  maxResourceSize?: number
}

/** A fresh store and handler for every test of the enclosing describe. */
export function useDav(options: HarnessOptions = {}): DavHarness {
  const user = options.user ?? 'alice'
  const basePath = options.basePath ?? ''
  const harness = { user, basePath, bookHref: `${basePath}/addressbooks/${encodeURIComponent(user)}/linkedin/` } as DavHarness
  let handler: ReturnType<typeof createDavHandler>
  beforeEach(() => {
    harness.store = openSqliteStore(':memory:')
    harness.store.ensureBook(user)
    handler = createDavHandler({ store: harness.store, log: silentLogger, basePath, maxResourceSize: options.maxResourceSize ?? 102_400 })
  })
  afterEach(() => harness.store.close())
  harness.book = () => {
    const book = harness.store.getBook(user, 'linkedin')
    if (!book) throw new Error('no book')
    return book
  }
  harness.request = async (method, path, requestOptions = {}) => {
    const init: RequestInit = { method, headers: requestOptions.headers ?? {} }
    if (requestOptions.body !== undefined) init.body = requestOptions.body
    const response = await handler(new Request(`http://127.0.0.1${path}`, init), requestOptions.user === undefined ? user : requestOptions.user)
    return { status: response.status, headers: response.headers, text: await response.text() }
  }
  harness.seed = (name, uid, fullName, extraLines = []) => {
    const card: CardInput = { name, uid, body: vcard30(uid, fullName, extraLines), version: '3.0' }
    harness.store.putCard(harness.book().id, card)
    return card
  }
  return harness
}

/** A vCard 3.0 body for an invented person (CRLF). */
export function vcard30(uid: string, fullName: string, extraLines: readonly string[] = []): string {
  const [given = '', family = ''] = fullName.split(' ')
  return [
    'BEGIN:VCARD',
    'VERSION:3.0',
    `UID:${uid}`,
    `FN:${fullName}`,
    `N:${family};${given};;;`,
    `EMAIL;TYPE=INTERNET:${given.toLowerCase()}@example.com`,
    ...extraLines,
    'END:VCARD',
    '',
  ].join('\r\n')
}

export interface ParsedProp {
  status: number
  node: XmlNode
}

export interface ParsedResponse {
  href: string
  /** The `<status>` of a response without propstats (404 tombstones, 507). */
  status?: number
  props: Map<QName, ParsedProp>
  /** Status codes of the propstats, in document order. */
  propstatStatuses: number[]
  /** Precondition names found in `<d:error>` inside propstats. */
  errors: QName[]
}

export interface ParsedMultistatus {
  responses: ParsedResponse[]
  byHref: Map<string, ParsedResponse>
  syncToken?: string
  /** Element names of the multistatus children in order (to check the sync-token comes last). */
  order: QName[]
}

function statusCode(node: XmlNode | undefined): number {
  const match = /^HTTP\/1\.1 (\d{3}) /.exec(node?.text ?? '')
  if (!match?.[1]) throw new Error(`bad status line: ${node?.text}`)
  return Number(match[1])
}

export function parseMultistatus(text: string): ParsedMultistatus {
  const root = parseXml(text)
  if (!root || root.name !== dav('multistatus')) throw new Error('not a multistatus')
  const result: ParsedMultistatus = { responses: [], byHref: new Map(), order: root.children.map((child) => child.name) }
  for (const child of root.children) {
    if (child.name === dav('sync-token')) result.syncToken = child.text
    if (child.name !== dav('response')) continue
    const href = child.children.find((c) => c.name === dav('href'))?.text ?? ''
    const parsed: ParsedResponse = { href, props: new Map(), propstatStatuses: [], errors: [] }
    const status = child.children.find((c) => c.name === dav('status'))
    if (status) parsed.status = statusCode(status)
    for (const propstat of child.children.filter((c) => c.name === dav('propstat'))) {
      const code = statusCode(propstat.children.find((c) => c.name === dav('status')))
      parsed.propstatStatuses.push(code)
      for (const prop of propstat.children.find((c) => c.name === dav('prop'))?.children ?? []) parsed.props.set(prop.name, { status: code, node: prop })
      for (const error of propstat.children.find((c) => c.name === dav('error'))?.children ?? []) parsed.errors.push(error.name)
    }
    result.responses.push(parsed)
    result.byHref.set(href, parsed)
  }
  return result
}

/** The response for `href`, failing the test when it is missing. */
export function responseFor(multistatus: ParsedMultistatus, href: string): ParsedResponse {
  const response = multistatus.byHref.get(href)
  if (!response) throw new Error(`no response for ${href}; have ${[...multistatus.byHref.keys()].join(', ')}`)
  return response
}

/** The text of a property that must be present with status 200. */
export function propText(response: ParsedResponse, name: QName): string {
  const prop = response.props.get(name)
  if (!prop || prop.status !== 200) throw new Error(`${name} not found (200) on ${response.href}`)
  return prop.node.text
}

/** The hrefs inside a property such as current-user-principal. */
export function propHrefs(response: ParsedResponse, name: QName): string[] {
  const prop = response.props.get(name)
  if (!prop || prop.status !== 200) throw new Error(`${name} not found (200) on ${response.href}`)
  return prop.node.children.filter((c) => c.name === dav('href')).map((c) => c.text)
}

/** The Clark names of the element children of a property (resourcetype, privileges...). */
export function childNames(node: XmlNode): QName[] {
  return node.children.map((child) => child.name)
}
