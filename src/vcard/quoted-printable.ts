/** Quoted-printable decoding (RFC 2045 §6.7) for vCard 2.1 / 3.0 values, with a CHARSET. */
import { TextDecoder } from 'node:util'

interface ByteDecoder {
  decode(bytes: Uint8Array): string
}

/** Windows-1252 octets 0x80–0x9F (0 = unassigned, decoded as the C1 control of that number). */
const WINDOWS_1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
]

/**
 * Node 20's TextDecoder decodes the windows-1252 family (which per WHATWG also covers the
 * ISO-8859-1 and ASCII labels) as plain Latin-1, turning € into U+0080; this table does it right.
 */
const windows1252: ByteDecoder = {
  decode(bytes) {
    let text = ''
    for (const byte of bytes) text += String.fromCharCode(byte >= 0x80 && byte <= 0x9f ? WINDOWS_1252_HIGH[byte - 0x80] || byte : byte)
    return text
  },
}

const decoders = new Map<string, ByteDecoder>()

/** A decoder for the CHARSET label; unknown labels fall back to UTF-8. */
function decoderFor(charset: string): ByteDecoder {
  const key = charset.toLowerCase()
  let decoder = decoders.get(key)
  if (!decoder) {
    let textDecoder: TextDecoder
    try {
      textDecoder = new TextDecoder(key)
    } catch {
      textDecoder = new TextDecoder('utf-8')
    }
    decoder = textDecoder.encoding === 'windows-1252' ? windows1252 : textDecoder
    decoders.set(key, decoder)
  }
  return decoder
}

const hexValue = (code: number): number => {
  if (code >= 0x30 && code <= 0x39) return code - 0x30
  const lower = code | 0x20
  return lower >= 0x61 && lower <= 0x66 ? lower - 0x61 + 10 : -1
}

/**
 * Decodes `=XX` octets with `charset` (default UTF-8) and removes soft line breaks (`=` before a
 * line break or at the very end). A `=` not followed by two hex digits is kept as a literal `=`.
 * Characters above U+007F (already decoded text) are kept as they are.
 */
export function decodeQuotedPrintable(value: string, charset = 'utf-8'): string {
  const decoder = decoderFor(charset)
  let text = ''
  let octets: number[] = []
  const flush = (): void => {
    if (octets.length === 0) return
    text += decoder.decode(Uint8Array.from(octets))
    octets = []
  }
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    if (code === 0x3d) {
      const rest = value.slice(index + 1, index + 3)
      const softBreak = /^(\r\n|\r|\n)/.exec(rest)
      if (softBreak) {
        index += softBreak[0].length
        continue
      }
      if (index === value.length - 1) continue
      const high = hexValue(value.charCodeAt(index + 1))
      const low = hexValue(value.charCodeAt(index + 2))
      if (high >= 0 && low >= 0) {
        octets.push(high * 16 + low)
        index += 2
        continue
      }
      octets.push(code)
    } else if (code < 0x80) {
      octets.push(code)
    } else {
      flush()
      text += value[index]
    }
  }
  flush()
  return text
}
