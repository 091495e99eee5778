import { describe, expect, it } from 'vitest'
import { card, dav } from '../../src/dav/xml/names.js'
import { renderMultistatus, renderResponse, statusLine } from '../../src/dav/xml/multistatus.js'
import { parseMultistatus } from './helpers.js'

describe('statusLine', () => {
  it('writes the exact status lines clients compare', () => {
    expect(statusLine(200)).toBe('HTTP/1.1 200 OK')
    expect(statusLine(404)).toBe('HTTP/1.1 404 Not Found')
    expect(statusLine(507)).toBe('HTTP/1.1 507 Insufficient Storage')
    expect(statusLine(424)).toBe('HTTP/1.1 424 Failed Dependency')
  })
})

describe('renderResponse', () => {
  it('writes prop before status in each propstat, in the given order', () => {
    const xml = renderResponse({
      href: '/a/b%40c.vcf',
      propstats: [
        { status: 200, props: [{ name: dav('getetag'), xml: '"e"' }] },
        { status: 404, props: [{ name: card('max-image-size') }] },
      ],
    })
    expect(xml).toBe(
      '<d:response><d:href>/a/b%40c.vcf</d:href>' +
        '<d:propstat><d:prop><d:getetag>"e"</d:getetag></d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat>' +
        '<d:propstat><d:prop><card:max-image-size/></d:prop><d:status>HTTP/1.1 404 Not Found</d:status></d:propstat>' +
        '</d:response>',
    )
  })

  it('writes a bare status response (tombstone) without propstat', () => {
    expect(renderResponse({ href: '/x.vcf', status: 404 })).toBe('<d:response><d:href>/x.vcf</d:href><d:status>HTTP/1.1 404 Not Found</d:status></d:response>')
  })

  it('escapes hrefs', () => {
    expect(renderResponse({ href: '/a&b', status: 404 })).toContain('<d:href>/a&amp;b</d:href>')
  })

  it('puts a precondition error inside the propstat after the status', () => {
    const xml = renderResponse({ href: '/b/', propstats: [{ status: 403, props: [{ name: dav('getetag') }], error: dav('cannot-modify-protected-property') }] })
    expect(xml).toContain('<d:status>HTTP/1.1 403 Forbidden</d:status><d:error><d:cannot-modify-protected-property/></d:error></d:propstat>')
  })
})

describe('renderMultistatus', () => {
  it('puts the sync-token after every response', () => {
    const text = renderMultistatus([{ href: '/a', status: 404 }, { href: '/b', status: 404 }], 'urn:x:1')
    const parsed = parseMultistatus(text)
    expect(parsed.order).toEqual([dav('response'), dav('response'), dav('sync-token')])
    expect(parsed.syncToken).toBe('urn:x:1')
  })

  it('writes an empty multistatus when there is nothing to report', () => {
    expect(parseMultistatus(renderMultistatus([])).responses).toEqual([])
  })
})

describe('multistatusChunks and streamed 207 bodies', () => {
  it('produce exactly the document renderMultistatus writes, a response at a time', async () => {
    const { multistatusChunks } = await import('../../src/dav/xml/multistatus.js')
    const { multistatusResponse } = await import('../../src/dav/responses.js')
    let rendered = 0
    function* responses() {
      for (let i = 0; i < 5000; i++) {
        rendered++
        yield { href: `/addressbooks/alice/linkedin/${i}.vcf`, status: 404 }
      }
    }
    const whole = renderMultistatus(responses(), 'urn:x:1')
    rendered = 0
    const response = multistatusResponse(multistatusChunks(responses(), 'urn:x:1'))
    expect(rendered).toBe(0)
    expect(response.headers.get('content-length')).toBeNull()
    expect(await response.text()).toBe(whole)
    expect(rendered).toBe(5000)
  })
})
