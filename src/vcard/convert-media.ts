/**
 * PHOTO / LOGO / SOUND between vCard 3.0 inline base64 (`PHOTO;ENCODING=b;TYPE=JPEG:…`) and
 * vCard 4.0 `data:` URIs (`PHOTO:data:image/jpeg;base64,…`), plus the VALUE=uri difference for
 * linked media (a URI is the 4.0 default, 3.0 needs it said).
 */
import { isInlineBase64, mediaTypeFromTypeParam, parseDataUri } from './decode.js'
import type { VParam, VProperty } from './types.js'

const isNamed = (param: VParam, ...names: string[]): boolean => names.includes(param.name.toUpperCase())

/** File signatures, for inline data whose TYPE names no format. */
const SIGNATURES: ReadonlyArray<{ mediaType: string; bytes: readonly number[] }> = [
  { mediaType: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
  { mediaType: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { mediaType: 'image/gif', bytes: [0x47, 0x49, 0x46, 0x38] },
]

function sniffMediaType(base64: string): string | undefined {
  const head = Buffer.from(base64.slice(0, 8), 'base64')
  return SIGNATURES.find((signature) => signature.bytes.every((byte, index) => head[index] === byte))?.mediaType
}

/** The TYPE parameters minus the first value, which names the inline data's format. */
function withoutFormatType(params: VParam[]): VParam[] {
  let formatSeen = false
  const result: VParam[] = []
  for (const param of params) {
    if (!isNamed(param, 'TYPE') || formatSeen) {
      result.push(param)
      continue
    }
    formatSeen = true
    const rest = param.values.slice(1)
    if (rest.length > 0) result.push({ name: param.name, values: rest })
  }
  return result
}

export function mediaToVersion4(property: VProperty): VProperty {
  if (!isInlineBase64(property)) {
    const params = property.params.filter((param) => !(isNamed(param, 'VALUE') && /^(uri|url)$/i.test(param.values[0] ?? '')))
    return { ...property, params }
  }
  const base64 = property.value.replace(/\s+/g, '')
  const mediaType = mediaTypeFromTypeParam(property) ?? sniffMediaType(base64) ?? 'application/octet-stream'
  const params = withoutFormatType(property.params).filter((param) => !isNamed(param, 'ENCODING', 'VALUE'))
  return { ...property, params, value: `data:${mediaType};base64,${base64}` }
}

export function mediaToVersion3(property: VProperty): VProperty {
  const dataUri = parseDataUri(property.value)
  if (!dataUri) {
    const isUri = /^[a-z][a-z0-9+.-]*:/i.test(property.value)
    const hasValueParam = property.params.some((param) => isNamed(param, 'VALUE'))
    return isUri && !hasValueParam ? { ...property, params: [...property.params, { name: 'VALUE', values: ['uri'] }] } : property
  }
  const format = dataUri.mediaType?.split('/')[1]?.toUpperCase()
  const inline: VParam[] = [{ name: 'ENCODING', values: ['b'] }, ...(format ? [{ name: 'TYPE', values: [format] }] : [])]
  const kept = property.params.filter((param) => !isNamed(param, 'VALUE', 'MEDIATYPE', 'ENCODING'))
  return { ...property, params: [...inline, ...kept], value: Buffer.from(dataUri.data).toString('base64') }
}
