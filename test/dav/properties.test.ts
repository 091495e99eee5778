import { describe, expect, it } from 'vitest'
import type { DavContext, Target } from '../../src/dav/context.js'
import { allpropNames, needsBodies, PROPERTIES, resolveProps } from '../../src/dav/properties/index.js'
import { cardText } from '../../src/dav/representation.js'
import type { PropRequest } from '../../src/dav/requests.js'
import { card, cs, dav, qname, type QName } from '../../src/dav/xml/names.js'
import { silentLogger } from '../../src/log.js'
import type { AddressBook, Card, Store } from '../../src/store/types.js'

const BOOK: AddressBook = {
  id: 1,
  owner: 'ada@example.com',
  slug: 'linkedin',
  syncId: 'sync-1',
  displayName: 'LinkedIn <contacts>',
  description: '',
  revision: 5,
  minRevision: 1,
  createdAt: 0,
}

const V4_BODY = 'BEGIN:VCARD\r\nVERSION:4.0\r\nUID:u4\r\nFN:Grace Example\r\nKIND:group\r\nEND:VCARD\r\n'
const STORED_V4: Card = { name: 'g.vcf', uid: 'u4', etag: '"v4"', size: V4_BODY.length, version: '4.0', modifiedAt: Date.UTC(2026, 11, 4, 10, 0, 0), body: V4_BODY }

/** Only getCard is reached by the properties (to load a body lazily). */
const fakeStore = { getCard: (_bookId: number, name: string) => (name === STORED_V4.name ? STORED_V4 : undefined) } as unknown as Store

const ctx: DavContext = {
  store: fakeStore,
  log: silentLogger,
  basePath: '/dav',
  maxResourceSize: 4096,
  user: 'ada@example.com',
  request: new Request('http://127.0.0.1/dav/'),
  url: new URL('http://127.0.0.1/dav/'),
}

const bookTarget: Target = { kind: 'book', book: BOOK }
const cardTarget = (): Target => ({ kind: 'card', book: BOOK, name: 'a.vcf', card: { name: 'a.vcf', uid: 'u1', etag: '"e1"', size: 120, version: '3.0', modifiedAt: Date.UTC(2026, 11, 4, 19, 25, 55) } })

function found(target: Target, names: QName[]): Map<QName, string | undefined> {
  const request: PropRequest = { kind: 'prop', props: names.map((name) => ({ name, node: { name, attributes: {}, children: [], text: '' } })) }
  const propstats = resolveProps(ctx, target, request)
  return new Map(propstats.filter((p) => p.status === 200).flatMap((p) => p.props.map((prop) => [prop.name, prop.xml] as const)))
}

