/** Decoded views of a property's value: text, structured components, binary data. */
import { decodeQuotedPrintable } from './quoted-printable.js'
import { hasParamValue, paramValues } from './lookup.js'
import { splitList, splitStructured, unescapeText } from './text.js'
import type { VProperty } from './types.js'

export function isQuotedPrintable(property: VProperty): boolean {
  return hasParamValue(property, 'ENCODING', 'QUOTED-PRINTABLE')
}

/**
 * The value with its transfer encoding removed but still text-escaped: quoted-printable decoded
 * with its CHARSET (default UTF-8), line breaks inside it turned into LF.
 */
export function transferDecodedValue(property: VProperty): string {
  if (!isQuotedPrintable(property)) return property.value
  const [charset] = paramValues(property, 'CHARSET')
  return decodeQuotedPrintable(property.value, charset).replace(/\r\n?/g, '\n')
}

/** The property's text: transfer encoding decoded, then unescaped. */
export function propertyText(property: VProperty): string {
  return unescapeText(transferDecodedValue(property))
}

/** Components split on `;`, each split on `,`, all decoded and unescaped (N, ADR, ORG…). */
export function propertyComponents(property: VProperty): string[][] {
  return splitStructured(transferDecodedValue(property)).map((component) => splitList(component).map(unescapeText))
}

export interface BinaryData {
  data: Uint8Array
  mediaType?: string
}

/** The media type family of a vCard 3.0 `TYPE=JPEG`-style format name, by property. */
const MEDIA_FAMILY: Readonly<Record<string, string>> = { PHOTO: 'image', LOGO: 'image', SOUND: 'audio' }

function base64Bytes(base64: string): Uint8Array {
  const buffer = Buffer.from(base64.replace(/\s+/g, ''), 'base64')
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength)
}

function percentDecodedBytes(text: string): Uint8Array {
  const bytes: number[] = []
  const encoder = new TextEncoder()
  for (let index = 0; index < text.length; index++) {
    const hex = text.slice(index + 1, index + 3)
    if (text[index] === '%' && /^[0-9a-fA-F]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16))
      index += 2
    } else {
      const codePoint = text.codePointAt(index) ?? 0
      const char = String.fromCodePoint(codePoint)
      bytes.push(...encoder.encode(char))
      index += char.length - 1
    }
  }
  return Uint8Array.from(bytes)
}

export interface DataUri {
  mediaType?: string
  data: Uint8Array
}

/** Parses `data:[<media type>][;params][;base64],<data>` (RFC 2397). */
export function parseDataUri(uri: string): DataUri | undefined {
  if (!/^data:/i.test(uri)) return undefined
  const comma = uri.indexOf(',')
  if (comma < 0) return undefined
  const meta = uri.slice(5, comma).split(';')
  const isBase64 = meta.length > 1 && meta[meta.length - 1]?.toLowerCase() === 'base64'
  const payload = uri.slice(comma + 1)
  const data = isBase64 ? base64Bytes(payload) : percentDecodedBytes(payload)
  const mediaType = meta[0]?.trim().toLowerCase()
  return mediaType ? { mediaType, data } : { data }
}

/** `image/jpeg` for PHOTO;TYPE=JPEG, the value itself when it already is a media type. */
export function mediaTypeFromTypeParam(property: VProperty): string | undefined {
  const [format] = paramValues(property, 'TYPE')
  if (!format) return undefined
  if (format.includes('/')) return format.toLowerCase()
  const family = MEDIA_FAMILY[property.name.toUpperCase()]
  return family ? `${family}/${format.toLowerCase()}` : undefined
}

export function isInlineBase64(property: VProperty): boolean {
  return paramValues(property, 'ENCODING').some((encoding) => /^(b|base64)$/i.test(encoding))
}

/**
 * Binary content of a property: inline base64 (`ENCODING=b` / `ENCODING=BASE64`, vCard 2.1 bare
 * `BASE64` too) or a vCard 4.0 `data:` URI. Undefined for anything else (e.g. an http URL).
 */
export function decodeBinary(property: VProperty): BinaryData | undefined {
  if (isInlineBase64(property)) {
    const data = base64Bytes(property.value)
    const mediaType = mediaTypeFromTypeParam(property)
    return mediaType ? { data, mediaType } : { data }
  }
  const dataUri = parseDataUri(property.value)
  if (!dataUri) return undefined
  const mediaType = dataUri.mediaType ?? paramValues(property, 'MEDIATYPE')[0]?.toLowerCase()
  return mediaType ? { data: dataUri.data, mediaType } : { data: dataUri.data }
}
