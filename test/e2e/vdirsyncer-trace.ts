/**
 * The HTTP exchanges of a `vdirsyncer -vdebug` run, read back from its log. vdirsyncer 0.19 logs
 * each request as (vdirsyncer/http.py):
 *
 *   debug: ====================
 *   debug: PUT http://127.0.0.1:41234/addressbooks/alice/linkedin/x.vcf
 *   debug: {'User-Agent': 'vdirsyncer/0.19.0', 'Content-Type': 'text/vcard', 'If-Match': '"…"'}
 *   debug: b'BEGIN:VCARD\r\n…'            (the body as a Python bytes literal, or None)
 *   debug: Sending request...
 *   debug: 204
 *   debug: <CIMultiDictProxy(…response headers…)>
 */

export interface TracedExchange {
  method: string
  /** The request URL's path (decoded as sent, e.g. /addressbooks/alice/linkedin/x.vcf). */
  path: string
  /** Request headers, names lower-cased. */
  headers: Record<string, string>
  /** The request body as logged: a Python bytes literal (`b'…'`), or `None`. */
  body: string
  /** Response status, or undefined when the log ends before it (the request failed). */
  status: number | undefined
}

const SEPARATOR = 'debug: ' + '='.repeat(20)
const REQUEST_LINE = /^debug: ([A-Z]+) (https?:\/\/\S+)$/
const STATUS_LINE = /^debug: (\d{3})$/
const SENDING = 'debug: Sending request...'
/** One 'Name': 'value' pair of a Python dict repr (values hold no single quote in these logs). */
const HEADER_PAIR = /'([^']+)': (?:'([^']*)'|"([^"]*)")/g

export function parseDebugTrace(output: string): TracedExchange[] {
  const lines = output.split('\n')
  const exchanges: TracedExchange[] = []
  for (let i = 0; i < lines.length; i++) {
    if (lines[i] !== SEPARATOR) continue
    const request = REQUEST_LINE.exec(lines[i + 1] ?? '')
    if (!request) continue
    const exchange: TracedExchange = { method: request[1]!, path: new URL(request[2]!).pathname, headers: parseHeaders(lines[i + 2] ?? ''), body: (lines[i + 3] ?? '').replace(/^debug: /, ''), status: undefined }
    let j = i + 2
    while (j < lines.length && lines[j] !== SENDING && lines[j] !== SEPARATOR) j++
    if (lines[j] === SENDING) {
      const status = STATUS_LINE.exec(lines[j + 1] ?? '')
      if (status) exchange.status = Number(status[1])
    }
    exchanges.push(exchange)
    i = j - 1
  }
  return exchanges
}

function parseHeaders(line: string): Record<string, string> {
  const headers: Record<string, string> = {}
  if (!line.startsWith('debug: {')) return headers
  for (const match of line.matchAll(HEADER_PAIR)) headers[match[1]!.toLowerCase()] = match[2] ?? match[3] ?? ''
  return headers
}

const HREF = /<(?:[A-Za-z][\w.-]*:)?href>([^<]*)<\/(?:[A-Za-z][\w.-]*:)?href>/g

/** The hrefs a REPORT body lists (e.g. every card of an addressbook-multiget). */
export function hrefsInBody(exchange: TracedExchange): string[] {
  return [...exchange.body.matchAll(HREF)].map((match) => match[1]!)
}

/** "METHOD path status" per exchange: compact, readable assertion values. */
export function summariseTrace(exchanges: readonly TracedExchange[]): string[] {
  return exchanges.map((e) => `${e.method} ${e.path} ${e.status ?? 'no answer'}`)
}