describe('the property table', () => {
  it('derives allprop from the flags and leaves out what RFC 6352 and 6578 exclude', () => {
    const bookAllprop = allpropNames('book')
    expect(bookAllprop).toContain(dav('resourcetype'))
    expect(bookAllprop).toContain(dav('displayname'))
    for (const excluded of [card('supported-address-data'), card('max-resource-size'), card('addressbook-home-set'), dav('sync-token'), card('address-data')]) {
      expect(bookAllprop).not.toContain(excluded)
    }
    expect(allpropNames('principal')).not.toContain(card('addressbook-home-set'))
    expect(allpropNames('card')).toEqual(expect.arrayContaining([dav('getetag'), dav('getcontenttype'), dav('getcontentlength'), dav('getlastmodified')]))
  })

  it('returns allprop values and skips allprop properties the resource lacks', () => {
    const [ok, ...rest] = resolveProps(ctx, bookTarget, { kind: 'allprop', include: [] })
    expect(rest).toEqual([])
    expect(ok?.props.map((p) => p.name)).toEqual([dav('resourcetype'), dav('displayname')])
  })

  it('adds included properties to allprop, with 404 for missing ones', () => {
    const include = [dav('sync-token'), qname('urn:x', 'y')].map((name) => ({ name, node: { name, attributes: {}, children: [], text: '' } }))
    const propstats = resolveProps(ctx, bookTarget, { kind: 'allprop', include })
    expect(propstats.map((p) => p.status)).toEqual([200, 404])
    expect(propstats[0]?.props.map((p) => p.name)).toContain(dav('sync-token'))
    expect(propstats[1]?.props.map((p) => p.name)).toEqual([qname('urn:x', 'y')])
  })

  it('lists names without values for propname', () => {
    const [names] = resolveProps(ctx, cardTarget(), { kind: 'propname' })
    expect(names?.props.every((p) => p.xml === undefined)).toBe(true)
    expect(names?.props.map((p) => p.name)).toEqual(expect.arrayContaining([dav('getetag'), card('address-data'), dav('owner')]))
    expect(names?.props.map((p) => p.name)).not.toContain(dav('sync-token'))
  })

  it('puts the 200 propstat first and answers unknown properties with 404, or omits them when asked', () => {
    const request: PropRequest = { kind: 'prop', props: [qname('http://me.com/_namespace/', 'bulk-requests'), dav('displayname')].map((name) => ({ name, node: { name, attributes: {}, children: [], text: '' } })) }
    expect(resolveProps(ctx, bookTarget, request).map((p) => p.status)).toEqual([200, 404])
    expect(resolveProps(ctx, bookTarget, request, { omitNotFound: true }).map((p) => p.status)).toEqual([200])
  })

  it('knows which properties need card bodies', () => {
    expect(needsBodies({ kind: 'prop', props: [{ name: card('address-data'), node: { name: card('address-data'), attributes: {}, children: [], text: '' } }] })).toBe(true)
    expect(needsBodies({ kind: 'prop', props: [{ name: dav('getetag'), node: { name: dav('getetag'), attributes: {}, children: [], text: '' } }] })).toBe(false)
    expect(needsBodies({ kind: 'allprop', include: [] })).toBe(false)
  })

  it('lets PROPPATCH change only displayname and addressbook-description', () => {
    const writable = [...PROPERTIES.values()].filter((def) => def.toBookChanges).map((def) => def.name)
    expect(writable.sort()).toEqual([card('addressbook-description'), dav('displayname')].sort())
  })
})

