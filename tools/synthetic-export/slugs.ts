/**
 * Vanity slugs in the shapes of linkedin-export.md §4.1: `first-last`, `firstlast`,
 * `first-last-<hex 6–9>`, `first-l-<9 digits>`; a few percent-encoded (non-ASCII kept, encoded with
 * encodeURIComponent, which writes upper-case hex like LinkedIn) and a few with upper-case letters.
 */
import type { Rng } from './prng.js'
import type { InventedName } from './names.js'
import { pickEmoji } from './names.js'

const TRANSLITERATION: Readonly<Record<string, string>> = {
  ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ș: 's', ț: 't',
}

/** Drops `(nickname)`, `, PhD`-style credentials and emoji: what LinkedIn leaves out of a slug. */
function coreOf(namePart: string): string {
  return namePart.replace(/\([^)]*\)/g, ' ').split(',')[0]!.replace(/[^\p{L}\p{N}\s'’-]/gu, ' ')
}

/** Lower-case ASCII words of a name part (accents folded, apostrophes dropped). */
export function asciiTokens(namePart: string): string[] {
  const folded = coreOf(namePart)
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\x00-\x7f]/g, (ch) => TRANSLITERATION[ch] ?? '')
    .replace(/['’]/g, '')
  return folded.split(/[^a-z0-9]+/).filter((token) => token.length > 0)
}

/** Lower-case Unicode words of a name part, for the percent-encoded slugs. */
function unicodeTokens(namePart: string): string[] {
  return coreOf(namePart)
    .toLowerCase()
    .normalize('NFC')
    .replace(/['’]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((token) => token.length > 0)
}

type Shape = 'first-last' | 'firstlast' | 'first-last-hex' | 'first-l-digits'
const SHAPES: readonly (readonly [Shape, number])[] = [
  ['first-last', 0.35],
  ['firstlast', 0.12],
  ['first-last-hex', 0.48],
  ['first-l-digits', 0.05],
]

interface Tokens {
  first: string[]
  last: string[]
}

const BUILD: Record<Shape, (rng: Rng, t: Tokens) => string> = {
  'first-last': (_rng, t) => [...t.first, ...t.last].join('-'),
  firstlast: (_rng, t) => [...t.first, ...t.last].join(''),
  'first-last-hex': (rng, t) => [...t.first, ...t.last, rng.hex(rng.int(6, 9))].join('-'),
  'first-l-digits': (rng, t) => [...t.first, (t.last[0] ?? 'x').slice(0, 1), String(rng.int(100_000_000, 999_999_999))].join('-'),
}

const capitalise = (token: string) => token.charAt(0).toUpperCase() + token.slice(1)

/** Remembers every slug handed out, compared the way an importer would (decoded, lower-case). */
export class SlugRegistry {
  private readonly taken = new Set<string>()

  static keyOf(slug: string): string {
    return decodeURIComponent(slug).normalize('NFC').toLowerCase()
  }

  has(slug: string): boolean {
    return this.taken.has(SlugRegistry.keyOf(slug))
  }

  add(slug: string): void {
    const key = SlugRegistry.keyOf(slug)
    if (this.taken.has(key)) throw new RangeError(`slug already in use: ${slug}`)
    this.taken.add(key)
  }

  release(slug: string): void {
    this.taken.delete(SlugRegistry.keyOf(slug))
  }
}

export type SlugStyle = 'plain' | 'uppercase' | 'encoded'

/** Invents a free slug for the name and records it in the registry. */
export function inventSlug(rng: Rng, name: InventedName, registry: SlugRegistry, style: SlugStyle): string {
  let slug = style === 'encoded' ? encodedCandidate(rng, name) : asciiCandidate(rng, name, style)
  while (slug === '' || registry.has(slug)) {
    slug = withHexSuffix(rng, name, style)
  }
  registry.add(slug)
  return slug
}

function tokensOf(name: InventedName): Tokens {
  const first = asciiTokens(name.firstName)
  const last = asciiTokens(name.lastName)
  return first.length + last.length === 0 ? { first: ['member'], last: [] } : { first, last }
}

function asciiCandidate(rng: Rng, name: InventedName, style: SlugStyle): string {
  const tokens = tokensOf(name)
  if (style === 'uppercase') {
    const upper = { first: tokens.first.map(capitalise), last: tokens.last.map(capitalise) }
    return rng.chance(0.5) ? BUILD.firstlast(rng, upper) : BUILD['first-last'](rng, upper)
  }
  return BUILD[rng.weighted(SHAPES)](rng, tokens)
}

function encodedCandidate(rng: Rng, name: InventedName): string {
  const words = [...unicodeTokens(name.firstName), ...unicodeTokens(name.lastName)]
  if (rng.chance(0.25)) words.push(pickEmoji(rng))
  if (rng.chance(0.5)) words.push(rng.hex(rng.int(6, 9)))
  return encodeURIComponent(words.join('-'))
}

function withHexSuffix(rng: Rng, name: InventedName, style: SlugStyle): string {
  if (style === 'encoded') {
    const words = [...unicodeTokens(name.firstName), ...unicodeTokens(name.lastName), rng.hex(rng.int(6, 9))]
    return encodeURIComponent(words.join('-'))
  }
  const tokens = tokensOf(name)
  const shaped = style === 'uppercase' ? { first: tokens.first.map(capitalise), last: tokens.last.map(capitalise) } : tokens
  return BUILD['first-last-hex'](rng, shaped)
}

/** The profile URL as Connections, messages, Invitations and Notes write it. */
export function profileUrl(slug: string): string {
  return `https://www.linkedin.com/in/${slug}`
}

/** The scheme-less, raw-Unicode form of the endorsement files. */
export function endorsementUrl(slug: string): string {
  return `www.linkedin.com/in/${decodeURIComponent(slug)}`
}
