/** Writes test exports (zips via yazl, or folders) into a fresh directory under os.tmpdir(). */
import { createWriteStream } from 'node:fs'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { ZipFile } from 'yazl'

export type ExportFiles = Record<string, string | Buffer>

export interface TempDir {
  path: string
  file(name: string, content: string | Buffer): Promise<string>
  zip(name: string, files: ExportFiles, options?: { compress?: boolean; directories?: string[] }): Promise<string>
  folder(name: string, files: ExportFiles): Promise<string>
  remove(): Promise<void>
}

export async function makeTempDir(): Promise<TempDir> {
  const root = await mkdtemp(join(tmpdir(), 'linkingout-import-'))
  const file = async (name: string, content: string | Buffer): Promise<string> => {
    const target = join(root, name)
    await mkdir(dirname(target), { recursive: true })
    await writeFile(target, content)
    return target
  }
  return {
    path: root,
    file,
    zip: async (name, files, options = {}) => {
      const target = join(root, name)
      const zip = new ZipFile()
      for (const directory of options.directories ?? []) zip.addEmptyDirectory(directory)
      for (const [path, content] of Object.entries(files)) {
        zip.addBuffer(Buffer.isBuffer(content) ? content : Buffer.from(content), path, { compress: options.compress ?? true })
      }
      zip.end()
      await new Promise<void>((resolve, reject) => {
        zip.outputStream.pipe(createWriteStream(target)).on('close', resolve).on('error', reject)
      })
      return target
    },
    folder: async (name, files) => {
      const target = join(root, name)
      await mkdir(target, { recursive: true })
      for (const [path, content] of Object.entries(files)) await file(join(name, path), content)
      return target
    },
    remove: () => rm(root, { recursive: true, force: true }),
  }
}
