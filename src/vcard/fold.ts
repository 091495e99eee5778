/**
 * Line folding (RFC 6350 §3.2, RFC 2426 §2.6): at most 75 octets of UTF-8 per physical line,
 * continuation lines start with one SPACE, which counts toward their 75. Folds fall on code-point
 * boundaries, and where possible not in front of a combining mark or inside a ZWJ sequence.
 */

export const MAX_LINE_OCTETS = 75
const FOLD = '\r\n '

/** Code points that extend the preceding character into one grapheme. */
const GRAPHEME_EXTENDER = /^[\p{M}\u200D\u{1F3FB}-\u{1F3FF}]$/u
const ZERO_WIDTH_JOINER = 0x200d

function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff
}

/** UTF-16 units taken by the code point starting at `index`. */
function codePointUnits(text: string, index: number): 1 | 2 {
  return isHighSurrogate(text.charCodeAt(index)) && isLowSurrogate(text.charCodeAt(index + 1)) ? 2 : 1
}

/** Octets of the code point starting at `index` (a lone surrogate is written as U+FFFD: 3). */
function codePointOctets(text: string, index: number): number {
  const unit = text.charCodeAt(index)
  if (unit < 0x80) return 1
  if (unit < 0x800) return 2
  return codePointUnits(text, index) === 2 ? 4 : 3
}

function previousCodePointStart(text: string, index: number): number {
  return index >= 2 && isLowSurrogate(text.charCodeAt(index - 1)) && isHighSurrogate(text.charCodeAt(index - 2))
    ? index - 2
    : index - 1
}

/** True when breaking the line right before `index` would split a grapheme. */
function splitsGrapheme(text: string, index: number): boolean {
  const next = text.codePointAt(index)
  const previous = text.codePointAt(previousCodePointStart(text, index))
  if (previous === ZERO_WIDTH_JOINER) return true
  return next !== undefined && GRAPHEME_EXTENDER.test(String.fromCodePoint(next))
}

/** Moves a break back to a grapheme boundary, unless that would leave the line empty. */
function graphemeSafeBreak(text: string, lineStart: number, breakAt: number): number {
  let candidate = breakAt
  while (candidate > lineStart && splitsGrapheme(text, candidate)) {
    candidate = previousCodePointStart(text, candidate)
  }
  return candidate > lineStart ? candidate : breakAt
}

/** Folds one unfolded content line; the result has no final line break. */
export function foldContentLine(line: string): string {
  // No UTF-16 unit encodes to more than 3 octets, so a line this short always fits.
  if (line.length * 3 <= MAX_LINE_OCTETS) return line
  const pieces: string[] = []
  let lineStart = 0
  let octets = 0
  let limit = MAX_LINE_OCTETS
  let index = 0
  while (index < line.length) {
    const size = codePointOctets(line, index)
    if (octets + size > limit) {
      const breakAt = graphemeSafeBreak(line, lineStart, index)
      pieces.push(line.slice(lineStart, breakAt))
      lineStart = breakAt
      index = breakAt
      octets = 0
      limit = MAX_LINE_OCTETS - 1
      continue
    }
    octets += size
    index += codePointUnits(line, index)
  }
  if (pieces.length === 0) return line
  pieces.push(line.slice(lineStart))
  return pieces.join(FOLD)
}
