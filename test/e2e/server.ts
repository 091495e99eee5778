/**
 * A real linkingout server for end-to-end tests: the production app (auth, pipeline, DAV) on a
 * real listener at 127.0.0.1 with an ephemeral port, over a SQLite file in a temp data directory.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createApp } from '../../src/http/app.js'
import { hashPassword } from '../../src/http/password.js'
import { listen } from '../../src/http/server.js'
import { importExport, type ImportReport } from '../../src/import/index.js'
import { silentLogger } from '../../src/log.js'
import { openStoreInDirectory, type AddressBook, type Store } from '../../src/store/index.js'

export interface TestServer {
  /** e.g. http://127.0.0.1:41234 (no trailing slash) */
  origin: string
  user: string
  password: string
  dataDir: string
  store: Store
  book: AddressBook
  /** Path of the user's address book, e.g. /addressbooks/alice/linkedin/ */
  bookPath: string
  importExport(path: string, options?: { pruneRemoved?: boolean; restoreDeleted?: boolean; allowOlder?: boolean }): Promise<ImportReport>
  close(): Promise<void>
}

export async function startServer(options: { user?: string; password?: string; basePath?: string } = {}): Promise<TestServer> {
  const user = options.user ?? 'alice'
  const password = options.password ?? 'correct horse battery staple'
  const basePath = options.basePath ?? ''
  const dataDir = mkdtempSync(join(tmpdir(), 'linkingout-e2e-'))
  const store = openStoreInDirectory(dataDir, { busyTimeoutMs: 200 })
  const book = store.ensureBook(user)
  store.setPasswordHash(user, await hashPassword(password))
  const app = createApp({ store, log: silentLogger, basePath, maxResourceSize: 1024 * 1024, maxBodySize: 16 * 1024 * 1024 })
  const server = await listen({ fetch: app.fetch, host: '127.0.0.1', port: 0 })
  return {
    origin: server.url,
    user,
    password,
    dataDir,
    store,
    book,
    bookPath: `${basePath}/addressbooks/${user}/${book.slug}/`,
    importExport: (path, importOptions = {}) => importExport({ store, bookId: book.id, path, ...importOptions }),
    async close() {
      await server.close()
      store.close()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
