import { describe, expect, it } from 'vitest'
import { card, cs, dav } from '../../src/dav/xml/names.js'
import { parseMultistatus, propText, requestBody, responseFor, useDav } from './helpers.js'

const BOOK = '/addressbooks/alice/linkedin/'
const update = (content: string) =>
  `<?xml version="1.0" encoding="utf-8"?><D:propertyupdate xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:carddav" xmlns:CS="http://calendarserver.org/ns/">${content}</D:propertyupdate>`

describe('PROPPATCH', () => {
  const server = useDav()

  it('sets the book display name and description, keeping whitespace as sent', async () => {
    const response = await server.request('PROPPATCH', BOOK, {
      body: update('<D:set><D:prop><D:displayname>  Work &amp; Friends 007 </D:displayname><C:addressbook-description>From LinkedIn</C:addressbook-description></D:prop></D:set>'),
    })
    expect(response.status).toBe(207)
    const result = responseFor(parseMultistatus(response.text), BOOK)
    expect(result.propstatStatuses).toEqual([200])
    expect(server.book()).toMatchObject({ displayName: '  Work & Friends 007 ', description: 'From LinkedIn' })
    const shown = responseFor(parseMultistatus((await server.request('PROPFIND', BOOK, { body: '<propfind xmlns="DAV:"><prop><displayname/></prop></propfind>', headers: { Depth: '0' } })).text), BOOK)
    expect(propText(shown, dav('displayname'))).toBe('  Work & Friends 007 ')
  })

  it('removes the description', async () => {
    server.store.updateBook(server.book().id, { description: 'old' })
    await server.request('PROPPATCH', BOOK, { body: update('<D:remove><D:prop><C:addressbook-description/></D:prop></D:remove>') })
    expect(server.book().description).toBe('')
  })

  it('refuses protected properties with 403 cannot-modify-protected-property, answers the rest 424 and changes nothing', async () => {
    const before = server.book()
    const response = await server.request('PROPPATCH', BOOK, {
      body: update(
        '<D:set><D:prop><D:displayname>New name</D:displayname><D:resourcetype><D:collection/></D:resourcetype><D:getetag>"x"</D:getetag>' +
          '<D:sync-token>urn:x</D:sync-token><CS:getctag>1</CS:getctag><C:supported-address-data/><C:max-resource-size>1</C:max-resource-size></D:prop></D:set>',
      ),
    })
    expect(response.status).toBe(207)
    const result = responseFor(parseMultistatus(response.text), BOOK)
    for (const name of [dav('resourcetype'), dav('getetag'), dav('sync-token'), cs('getctag'), card('supported-address-data'), card('max-resource-size')]) {
      expect(result.props.get(name)?.status, name).toBe(403)
    }
    expect(result.errors).toEqual([dav('cannot-modify-protected-property')])
    expect(result.props.get(dav('displayname'))?.status).toBe(424)
    expect(server.book()).toEqual(before)
  })

  it('answers a property we keep nowhere with a plain 403', async () => {
    const response = await server.request('PROPPATCH', BOOK, { body: update('<D:set><D:prop><X:color xmlns:X="urn:example:x">red</X:color></D:prop></D:set>') })
    const result = responseFor(parseMultistatus(response.text), BOOK)
    expect(result.propstatStatuses).toEqual([403])
    expect(result.errors).toEqual([])
  })

  it('stores the iOS/macOS me-card set on the home, shows it, and clears it', async () => {
    const home = '/addressbooks/alice/'
    const response = await server.request('PROPPATCH', home, { body: requestBody('ios-me-card-proppatch.xml', { book: BOOK }) })
    expect(response.status).toBe(207)
    expect(responseFor(parseMultistatus(response.text), home).propstatStatuses).toEqual([200])
    expect(server.store.getUser('alice')?.meCard).toBe('ios-1.vcf')
    const meCardOf = async () => {
      const shown = await server.request('PROPFIND', home, { body: '<propfind xmlns="DAV:" xmlns:CS="http://calendarserver.org/ns/"><prop><CS:me-card/></prop></propfind>', headers: { Depth: '0' } })
      return responseFor(parseMultistatus(shown.text), home).props.get(cs('me-card'))
    }
    expect((await meCardOf())?.status).toBe(200)
    expect(await server.request('PROPFIND', home, { body: '<propfind xmlns="DAV:" xmlns:CS="http://calendarserver.org/ns/"><prop><CS:me-card/></prop></propfind>', headers: { Depth: '0' } }).then((r) => r.text)).toContain(`<d:href>${BOOK}ios-1.vcf</d:href>`)
    await server.request('PROPPATCH', home, { body: update('<D:remove><D:prop><CS:me-card/></D:prop></D:remove>') })
    expect(server.store.getUser('alice')?.meCard).toBeNull()
    expect((await meCardOf())?.status).toBe(404)
  })

  it('refuses a me-card that is not one of the user\'s cards with 409, changing nothing', async () => {
    const home = '/addressbooks/alice/'
    const response = await server.request('PROPPATCH', home, { body: update('<D:set><D:prop><CS:me-card><D:href>/addressbooks/bob/linkedin/x.vcf</D:href></CS:me-card></D:prop></D:set>') })
    expect(responseFor(parseMultistatus(response.text), home).props.get(cs('me-card'))?.status).toBe(409)
    expect(server.store.getUser('alice')?.meCard).toBeNull()
  })

  it('treats the display name as protected anywhere but on the book', async () => {
    const response = await server.request('PROPPATCH', '/principals/alice/', { body: update('<D:set><D:prop><D:displayname>x</D:displayname></D:prop></D:set>') })
    expect(responseFor(parseMultistatus(response.text), '/principals/alice/').props.get(dav('displayname'))?.status).toBe(403)
  })

  it('answers a body that is not a propertyupdate with 400', async () => {
    expect((await server.request('PROPPATCH', BOOK, { body: '<propfind xmlns="DAV:"/>' })).status).toBe(400)
    expect((await server.request('PROPPATCH', BOOK, { body: update('') })).status).toBe(400)
    expect((await server.request('PROPPATCH', BOOK)).status).toBe(400)
  })
})
