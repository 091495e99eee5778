/**
 * XML output as string templates (libraries.md §2: about 18x faster than XMLBuilder). Our own
 * namespaces use the fixed prefixes d:, card: and cs:, declared once on the root; a name in any
 * other namespace (an unknown property a client asked for) declares its namespace on itself.
 */
import { OUTPUT_PREFIXES, splitQName, type QName } from './names.js'

export const XML_DECLARATION = '<?xml version="1.0" encoding="utf-8"?>\n'

const PREFIX_OF = new Map<string, string>(OUTPUT_PREFIXES.map(([prefix, namespace]) => [namespace, prefix]))
const ROOT_DECLARATIONS = OUTPUT_PREFIXES.map(([prefix, namespace]) => ` xmlns:${prefix}="${namespace}"`).join('')

interface TagParts {
  /** `<p:local` plus any namespace declaration the element needs. */
  open: string
  /** `p:local`, for the end tag. */
  tag: string
}

const tagCache = new Map<QName, TagParts>()

function tagParts(name: QName): TagParts {
  let parts = tagCache.get(name)
  if (parts) return parts
  const { namespace, local } = splitQName(name)
  const prefix = PREFIX_OF.get(namespace)
  if (prefix !== undefined) parts = { open: `<${prefix}:${local}`, tag: `${prefix}:${local}` }
  else if (namespace === '') parts = { open: `<${local}`, tag: local }
  else parts = { open: `<x:${local} xmlns:x="${escapeAttribute(namespace)}"`, tag: `x:${local}` }
  tagCache.set(name, parts)
  return parts
}

const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#13;' }
const ATTRIBUTE_ESCAPES: Record<string, string> = { ...TEXT_ESCAPES, '"': '&quot;' }
// The escaped characters plus those XML 1.0 cannot carry at all (which are dropped).
const TEXT_SPECIALS = /[&<>\r\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/
const ATTRIBUTE_SPECIALS = /[&<>\r"\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/
const TEXT_SPECIALS_ALL = new RegExp(TEXT_SPECIALS.source, 'g')
const ATTRIBUTE_SPECIALS_ALL = new RegExp(ATTRIBUTE_SPECIALS.source, 'g')

/**
 * Escapes character data. CR becomes `&#13;` so that CRLF survives the receiver's XML parser;
 * characters XML 1.0 cannot carry are dropped, so no stored text can make a response invalid.
 */
export function escapeText(text: string): string {
  return TEXT_SPECIALS.test(text) ? text.replace(TEXT_SPECIALS_ALL, (c) => TEXT_ESCAPES[c] ?? '') : text
}

export function escapeAttribute(text: string): string {
  return ATTRIBUTE_SPECIALS.test(text) ? text.replace(ATTRIBUTE_SPECIALS_ALL, (c) => ATTRIBUTE_ESCAPES[c] ?? '') : text
}

/** One element. `content` is already-serialised XML; empty or absent content gives `<p:x/>`. */
export function element(name: QName, content?: string, attributes?: Readonly<Record<string, string>>): string {
  const { open, tag } = tagParts(name)
  let attributeText = ''
  if (attributes) for (const [key, value] of Object.entries(attributes)) attributeText += ` ${key}="${escapeAttribute(value)}"`
  return content ? `${open}${attributeText}>${content}</${tag}>` : `${open}${attributeText}/>`
}

/** A whole document: declaration, then the root element carrying every fixed prefix. */
export function xmlDocument(root: QName, content: string): string {
  const { open, tag } = tagParts(root)
  return content
    ? `${XML_DECLARATION}${open}${ROOT_DECLARATIONS}>${content}</${tag}>`
    : `${XML_DECLARATION}${open}${ROOT_DECLARATIONS}/>`
}
