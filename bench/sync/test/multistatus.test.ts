import { describe, expect, it } from 'vitest'
import { decodeText, hrefPath, parseMultistatus, propText } from '../multistatus.js'

// Shapes seen from the three servers (client-traces and local runs), trimmed to two members.
const RADICALE_SYNC = `<?xml version='1.0' encoding='utf-8'?>
<multistatus xmlns="DAV:"><sync-token>http://radicale.org/ns/sync/5461</sync-token><response><href>/bench/book/a.vcf</href><propstat><prop><getetag>"90a2"</getetag></prop><status>HTTP/1.1 200 OK</status></propstat><propstat><prop><resourcetype /></prop><status>HTTP/1.1 404 Not Found</status></propstat></response><response><href>/bench/book/b.vcf</href><status>HTTP/1.1 404 Not Found</status></response></multistatus>`

const XANDIKOS_MULTIGET = `<ns0:multistatus xmlns:ns0="DAV:" xmlns:ns1="urn:ietf:params:xml:ns:carddav"><ns0:response><ns0:href>http://127.0.0.1:8080/user/contacts/addressbook/a%20b.vcf</ns0:href><ns0:propstat><ns0:status>HTTP/1.1 200 OK</ns0:status><ns0:prop><ns0:getetag>"c3ee"</ns0:getetag><ns1:address-data>BEGIN:VCARD&#13;
FN:Ann &amp; Bo &lt;x&gt;&#13;
END:VCARD&#13;
</ns1:address-data></ns0:prop></ns0:propstat></ns0:response></ns0:multistatus>`

const LINKINGOUT_CAPABILITIES = `<d:multistatus xmlns:d="DAV:" xmlns:card="urn:ietf:params:xml:ns:carddav"><d:response><d:href>/addressbooks/me/linkedin/</d:href><d:propstat><d:prop><d:supported-report-set><d:supported-report><d:report><d:sync-collection/></d:report></d:supported-report></d:supported-report-set><d:sync-token>urn:x:sync:1</d:sync-token></d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response></d:multistatus>`

describe('parseMultistatus', () => {
  it('reads a default-namespace sync-collection answer with the token before the responses', () => {
    const parsed = parseMultistatus(RADICALE_SYNC)
    expect(parsed.syncToken).toBe('http://radicale.org/ns/sync/5461')
    expect(parsed.entries.map((e) => e.path)).toEqual(['/bench/book/a.vcf', '/bench/book/b.vcf'])
    const [changed, removed] = parsed.entries
    expect(changed!.status).toBeNull()
    expect(propText(changed!, 'getetag')).toBe('"90a2"')
    expect(propText(changed!, 'resourcetype')).toBeNull()
    expect(removed!.status).toBe(404)
  })

  it('reads ns0: prefixes, status before prop, absolute and percent-encoded hrefs, and entities', () => {
    const [entry] = parseMultistatus(XANDIKOS_MULTIGET).entries
    expect(entry!.path).toBe('/user/contacts/addressbook/a b.vcf')
    expect(propText(entry!, 'getetag')).toBe('"c3ee"')
    expect(propText(entry!, 'address-data')).toBe('BEGIN:VCARD\r\nFN:Ann & Bo <x>\r\nEND:VCARD\r\n')
  })

  it('keeps a property token inside the response apart from a top-level one', () => {
    const parsed = parseMultistatus(LINKINGOUT_CAPABILITIES)
    expect(parsed.syncToken).toBeNull()
    expect(propText(parsed.entries[0]!, 'sync-token')).toBe('urn:x:sync:1')
    expect(parsed.entries[0]!.props.get('supported-report-set')!.inner).toContain('sync-collection')
  })
})

describe('text helpers', () => {
  it('decodes numeric, hex and named entities and CDATA', () => {
    expect(decodeText('&#x41;&#66;&quot;&apos;<![CDATA[<raw&>]]>&unknown;')).toBe('AB"\'<raw&>&unknown;')
  })

  it('reduces absolute hrefs to their path', () => {
    expect(hrefPath('https://example.org:8443/dav/x.vcf')).toBe('/dav/x.vcf')
    expect(hrefPath('/dav/%40x.vcf')).toBe('/dav/@x.vcf')
  })
})
