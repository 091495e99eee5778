/**
 * Request bodies → a tree of XmlNodes whose names are resolved Clark names.
 *
 * fast-xml-parser has no namespace support (libraries.md §2), so prefixes are resolved here
 * with a scope chain: default namespaces, nested redeclarations, prefixes declared on the very
 * element that uses them (iOS's `<B:x xmlns:B="…">`). An unbound prefix is a 400.
 * Values are never coerced (parseTagValue/parseAttributeValue off, no trimming), DOCTYPE and
 * ENTITY declarations are refused before parsing, malformed XML is caught by XMLValidator, and
 * numeric character references are decoded by an EntityDecoder with expansion limits.
 */
import { EntityDecoder } from '@nodable/entities'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { DavError } from '../errors.js'
import { qname, type QName } from './names.js'

export interface XmlNode {
  name: QName
  /** Unprefixed attributes by local name; prefixed ones by Clark name. No xmlns declarations. */
  attributes: Record<string, string>
  children: XmlNode[]
  /** Concatenated character data directly inside this element (CDATA included). */
  text: string
}

/** fast-xml-parser's preserveOrder shape: `{ tag: children[], ':@'?: attributes }` or `{ '#text': string }`. */
type RawEntry = Record<string, unknown>

const ATTRIBUTES_KEY = ':@'
const TEXT_KEY = '#text'
const XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace'

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  // Bounded: without a DOCTYPE only the five XML entities and numeric references can occur,
  // each expanding to at most two UTF-16 units; the limits stop anything unexpected.
  entityDecoder: new EntityDecoder({
    limit: { maxTotalExpansions: 200_000, maxExpandedLength: 1_000_000, applyLimitsTo: 'all' },
  }),
})

const badRequest = DavError.badRequest

/** Parses a request body; null when it is empty or whitespace only. */
export function parseXml(body: string): XmlNode | null {
  if (body.trim() === '') return null
  if (/<!DOCTYPE|<!ENTITY/i.test(body)) throw badRequest('DOCTYPE and ENTITY declarations are not accepted')
  const validation = XMLValidator.validate(body)
  if (validation !== true) throw badRequest(`malformed XML (line ${validation.err.line})`)
  // The validator accepts, and the parser silently drops, text after the root element.
  if (!body.trimEnd().endsWith('>')) throw badRequest('text after the root element')
  let entries: RawEntry[]
  try {
    entries = parser.parse(body) as RawEntry[]
  } catch (error) {
    throw badRequest(error instanceof Error ? error.message : 'unparseable XML')
  }
  const roots = entries.filter((entry) => elementTag(entry) !== undefined)
  const root = roots[0]
  if (roots.length !== 1 || !root) throw badRequest('a document needs exactly one root element')
  if (entries.some((entry) => TEXT_KEY in entry && String(entry[TEXT_KEY]).trim() !== '')) {
    throw badRequest('text outside the root element')
  }
  return toNode(root, new Map())
}

/** The tag of an element entry; undefined for text, comments, declarations and PIs. */
function elementTag(entry: RawEntry): string | undefined {
  for (const key of Object.keys(entry)) {
    if (key !== ATTRIBUTES_KEY && key !== TEXT_KEY && !key.startsWith('?') && !key.startsWith('#')) return key
  }
  return undefined
}

type Scope = ReadonlyMap<string, string>

function toNode(entry: RawEntry, parentScope: Scope): XmlNode {
  const tag = elementTag(entry) as string
  const rawAttributes = (entry[ATTRIBUTES_KEY] ?? {}) as Record<string, string>
  const scope = declareNamespaces(rawAttributes, parentScope)
  const node: XmlNode = { name: resolveName(tag, scope, true), attributes: {}, children: [], text: '' }
  for (const [key, value] of Object.entries(rawAttributes)) {
    if (key === 'xmlns' || key.startsWith('xmlns:')) continue
    node.attributes[key.includes(':') ? resolveName(key, scope, false) : key] = value
  }
  for (const child of entry[tag] as RawEntry[]) {
    if (TEXT_KEY in child) node.text += String(child[TEXT_KEY])
    else if (elementTag(child) !== undefined) node.children.push(toNode(child, scope))
  }
  return node
}

function declareNamespaces(attributes: Record<string, string>, parentScope: Scope): Scope {
  let scope: Map<string, string> | undefined
  for (const [key, value] of Object.entries(attributes)) {
    let prefix: string
    if (key === 'xmlns') prefix = ''
    else if (key.startsWith('xmlns:')) prefix = key.slice(6)
    else continue
    if (prefix !== '' && value === '') throw badRequest(`prefix "${prefix}" cannot be undeclared`)
    scope ??= new Map(parentScope)
    scope.set(prefix, value)
  }
  return scope ?? parentScope
}

function resolveName(raw: string, scope: Scope, isElement: boolean): QName {
  const colon = raw.indexOf(':')
  if (colon === -1) return qname(isElement ? (scope.get('') ?? '') : '', raw)
  const prefix = raw.slice(0, colon)
  const local = raw.slice(colon + 1)
  if (local === '' || local.includes(':')) throw badRequest(`invalid name "${raw}"`)
  if (prefix === 'xml') return qname(XML_NAMESPACE, local)
  const namespace = scope.get(prefix)
  if (namespace === undefined) throw badRequest(`unbound namespace prefix "${prefix}"`)
  return qname(namespace, local)
}

/** The element children of `node` with the given name. */
export function childrenNamed(node: XmlNode, name: QName): XmlNode[] {
  return node.children.filter((child) => child.name === name)
}

export function firstChild(node: XmlNode, name: QName): XmlNode | undefined {
  return node.children.find((child) => child.name === name)
}

/** An attribute by local name, ignoring case (vdirsyncer writes `Content-Type`). */
export function attributeIgnoringCase(node: XmlNode, name: string): string | undefined {
  const wanted = name.toLowerCase()
  for (const [key, value] of Object.entries(node.attributes)) if (key.toLowerCase() === wanted) return value
  return undefined
}
