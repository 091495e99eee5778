/** Zips an extracted export folder for tests (entries at the root, or inside the folder's own name). */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { basename, join, relative } from 'node:path'
import yazl from 'yazl'

function files(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? files(path) : [path]
  })
}

export function zipFolder(folder: string, zipPath: string, options: { insideTopFolder?: boolean } = {}): Promise<void> {
  return new Promise((done, fail) => {
    const zip = new yazl.ZipFile()
    for (const file of files(folder)) {
      const entry = relative(folder, file)
      zip.addBuffer(readFileSync(file), options.insideTopFolder ? `${basename(folder)}/${entry}` : entry, { mtime: new Date(2026, 0, 1) })
    }
    zip.end()
    const chunks: Buffer[] = []
    zip.outputStream.on('data', (c: Buffer) => chunks.push(c)).on('error', fail).on('end', () => {
      writeFileSync(zipPath, Buffer.concat(chunks))
      done()
    })
  })
}
