/**
 * Text → VCard[] for vCard 2.1, 3.0 and 4.0. Lossless: every property keeps its exact source text
 * (`raw`), so `serializeVCard` gives back the input bytes (with CRLF line breaks).
 */
import { parseContentLine } from './content-line.js'
import { hasParamValue } from './lookup.js'
import { PhysicalLines } from './physical-lines.js'
import { VCardSyntaxError, type VCard } from './types.js'

const isBeginLine = (line: string): boolean => line.length >= 11 && /^begin:vcard[ \t]*$/i.test(line)
const isEndLine = (line: string): boolean => line.length >= 9 && /^end:vcard[ \t]*$/i.test(line)

/** True when the (possibly still incomplete) logical line is a quoted-printable property. */
function isQuotedPrintable(logicalLine: string, lineNumber: number): boolean {
  if (!/quoted-printable/i.test(logicalLine)) return false
  try {
    return hasParamValue(parseContentLine(logicalLine, lineNumber), 'ENCODING', 'QUOTED-PRINTABLE')
  } catch {
    return false
  }
}

interface LogicalLine {
  /** Unfolded text (folds and quoted-printable soft breaks removed). */
  text: string
  raw: string
  /** 1-based number of its first physical line. */
  lineNumber: number
  /** Index of the physical line after it. */
  next: number
}

/**
 * Joins the physical line at `first` with its continuations: a line starting with SPACE or TAB
 * (fold: that one character is dropped), or, for a quoted-printable value, any line after one
 * ending in `=` (soft break: the `=` is dropped). Whitespace-only lines never extend BEGIN/END.
 */
function readLogicalLine(lines: PhysicalLines, first: number): LogicalLine {
  const lineNumber = first + 1
  let text = lines.line(first)
  let quotedPrintable: boolean | undefined
  let index = first + 1
  for (; index < lines.count; index++) {
    const softBreak = lines.endsWith(index - 1, '=') && (quotedPrintable ??= isQuotedPrintable(text, lineNumber))
    if (lines.isContinuation(index)) {
      if (lines.isBlank(index) && (isEndLine(text) || isBeginLine(text))) break
      text = (softBreak ? text.slice(0, -1) : text) + lines.line(index).slice(1)
    } else if (softBreak && !isEndLine(lines.line(index))) {
      text = text.slice(0, -1) + lines.line(index)
    } else {
      break
    }
  }
  const raw = index === first + 1 ? text : lines.span(first, index - 1)
  return { text, raw, lineNumber, next: index }
}

function lineBreakAfter(lines: PhysicalLines, index: number): VCard['lineBreak'] {
  const lineBreak = lines.breakAfter(index)
  return lineBreak === '\n' || lineBreak === '\r' ? lineBreak : '\r\n'
}

/** A parsed card with the line its BEGIN:VCARD was on (for error messages). */
interface LocatedCard {
  card: VCard
  beginLine: number
}

function parseLocatedCards(input: string): LocatedCard[] {
  const lines = new PhysicalLines(input.charCodeAt(0) === 0xfeff ? input.slice(1) : input)
  const cards: LocatedCard[] = []
  let open: LocatedCard | undefined
  let index = 0
  while (index < lines.count) {
    if (lines.isBlank(index)) {
      index++
      continue
    }
    const logical = readLogicalLine(lines, index)
    const physicalIndex = index
    index = logical.next
    if (!open) {
      if (!isBeginLine(logical.text)) {
        throw new VCardSyntaxError('expected BEGIN:VCARD; text outside a vCard is not allowed', logical.lineNumber)
      }
      const card: VCard = { version: '', properties: [], beginRaw: logical.raw, lineBreak: lineBreakAfter(lines, physicalIndex) }
      open = { card, beginLine: logical.lineNumber }
    } else if (isEndLine(logical.text)) {
      open.card.endRaw = logical.raw
      cards.push(open)
      open = undefined
    } else if (isBeginLine(logical.text)) {
      throw new VCardSyntaxError(`BEGIN:VCARD inside the vCard that begins on line ${open.beginLine} (missing END:VCARD)`, logical.lineNumber)
    } else {
      const property = parseContentLine(logical.text, logical.lineNumber, logical.raw)
      if (open.card.version === '' && property.name.toUpperCase() === 'VERSION') open.card.version = property.value.trim()
      open.card.properties.push(property)
    }
  }
  if (open) throw new VCardSyntaxError('missing END:VCARD for the vCard that begins here', open.beginLine)
  if (cards.length === 0) throw new VCardSyntaxError('no BEGIN:VCARD found', 1)
  return cards
}

/** Parses every vCard in `text` (vCard 2.1, 3.0 or 4.0; CRLF, LF or CR line breaks). */
export function parseVCards(text: string): VCard[] {
  return parseLocatedCards(text).map((located) => located.card)
}

/** Parses text that must hold exactly one vCard. */
export function parseVCard(text: string): VCard {
  const cards = parseLocatedCards(text)
  const [first, second] = cards
  if (second) throw new VCardSyntaxError(`expected exactly one vCard, found ${cards.length}`, second.beginLine)
  if (!first) throw new VCardSyntaxError('no BEGIN:VCARD found', 1)
  return first.card
}
