/**
 * Hand-built zip bytes for hostile archives that yazl refuses to write: traversal names, lying
 * sizes, encrypted flags, odd compression methods, and deflate bombs that cost almost nothing to
 * build. No CRC is computed (yauzl does not check it).
 */
import { constants, deflateRawSync } from 'node:zlib'

export interface RawZipEntry {
  /** Written byte for byte (a string is UTF-8 and sets the UTF-8 flag). */
  name: string | Buffer
  /** Plain content; deflated unless `method` is 0. */
  content?: Buffer | string
  /** Already-encoded entry data, used as is (overrides `content`). */
  data?: Buffer
  method?: number
  /** Uncompressed size written into both headers; defaults to the real size. */
  declaredSize?: number
  flags?: number
}

const UTF8_FLAG = 0x800

export function buildZip(entries: readonly RawZipEntry[]): Buffer {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const entry of entries) {
    const name = typeof entry.name === 'string' ? Buffer.from(entry.name, 'utf8') : entry.name
    const method = entry.method ?? 8
    const plain = typeof entry.content === 'string' ? Buffer.from(entry.content) : (entry.content ?? Buffer.alloc(0))
    const data = entry.data ?? (method === 8 ? deflateRawSync(plain) : plain)
    const size = entry.declaredSize ?? plain.length
    const flags = entry.flags ?? (typeof entry.name === 'string' ? UTF8_FLAG : 0)

    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(flags, 6)
    local.writeUInt16LE(method, 8)
    local.writeUInt32LE(0, 14)
    local.writeUInt32LE(data.length, 18)
    local.writeUInt32LE(size, 22)
    local.writeUInt16LE(name.length, 26)
    locals.push(local, name, data)

    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(20, 4)
    central.writeUInt16LE(20, 6)
    central.writeUInt16LE(flags, 8)
    central.writeUInt16LE(method, 10)
    central.writeUInt32LE(0, 16)
    central.writeUInt32LE(data.length, 20)
    central.writeUInt32LE(size, 24)
    central.writeUInt16LE(name.length, 28)
    central.writeUInt32LE(offset, 42)
    centrals.push(central, name)
    offset += local.length + name.length + data.length
  }
  const centralDirectory = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(entries.length, 8)
  end.writeUInt16LE(entries.length, 10)
  end.writeUInt32LE(centralDirectory.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, centralDirectory, end])
}

/**
 * A raw deflate stream of `mebibytes` MiB of zeros, built from one fully flushed 16 MiB block
 * repeated, so a 1 GiB bomb costs about 1 MB and a few milliseconds to make.
 */
export function zeroBomb(mebibytes: number): Buffer {
  const blockMiB = 16
  const block = deflateRawSync(Buffer.alloc(blockMiB * 1024 * 1024), { finishFlush: constants.Z_FULL_FLUSH })
  const finalEmptyBlock = Buffer.from([0x03, 0x00])
  return Buffer.concat([...Array.from({ length: Math.ceil(mebibytes / blockMiB) }, () => block), finalEmptyBlock])
}
