/**
 * Windows-1252 decoding. Node 20's TextDecoder('windows-1252') decodes as ISO-8859-1, turning
 * bytes 0x80–0x9F (€, curly quotes, dashes, Š, Ž …) into C1 control characters, so those 32
 * bytes are mapped here from the WHATWG table; every other byte equals its Latin-1 code point.
 */

// prettier-ignore
const HIGH_CONTROL_RANGE = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d, 0x017d, 0x008f,
  0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
].map((codePoint) => String.fromCharCode(codePoint))

export function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1')
  return latin1.replace(/[\x80-\x9f]/g, (char) => HIGH_CONTROL_RANGE[char.charCodeAt(0) - 0x80] ?? char)
}
