import { describe, expect, it } from 'vitest'
import { element, escapeAttribute, escapeText, XML_DECLARATION, xmlDocument } from '../../src/dav/xml/build.js'
import { card, cs, dav, qname } from '../../src/dav/xml/names.js'
import { parseXml } from '../../src/dav/xml/parse.js'

describe('escaping', () => {
  it('escapes &, < and > in text, and CR as a character reference', () => {
    expect(escapeText('a & b <c> d\r\n')).toBe('a &amp; b &lt;c&gt; d&#13;\n')
  })

  it('drops characters XML 1.0 cannot carry', () => {
    expect(escapeText('a\u0000b\u0007c\u001Fd\uFFFEe\tf\ng')).toBe('abcde\tf\ng')
    expect(escapeAttribute('x\u0001"y')).toBe('x&quot;y')
  })

  it('leaves text without special characters untouched', () => {
    expect(escapeText('Ada Example, ü 😀')).toBe('Ada Example, ü 😀')
  })

  it('also escapes double quotes in attributes', () => {
    expect(escapeAttribute('say "hi" & <go>')).toBe('say &quot;hi&quot; &amp; &lt;go&gt;')
  })

  it('survives a round trip through the parser', () => {
    const text = 'x & y <z> "q"\r\nline2'
    expect(parseXml(`<a t="${escapeAttribute(text)}">${escapeText(text)}</a>`)?.text).toBe(text)
  })
})

describe('element', () => {
  it('uses the fixed prefixes of our namespaces', () => {
    expect(element(dav('getetag'), '"x"')).toBe('<d:getetag>"x"</d:getetag>')
    expect(element(card('addressbook'))).toBe('<card:addressbook/>')
    expect(element(cs('getctag'), '1')).toBe('<cs:getctag>1</cs:getctag>')
  })

  it('writes an empty element for empty content', () => {
    expect(element(dav('resourcetype'), '')).toBe('<d:resourcetype/>')
  })

  it('declares a foreign namespace on the element itself', () => {
    expect(element(qname('http://me.com/_namespace/', 'bulk-requests'))).toBe('<x:bulk-requests xmlns:x="http://me.com/_namespace/"/>')
  })

  it('writes an element in no namespace without a prefix', () => {
    expect(element(qname('', 'plain'), 'v')).toBe('<plain>v</plain>')
  })

  it('escapes attribute values', () => {
    expect(element(card('address-data-type'), undefined, { 'content-type': 'a"b', version: '3.0' })).toBe(
      '<card:address-data-type content-type="a&quot;b" version="3.0"/>',
    )
  })
})

describe('xmlDocument', () => {
  it('starts with the declaration and declares d:, card: and cs: on the root', () => {
    const text = xmlDocument(dav('multistatus'), element(dav('response')))
    expect(text.startsWith(XML_DECLARATION)).toBe(true)
    expect(text).toContain(
      '<d:multistatus xmlns:d="DAV:" xmlns:card="urn:ietf:params:xml:ns:carddav" xmlns:cs="http://calendarserver.org/ns/">',
    )
    expect(parseXml(text)?.children[0]?.name).toBe(dav('response'))
  })

  it('writes an empty root as a self-closing element', () => {
    expect(xmlDocument(dav('multistatus'), '')).toMatch(/<d:multistatus [^>]*\/>$/)
  })
})
