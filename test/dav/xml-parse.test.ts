import { describe, expect, it } from 'vitest'
import { DavError } from '../../src/dav/errors.js'
import { card, cs, dav, NS, qname } from '../../src/dav/xml/names.js'
import { attributeIgnoringCase, parseXml, type XmlNode } from '../../src/dav/xml/parse.js'

function parse(body: string): XmlNode {
  const node = parseXml(body)
  if (!node) throw new Error('empty')
  return node
}

function names(node: XmlNode): string[] {
  return node.children.map((child) => child.name)
}

function statusOf(body: string): number | undefined {
  try {
    parseXml(body)
    return undefined
  } catch (error) {
    if (error instanceof DavError) return error.status
    throw error
  }
}

describe('parseXml namespaces (libraries.md §2 variants)', () => {
  it('resolves D:/C:/CS: prefixes', () => {
    const root = parse(
      `<D:propfind xmlns:D="DAV:" xmlns:C="${NS.card}" xmlns:CS="${NS.cs}"><D:prop><D:getetag/><C:address-data/><CS:getctag/></D:prop></D:propfind>`,
    )
    expect(root.name).toBe(dav('propfind'))
    expect(names(root.children[0] as XmlNode)).toEqual([dav('getetag'), card('address-data'), cs('getctag')])
  })

  it('resolves a default namespace with a nested default namespace for carddav', () => {
    const root = parse(`<propfind xmlns="DAV:"><prop><getetag/><address-data xmlns="${NS.card}"><prop name="FN"/></address-data><displayname/></prop></propfind>`)
    const prop = root.children[0] as XmlNode
    expect(names(prop)).toEqual([dav('getetag'), card('address-data'), dav('displayname')])
    expect((prop.children[1] as XmlNode).children[0]?.name).toBe(card('prop'))
  })

  it('resolves iOS style prefixes declared on the child element that uses them', () => {
    const root = parse(
      `<A:propfind xmlns:A="DAV:"><A:prop><B:addressbook-home-set xmlns:B="${NS.card}"/><C:email-address-set xmlns:C="${NS.cs}"/><A:displayname/></A:prop></A:propfind>`,
    )
    expect(names(root.children[0] as XmlNode)).toEqual([card('addressbook-home-set'), cs('email-address-set'), dav('displayname')])
  })

  it('keeps same-named elements of different namespaces apart (collision)', () => {
    const root = parse(`<D:prop xmlns:D="DAV:" xmlns:X="http://example.com/ns"><D:displayname/><X:displayname/></D:prop>`)
    expect(names(root)).toEqual([dav('displayname'), qname('http://example.com/ns', 'displayname')])
  })

  it('follows a prefix rebound to another namespace (rebinding)', () => {
    const root = parse(`<D:prop xmlns:D="DAV:"><D:getetag/><D:getetag xmlns:D="http://evil.example/"/><D:getetag/></D:prop>`)
    expect(names(root)).toEqual([dav('getetag'), qname('http://evil.example/', 'getetag'), dav('getetag')])
  })

  it('gives unprefixed elements without a default namespace the empty namespace', () => {
    expect(parse('<a><b/></a>').children[0]?.name).toBe(qname('', 'b'))
  })

  it('refuses an unbound prefix with 400', () => {
    expect(statusOf('<D:propfind><D:prop/></D:propfind>')).toBe(400)
    expect(statusOf('<propfind xmlns="DAV:"><x:prop/></propfind>')).toBe(400)
  })

  it('drops xmlns declarations from attributes and keeps the others', () => {
    const root = parse(`<C:address-data xmlns:C="${NS.card}" Content-Type="text/vcard" version="4.0"/>`)
    expect(root.attributes).toEqual({ 'Content-Type': 'text/vcard', version: '4.0' })
    expect(attributeIgnoringCase(root, 'content-type')).toBe('text/vcard')
  })
})

describe('parseXml safety and validity', () => {
  it('returns null for an empty or blank body', () => {
    expect(parseXml('')).toBeNull()
    expect(parseXml(' \r\n ')).toBeNull()
  })

  it('refuses DOCTYPE and ENTITY declarations with 400 before parsing', () => {
    expect(statusOf('<!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>')).toBe(400)
    expect(statusOf('<?xml version="1.0"?><!doctype a><a/>')).toBe(400)
    expect(statusOf('<a><!ENTITY x SYSTEM "file:///etc/passwd"></a>')).toBe(400)
  })

  it('refuses malformed XML with 400', () => {
    expect(statusOf('<a><b></a>')).toBe(400)
    expect(statusOf('<propfind xmlns="DAV:"><prop>')).toBe(400)
    expect(statusOf('not xml at all')).toBe(400)
  })

  it('refuses several root elements and text after the root', () => {
    expect(statusOf('<a/><b/>')).toBe(400)
    expect(statusOf('<a/>text')).toBe(400)
  })

  it('decodes numeric character references and the XML entities exactly once', () => {
    const root = parse('<a xmlns="DAV:">caf&#xE9; &#233; &#x1F600; &lt;&amp;&gt; &amp;amp; &#13;</a>')
    expect(root.text).toBe('café é 😀 <&> &amp; \r')
  })

  it('decodes references in attribute values', () => {
    expect(parse('<a t="x &amp; &#xE9;"/>').attributes.t).toBe('x & é')
  })

  it('does not coerce values: numbers, booleans and whitespace stay as written', () => {
    const root = parse('<limit xmlns="DAV:"><nresults>010</nresults><flag>true</flag><name>  My Book &lt;1&gt;  </name></limit>')
    expect(root.children.map((child) => child.text)).toEqual(['010', 'true', '  My Book <1>  '])
  })

  it('reads CDATA sections as text', () => {
    expect(parse('<a><![CDATA[x<y&z]]></a>').text).toBe('x<y&z')
  })
})
