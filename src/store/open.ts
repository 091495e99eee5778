import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs'
import { join } from 'node:path'
import Database, { type Database as SqliteDatabase } from 'better-sqlite3'
import { migrate } from './schema.js'
import { SqliteStore } from './sqlite-store.js'
import type { Store } from './types.js'

/** The database file `openStoreInDirectory` keeps in the data directory. */
export const STORE_FILE_NAME = 'linkingout.sqlite'

export interface StoreOptions {
  /** Clock for created/modified/deleted timestamps (milliseconds since the epoch). */
  now?: () => number
  /**
   * How long a write waits for another process's write lock (an import) before StoreBusyError.
   * The wait blocks the thread, so a server wants it short and retries without blocking; a batch
   * command can afford to wait. Default 5,000 ms.
   */
  busyTimeoutMs?: number
}

const DEFAULT_BUSY_TIMEOUT_MS = 5000

const CONNECTION_PRAGMAS = [
  'journal_mode = WAL',
  'synchronous = NORMAL',
  'foreign_keys = ON',
] as const

/** Names better-sqlite3 treats as in-memory or temporary databases rather than files. */
const NOT_A_FILE = new Set([':memory:', ''])

/** Opens (creating and migrating as needed) the SQLite store in `file`, or ':memory:'. */
export function openSqliteStore(file: string, options: StoreOptions = {}): Store {
  return new SqliteStore(openSqliteDatabase(file, options.busyTimeoutMs), options.now)
}

/**
 * Opens the store in `dataDir/linkingout.sqlite`. A missing directory is created with mode 0700
 * and a missing database file with mode 0600; SQLite gives its -wal and -shm files the mode of
 * the database file. Existing paths keep the modes their owner chose.
 */
export function openStoreInDirectory(dataDir: string, options: StoreOptions = {}): Store {
  if (!existsSync(dataDir)) {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 })
    chmodSync(dataDir, 0o700) // mkdir's mode is filtered by the umask
  }
  return openSqliteStore(join(dataDir, STORE_FILE_NAME), options)
}

/** A connection with the store's pragmas and the current schema. */
export function openSqliteDatabase(file: string, busyTimeoutMs = DEFAULT_BUSY_TIMEOUT_MS): SqliteDatabase {
  if (!NOT_A_FILE.has(file)) createOwnerOnlyFile(file)
  const db = new Database(file, { timeout: busyTimeoutMs })
  try {
    for (const pragma of [`busy_timeout = ${busyTimeoutMs}`, ...CONNECTION_PRAGMAS]) db.pragma(pragma)
    migrate(db)
    return db
  } catch (error) {
    db.close()
    throw error
  }
}

/** Creates `file` empty with mode 0600 unless it exists (SQLite accepts an empty file as a new
 * database), so the contacts are never readable by other users, not even briefly. */
function createOwnerOnlyFile(file: string): void {
  let fd: number
  try {
    fd = openSync(file, 'wx', 0o600)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return
    throw error
  }
  closeSync(fd)
  chmodSync(file, 0o600)
}
