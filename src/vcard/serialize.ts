/** VCard → text. The one place that writes content lines. */
import { foldContentLine } from './fold.js'
import type { VCard, VParam, VProperty } from './types.js'

const CRLF = '\r\n'

/** RFC 6868: a DQUOTE or line break cannot appear literally in a parameter value. */
function caretEncodeUnsafe(value: string): string {
  return /["\r\n]/.test(value) ? value.replace(/\r\n|[\r\n]/g, '^n').replace(/"/g, "^'") : value
}

/** TYPE items are written unquoted even with a comma inside: `TYPE=work,home` means the same. */
function formatParamValue(value: string, paramName: string): string {
  const safe = caretEncodeUnsafe(value)
  const special = paramName.toUpperCase() === 'TYPE' ? /[:;]/ : /[:;,]/
  return special.test(safe) ? `"${safe}"` : safe
}

function formatParam(param: VParam): string {
  const [onlyValue] = param.values
  if (param.bare && param.values.length === 1 && onlyValue !== undefined) return onlyValue
  return `${param.name}=${param.values.map((value) => formatParamValue(value, param.name)).join(',')}`
}

/** The unfolded content line `group.NAME;P=a,b;Q="x;y":value`; the value is written as is. */
export function formatContentLine(property: VProperty): string {
  let line = property.group ? `${property.group}.${property.name}` : property.name
  for (const param of property.params) line += `;${formatParam(param)}`
  return `${line}:${property.value}`
}

/** Source text with any line break (only folds can occur in it) written as CRLF. */
function withCrlf(raw: string): string {
  return /\r(?!\n)|(?<!\r)\n/.test(raw) ? raw.replace(/\r\n|\r|\n/g, CRLF) : raw
}

function propertyText(property: VProperty): string {
  return property.raw === undefined ? foldContentLine(formatContentLine(property)) : withCrlf(property.raw)
}

/**
 * Writes a card with CRLF line breaks. Parsed properties are written verbatim from `raw`, so an
 * unchanged card gives back its source bytes; new or changed properties are formatted and folded.
 */
export function serializeVCard(card: VCard): string {
  const lines = [card.beginRaw === undefined ? 'BEGIN:VCARD' : withCrlf(card.beginRaw)]
  for (const property of card.properties) lines.push(propertyText(property))
  lines.push(card.endRaw === undefined ? 'END:VCARD' : withCrlf(card.endRaw))
  return lines.join(CRLF) + CRLF
}
