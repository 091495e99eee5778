/**
 * What a phone does to a card before it PUTs it back: the card's text as lines, lines added before
 * END:VCARD or replaced, written with CRLF the way iOS sends it. Also the lines an iPhone adds for
 * a mobile number, a home address and a small photo (base64, folded at 75 octets).
 */
import type { DAVVCard } from 'tsdav'

/** The content lines of a card as tsdav holds it (physical lines, folding kept). */
export function cardLines(card: DAVVCard): string[] {
  return String(card.data).replace(/\r\n?/g, '\n').replace(/\n+$/, '').split('\n')
}

/** The card with `added` inserted just before END:VCARD, and `replace` applied to every line. */
export function editedCard(card: DAVVCard, edit: { added?: readonly string[]; replace?: (line: string) => string }): DAVVCard {
  const lines = cardLines(card).map(edit.replace ?? ((line) => line))
  const end = lines.lastIndexOf('END:VCARD')
  if (end < 0) throw new Error(`no END:VCARD in ${card.url}`)
  lines.splice(end, 0, ...(edit.added ?? []))
  return { ...card, data: lines.join('\r\n') + '\r\n' }
}

/** A line folded as iOS folds it: at most 75 octets per physical line, continuations start with a space. */
export function foldAscii(line: string): string[] {
  const lines = [line.slice(0, 75)]
  for (let at = 75; at < line.length; at += 74) lines.push(' ' + line.slice(at, at + 74))
  return lines
}

/** A few hundred bytes that look like a tiny JPEG (deterministic, not a real picture). */
export function tinyJpegBase64(seed: number, size = 420): string {
  const bytes = Buffer.alloc(size)
  Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00]).copy(bytes)
  let state = seed >>> 0 || 1
  for (let i = 11; i < size - 2; i++) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0
    bytes[i] = state >>> 24
  }
  bytes[size - 2] = 0xff
  bytes[size - 1] = 0xd9
  return bytes.toString('base64')
}

/** The lines an iPhone writes for a mobile number, a home address and a photo. */
export function iphoneAdditions(seed: number): string[] {
  return [
    `TEL;type=CELL;type=VOICE;type=pref:+44 7700 900${String(100 + seed).padStart(3, '0')}`,
    `item3.ADR;type=HOME;type=pref:;;${seed} Example Road;Springfield;;12345;Exampleland`,
    'item3.X-ABLabel:_$!<Home>!$_',
    ...foldAscii(`PHOTO;ENCODING=b;TYPE=JPEG:${tinyJpegBase64(seed)}`),
  ]
}

/** True when `lines` occur in `card`, consecutively and byte for byte (line ends aside). */
export function containsLines(card: DAVVCard, lines: readonly string[]): boolean {
  const all = cardLines(card)
  const start = all.indexOf(lines[0] ?? '')
  return start >= 0 && lines.every((line, i) => all[start + i] === line)
}
