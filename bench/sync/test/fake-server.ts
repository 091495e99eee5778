/**
 * A minimal CardDAV book for the bench's own tests, on 127.0.0.1 port 0: enough PROPFIND, REPORT
 * and PUT to drive the DAVx5 flow, with switches for the ways a server can go wrong.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export const BOOK = '/dav/book/'

export interface FakeOptions {
  syncCollection?: boolean
  vcard4?: boolean
  /** Page sync-collection answers after this many members (507 on the collection). */
  pageSize?: number
  /** Answer a delta sync-collection with every member, as if all had changed. */
  reportEverythingAsChanged?: boolean
  /** Serve this body instead of the stored one for the first card. */
  corruptFirstBody?: string
  /** Delay multiget answers by this many ms. */
  multigetDelayMs?: number
}

export interface SeenRequest {
  method: string
  depth: string | undefined
  body: string
  ifMatch: string | undefined
}

interface Member {
  body: string
  etag: string
  revision: number
}

export interface FakeBook {
  port: number
  requests: SeenRequest[]
  members: Map<string, Member>
  close(): Promise<void>
}

export function cardBody(i: number): string {
  return `BEGIN:VCARD\r\nVERSION:3.0\r\nUID:urn:uuid:${i}\r\nFN:Person ${i}\r\nEMAIL:p${i}@example.com\r\nEND:VCARD\r\n`
}

const multistatus = (inner: string) => `<?xml version="1.0" encoding="utf-8"?><d:multistatus xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:carddav">${inner}</d:multistatus>`
const ok = (props: string) => `<d:propstat><d:prop>${props}</d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat>`
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/\r/g, '&#13;')

export async function startFakeBook(names: readonly string[], options: FakeOptions = {}): Promise<FakeBook> {
  let revision = 1
  const members = new Map<string, Member>(names.map((name, i) => [name, { body: cardBody(i), etag: `"e${i}-1"`, revision }]))
  const requests: SeenRequest[] = []

  function capabilities(): string {
    const reports = options.syncCollection === false ? '' : '<d:supported-report><d:report><d:sync-collection/></d:report></d:supported-report>'
    const data = options.vcard4 ? '<c:address-data-type content-type="text/vcard" version="3.0"/><c:address-data-type content-type="text/vcard" version="4.0"/>' : ''
    return `<d:response><d:href>${BOOK}</d:href>${ok(`<d:supported-report-set>${reports}</d:supported-report-set><c:supported-address-data>${data}</c:supported-address-data><d:sync-token>urn:fake:${revision}</d:sync-token>`)}</d:response>`
  }

  function listing(): string {
    return [...members].map(([name, m]) => `<d:response><d:href>${BOOK}${name}</d:href>${ok(`<d:getetag>${m.etag}</d:getetag><d:getcontenttype>text/vcard</d:getcontenttype><d:resourcetype/>`)}</d:response>`).join('')
  }

  function syncCollection(token: string): string {
    const parsed = /^urn:fake:(\d+)(?::(\d+))?$/.exec(token)
    const since = Number(parsed?.[1] ?? 0)
    const start = Number(parsed?.[2] ?? 0)
    const delta = token !== '' && !options.reportEverythingAsChanged
    const changed = [...members].filter(([, m]) => !delta || m.revision > since).sort(([a], [b]) => a.localeCompare(b))
    const page = options.pageSize ? changed.slice(start, start + options.pageSize) : changed.slice(start)
    const more = start + page.length < changed.length
    const rows = page.map(([name, m]) => `<d:response><d:href>${BOOK}${name}</d:href>${ok(`<d:getetag>${m.etag}</d:getetag><d:resourcetype/>`)}</d:response>`).join('')
    const truncated = more ? `<d:response><d:href>${BOOK}</d:href><d:status>HTTP/1.1 507 Insufficient Storage</d:status></d:response>` : ''
    const next = more ? `urn:fake:${since}:${start + page.length}` : `urn:fake:${revision}`
    return `${rows}${truncated}<d:sync-token>${next}</d:sync-token>`
  }

  function multiget(body: string): string {
    const vcard4 = /version="4\.0"/.test(body)
    return [...body.matchAll(/<href>([^<]*)<\/href>/g)].map(([, href]) => {
      const name = decodeURI(href!).slice(BOOK.length)
      const m = members.get(name)
      if (!m) return `<d:response><d:href>${href}</d:href><d:status>HTTP/1.1 404 Not Found</d:status></d:response>`
      let data = name === names[0] && options.corruptFirstBody ? options.corruptFirstBody : m.body
      if (vcard4) data = data.replace('VERSION:3.0', 'VERSION:4.0')
      return `<d:response><d:href>${href}</d:href>${ok(`<d:getetag>${m.etag}</d:getetag><c:address-data>${escape(data)}</c:address-data>`)}</d:response>`
    }).join('')
  }

  async function handle(req: IncomingMessage, res: ServerResponse, body: string): Promise<void> {
    const depth = req.headers.depth as string | undefined
    requests.push({ method: req.method!, depth, body, ifMatch: req.headers['if-match'] as string | undefined })
    const send = (status: number, text = ''): void => {
      res.writeHead(status, { 'Content-Type': 'application/xml; charset=utf-8' }).end(text)
    }
    if (req.method === 'PUT') {
      const name = decodeURI(req.url!).slice(BOOK.length)
      const m = members.get(name)
      if (!m || (req.headers['if-match'] && req.headers['if-match'] !== m.etag)) return send(412)
      revision++
      members.set(name, { body, etag: `"e-${name}-${revision}"`, revision })
      return send(204)
    }
    if (req.method === 'PROPFIND') return send(207, multistatus(depth === '0' ? capabilities() : listing()))
    if (req.method === 'REPORT' && body.includes('sync-collection')) {
      if (options.syncCollection === false) return send(403)
      return send(207, multistatus(syncCollection(/<sync-token>([^<]*)<\/sync-token>/.exec(body)?.[1] ?? '')))
    }
    if (req.method === 'REPORT' && body.includes('addressbook-multiget')) {
      if (options.multigetDelayMs) await new Promise((resolve) => setTimeout(resolve, options.multigetDelayMs))
      return send(207, multistatus(multiget(body)))
    }
    send(400)
  }

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => void handle(req, res, Buffer.concat(chunks).toString('utf8')))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    port: (server.address() as AddressInfo).port,
    requests,
    members,
    close: () => new Promise((resolve) => {
      server.closeAllConnections()
      server.close(() => resolve())
    }),
  }
}