describe('property values', () => {
  it('resourcetype per kind', () => {
    const values = (target: Target) => found(target, [dav('resourcetype')]).get(dav('resourcetype'))
    expect(values(bookTarget)).toBe('<d:collection/><card:addressbook/>')
    expect(values({ kind: 'principal', user: 'ada@example.com' })).toBe('<d:collection/><d:principal/>')
    expect(values({ kind: 'home', user: 'ada@example.com' })).toBe('<d:collection/>')
    expect(values(cardTarget())).toBe('')
  })

  it('hrefs carry the base path and the canonical encoding', () => {
    const principal = found({ kind: 'principal', user: 'ada@example.com' }, [card('addressbook-home-set'), dav('principal-URL'), dav('principal-collection-set'), dav('current-user-principal')])
    expect(principal.get(card('addressbook-home-set'))).toBe('<d:href>/dav/addressbooks/ada%40example.com/</d:href>')
    expect(principal.get(dav('principal-URL'))).toBe('<d:href>/dav/principals/ada%40example.com/</d:href>')
    expect(principal.get(dav('principal-collection-set'))).toBe('<d:href>/dav/principals/</d:href>')
    expect(principal.get(dav('current-user-principal'))).toBe('<d:href>/dav/principals/ada%40example.com/</d:href>')
    expect(found(bookTarget, [dav('owner')]).get(dav('owner'))).toBe('<d:href>/dav/principals/ada%40example.com/</d:href>')
  })

  it('escapes the display name', () => {
    expect(found(bookTarget, [dav('displayname')]).get(dav('displayname'))).toBe('LinkedIn &lt;contacts&gt;')
  })

  it('book: sync-token and getctag carry syncId and revision; max size and address data types', () => {
    const values = found(bookTarget, [dav('sync-token'), cs('getctag'), card('max-resource-size'), card('supported-address-data')])
    expect(values.get(dav('sync-token'))).toBe('urn:linkingout:sync:sync-1:5')
    expect(values.get(cs('getctag'))).toBe('urn:linkingout:sync:sync-1:5')
    expect(values.get(card('max-resource-size'))).toBe('4096')
    expect(values.get(card('supported-address-data'))).toBe(
      '<card:address-data-type content-type="text/vcard" version="3.0"/><card:address-data-type content-type="text/vcard" version="4.0"/>',
    )
  })

  it('supported-report-set comes from the report catalog', () => {
    expect(found(bookTarget, [dav('supported-report-set')]).get(dav('supported-report-set'))).toBe(
      '<d:supported-report><d:report><d:sync-collection/></d:report></d:supported-report>' +
        '<d:supported-report><d:report><card:addressbook-multiget/></d:report></d:supported-report>' +
        '<d:supported-report><d:report><card:addressbook-query/></d:report></d:supported-report>',
    )
    expect(found(cardTarget(), [dav('supported-report-set')]).get(dav('supported-report-set'))).not.toContain('sync-collection')
    expect(found({ kind: 'principal', user: 'x' }, [dav('supported-report-set')]).get(dav('supported-report-set'))).toBe('')
  })

  it('current-user-privilege-set: writable book, read-only elsewhere', () => {
    const privileges = (target: Target) => found(target, [dav('current-user-privilege-set')]).get(dav('current-user-privilege-set'))
    expect(privileges(bookTarget)).toBe(
      ['read', 'write', 'write-properties', 'write-content', 'bind', 'unbind'].map((p) => `<d:privilege><d:${p}/></d:privilege>`).join(''),
    )
    expect(privileges({ kind: 'root' })).toBe('<d:privilege><d:read/></d:privilege>')
  })

  it('card: etag, content type, length and RFC 1123 date', () => {
    const values = found(cardTarget(), [dav('getetag'), dav('getcontenttype'), dav('getcontentlength'), dav('getlastmodified')])
    expect(values.get(dav('getetag'))).toBe('"e1"')
    expect(values.get(dav('getcontenttype'))).toBe('text/vcard; charset=utf-8')
    expect(values.get(dav('getcontentlength'))).toBe('120')
    expect(values.get(dav('getlastmodified'))).toBe('Fri, 04 Dec 2026 19:25:55 GMT')
  })

  it('getcontentlength of a vCard 4.0 card is the length of its 3.0 representation', () => {
    const { body: _body, ...meta } = STORED_V4
    const target: Target = { kind: 'card', book: BOOK, name: STORED_V4.name, card: meta }
    const length = Number(found(target, [dav('getcontentlength')]).get(dav('getcontentlength')))
    expect(length).toBe(Buffer.byteLength(cardText(STORED_V4, '3.0')))
    expect(length).not.toBe(STORED_V4.size)
  })

  it('address-data: stored bytes escaped, CR kept as &#13;, control characters stripped', () => {
    const body = 'BEGIN:VCARD\r\nVERSION:3.0\r\nUID:u1\r\nFN:A & B <x>\u0007\r\nEND:VCARD\r\n'
    const target: Target = { kind: 'card', book: BOOK, name: 'a.vcf', card: { name: 'a.vcf', uid: 'u1', etag: '"e1"', size: body.length, version: '3.0', modifiedAt: 0, body } }
    expect(found(target, [card('address-data')]).get(card('address-data'))).toBe(
      'BEGIN:VCARD&#13;\nVERSION:3.0&#13;\nUID:u1&#13;\nFN:A &amp; B &lt;x&gt;&#13;\nEND:VCARD&#13;\n',
    )
  })

  it('properties of other kinds are 404', () => {
    const propstats = resolveProps(ctx, { kind: 'root' }, { kind: 'prop', props: [{ name: dav('getetag'), node: { name: dav('getetag'), attributes: {}, children: [], text: '' } }] })
    expect(propstats.map((p) => p.status)).toEqual([404])
  })
})
