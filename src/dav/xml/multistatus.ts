/**
 * The multistatus model and its serialisation: the only writer of `<d:multistatus>`,
 * `<d:response>`, `<d:propstat>` and `<d:status>`. Each propstat writes `<d:prop>` before
 * `<d:status>`, and callers order propstats 200 first (Thunderbird reads the first status).
 */
import { errorElement, statusText } from '../errors.js'
import { element, escapeText, xmlDocument } from './build.js'
import { dav, type QName } from './names.js'

export interface PropValue {
  name: QName
  /** Serialised content of the property element; absent or '' writes an empty element. */
  xml?: string
}

export interface Propstat {
  status: number
  props: PropValue[]
  /** A precondition reported inside this propstat (PROPPATCH's cannot-modify-protected-property). */
  error?: QName
}

export type MultistatusResponse =
  | { href: string; propstats: Propstat[] }
  | { href: string; status: number }

export function statusLine(status: number): string {
  return `HTTP/1.1 ${status} ${statusText(status)}`
}

const MULTISTATUS = dav('multistatus')
const RESPONSE = dav('response')
const HREF = dav('href')
const PROPSTAT = dav('propstat')
const PROP = dav('prop')
const STATUS = dav('status')
const SYNC_TOKEN = dav('sync-token')

function renderPropstat(propstat: Propstat): string {
  let props = ''
  for (const prop of propstat.props) props += element(prop.name, prop.xml)
  const error = propstat.error ? errorElement(propstat.error) : ''
  return element(PROPSTAT, element(PROP, props) + element(STATUS, statusLine(propstat.status)) + error)
}

export function renderResponse(response: MultistatusResponse): string {
  let content = element(HREF, escapeText(response.href))
  if ('status' in response) content += element(STATUS, statusLine(response.status))
  else for (const propstat of response.propstats) content += renderPropstat(propstat)
  return element(RESPONSE, content)
}

/** The whole document; `syncToken` (RFC 6578) comes after the responses, as its DTD requires. */
export function renderMultistatus(responses: Iterable<MultistatusResponse>, syncToken?: string): string {
  return [...multistatusChunks(responses, syncToken)].join('')
}

/**
 * The same document piece by piece, each response rendered only when the previous ones have been
 * sent: a listing or multiget of 30,000 cards never exists as one string or one set of objects.
 */
export function* multistatusChunks(responses: Iterable<MultistatusResponse>, syncToken?: string): Generator<string> {
  const [opening, closing] = xmlDocument(MULTISTATUS, SPLIT).split(SPLIT) as [string, string]
  yield opening
  for (const response of responses) yield renderResponse(response)
  if (syncToken !== undefined) yield element(SYNC_TOKEN, escapeText(syncToken))
  yield closing
}

const SPLIT = '\u0000'

