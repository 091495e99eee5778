/**
 * Bytes of a LinkedIn CSV to text. LinkedIn writes UTF-8 without BOM; the exceptions are the
 * legacy UTF-16LE files of 2022 (BOM FF FE) and Excel re-saves (UTF-8 BOM, or Windows-1252).
 */

import { decodeWindows1252 } from './windows-1252.js'

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252'

export interface DecodedText {
  text: string
  encoding: TextEncodingName
}

const BOMS: readonly { bytes: readonly number[]; encoding: TextEncodingName }[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
]

/** How many leading bytes are inspected when looking for BOM-less UTF-16. */
const UTF16_SNIFF_BYTES = 4096

export function decodeCsvBytes(bytes: Uint8Array): DecodedText {
  const bom = BOMS.find((candidate) => candidate.bytes.every((byte, i) => bytes[i] === byte))
  const body = bom === undefined ? bytes : bytes.subarray(bom.bytes.length)
  const encoding = bom?.encoding ?? sniffUtf16(body)
  if (encoding === 'utf-16le' || encoding === 'utf-16be') return { text: decode(encoding, body), encoding }
  try {
    return { text: decode('utf-8', body, true), encoding: 'utf-8' }
  } catch {
    return { text: decodeWindows1252(body), encoding: 'windows-1252' }
  }
}

function decode(encoding: 'utf-8' | 'utf-16le' | 'utf-16be', body: Uint8Array, fatal = false): string {
  // ignoreBOM keeps TextDecoder from eating a second BOM; the real one was already removed above.
  return new TextDecoder(encoding, { fatal, ignoreBOM: true }).decode(body)
}

/**
 * Text that is mostly ASCII has a NUL in every other byte when it is UTF-16: the odd bytes for
 * little-endian, the even ones for big-endian. Real UTF-8 or Windows-1252 CSVs contain no NULs.
 */
function sniffUtf16(body: Uint8Array): TextEncodingName | undefined {
  const length = Math.min(body.length, UTF16_SNIFF_BYTES) & ~1
  if (length < 2) return undefined
  let evenNuls = 0
  let oddNuls = 0
  for (let i = 0; i < length; i += 2) {
    if (body[i] === 0) evenNuls += 1
    if (body[i + 1] === 0) oddNuls += 1
  }
  const characters = length / 2
  if (oddNuls > characters / 2 && evenNuls < oddNuls / 8) return 'utf-16le'
  if (evenNuls > characters / 2 && oddNuls < evenNuls / 8) return 'utf-16be'
  return undefined
}
