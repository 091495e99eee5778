import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, describe, expect, it } from 'vitest'
import {
  StoreBusyError,
  openSqliteStore,
  openStoreInDirectory,
  STORE_FILE_NAME,
  StoreError,
} from '../../src/store/index.js'
import { openSqliteDatabase } from '../../src/store/open.js'
import { type Migration, MIGRATIONS, migrate, schemaVersion } from '../../src/store/schema.js'
import type { SqliteStore } from '../../src/store/sqlite-store.js'
import { storeContract } from './contract.js'
import { cardInput, edited, names } from './fixtures.js'

const tempRoot = mkdtempSync(join(tmpdir(), 'linkingout-store-'))
afterAll(() => rmSync(tempRoot, { recursive: true, force: true }))

let fileCounter = 0
const tempFile = () => join(tempRoot, `store-${++fileCounter}.sqlite`)
const modeOf = (path: string) => statSync(path).mode & 0o777

storeContract('sqlite :memory:', ({ now }) => openSqliteStore(':memory:', { now }))
storeContract('sqlite file', ({ now }) => openSqliteStore(tempFile(), { now }))

describe('sqlite store: schema migrations', () => {
  it('brings a new file to the current schema version and applies nothing when reopened', () => {
    const file = tempFile()
    openSqliteStore(file).close()
    const reopened = new Database(file)
    expect(schemaVersion(reopened)).toBe(MIGRATIONS.length)
    expect(migrate(reopened)).toBe(0)
    reopened.close()
  })

  it('keeps the data of a database made by the first schema through every later step', () => {
    const file = tempFile()
    const old = new Database(file)
    migrate(old, MIGRATIONS.slice(0, 1))
    old.exec(`INSERT INTO users (name, password_hash, created_at) VALUES ('alice', NULL, 1);
      INSERT INTO books (owner, slug, sync_id, display_name, description, created_at) VALUES ('alice', 'linkedin', 's', 'LinkedIn', '', 1);
      INSERT INTO identity_keys (book_id, key, name) VALUES (1, 'slug:ada', 'a.vcf'), (1, 'name:ada|example|', 'a.vcf');`)
    old.close()
    const store = openSqliteStore(file)
    const book = store.getBook('alice', 'linkedin')!
    expect(store.runImport(book.id, (session) => [...session.identityKeys()])).toEqual([['name:ada|example|', 'a.vcf'], ['slug:ada', 'a.vcf']])
    expect(store.getUser('alice')?.meCard).toBeNull()
    store.close()
  })

  it('applies each step once, in order, and nothing again on reopen', () => {
    const file = tempFile()
    const calls: string[] = []
    const step = (label: string): Migration => (db) => {
      calls.push(label)
      db.exec(`CREATE TABLE ${label} (x)`)
    }
    const first = new Database(file)
    expect(migrate(first, [step('a'), step('b')])).toBe(2)
    first.close()
    const second = new Database(file)
    expect(migrate(second, [step('a'), step('b')])).toBe(0)
    expect(migrate(second, [step('a'), step('b'), step('c')])).toBe(1)
    expect(calls).toEqual(['a', 'b', 'c'])
    expect(schemaVersion(second)).toBe(3)
    second.close()
  })

  it('rolls a failing step back whole and keeps the version before it', () => {
    const db = new Database(':memory:')
    const failing: Migration = (d) => {
      d.exec('CREATE TABLE half_done (x)')
      throw new Error('step failed')
    }
    expect(() => migrate(db, [(d) => d.exec('CREATE TABLE done (x)'), failing])).toThrow('step failed')
    expect(schemaVersion(db)).toBe(1)
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all()
    expect(tables).toEqual(['done'])
    db.close()
  })

  it('refuses a database written by a newer schema', () => {
    const file = tempFile()
    const db = new Database(file)
    db.pragma(`user_version = ${MIGRATIONS.length + 1}`)
    db.close()
    expect(() => openSqliteStore(file)).toThrow(StoreError)
    expect(() => openSqliteStore(file)).toThrow(/newer than this linkingout supports/)
  })
})

describe('sqlite store: files', () => {
  it('keeps everything across close and reopen', () => {
    const file = tempFile()
    const store = openSqliteStore(file)
    const book = store.ensureBook('alice')
    store.putCard(book.id, cardInput(1))
    store.putCard(book.id, cardInput(2))
    store.deleteCard(book.id, cardInput(2).name)
    store.close()

    const reopened = openSqliteStore(file)
    expect(reopened.ensureBook('alice')).toEqual({ ...book, revision: 3 })
    expect(reopened.getCard(book.id, cardInput(1).name)?.body).toBe(cardInput(1).body)
    expect(reopened.changesSince(book.id, { revision: 1 }).deleted).toEqual([cardInput(2).name])
    reopened.close()
  })

  it('sets WAL, synchronous NORMAL, foreign keys and a 5 s busy timeout on every connection', () => {
    const db = openSqliteDatabase(tempFile())
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(db.pragma('synchronous', { simple: true })).toBe(1)
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1)
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000)
    db.close()
  })

  it('creates the data directory 0700 and the database, -wal and -shm files 0600', () => {
    const dataDir = join(tempRoot, 'fresh', 'data')
    const store = openStoreInDirectory(dataDir)
    const book = store.ensureBook('alice')
    store.putCard(book.id, cardInput(1))
    const file = join(dataDir, STORE_FILE_NAME)
    expect(modeOf(dataDir)).toBe(0o700)
    expect(modeOf(file)).toBe(0o600)
    for (const suffix of ['-wal', '-shm']) {
      expect(existsSync(file + suffix)).toBe(true)
      expect(modeOf(file + suffix)).toBe(0o600)
    }
    store.close()
  })

  it('opens an existing data directory and database again', () => {
    const dataDir = join(tempRoot, 'again')
    const first = openStoreInDirectory(dataDir)
    const book = first.ensureBook('alice')
    first.putCard(book.id, cardInput(1))
    first.close()
    const second = openStoreInDirectory(dataDir)
    expect(names(second.listCards(book.id))).toEqual([cardInput(1).name])
    second.close()
  })

  it('leaves a file untouched when an import throws, as seen after reopening', () => {
    const file = tempFile()
    const store = openSqliteStore(file)
    const book = store.ensureBook('alice')
    expect(() =>
      store.runImport(book.id, (session) => {
        for (let n = 0; n < 50; n++) session.writeCard({ ...cardInput(n), base: cardInput(n).body })
        session.recordImport({ exportDate: '2026-04-12', sourceName: 'x.zip', startedAt: 1, finishedAt: 2, report: '{}' })
        throw new Error('abort')
      }),
    ).toThrow('abort')
    store.close()
    const reopened = openSqliteStore(file)
    expect(reopened.listCards(book.id)).toEqual([])
    expect(reopened.importHistory(book.id)).toEqual([])
    expect(reopened.ensureBook('alice').revision).toBe(0)
    reopened.close()
  })
})

describe('sqlite store: two connections on one file', () => {
  it('a reader sees the state before an import until it commits, then the state after', () => {
    const file = tempFile()
    const writer = openSqliteStore(file)
    const reader = openSqliteStore(file)
    const book = writer.ensureBook('alice')
    writer.putCard(book.id, cardInput(1))

    writer.runImport(book.id, (session) => {
      session.writeCard({ ...cardInput(2), base: cardInput(2).body })
      session.writeCard({ ...edited(cardInput(1), 'import'), base: 'base' })
      expect(names(reader.listCards(book.id))).toEqual([cardInput(1).name])
      expect(reader.getCard(book.id, cardInput(1).name)?.body).toBe(cardInput(1).body)
      expect(reader.getBook('alice', 'linkedin')?.revision).toBe(1)
      expect(reader.changesSince(book.id, { revision: 1 }).changed).toEqual([])
    })

    expect(names(reader.listCards(book.id))).toEqual([cardInput(1).name, cardInput(2).name])
    expect(reader.getCard(book.id, cardInput(1).name)?.body).toBe(edited(cardInput(1), 'import').body)
    expect(names(reader.changesSince(book.id, { revision: 1 }).changed)).toEqual([cardInput(1).name, cardInput(2).name])
    writer.close()
    reader.close()
  })

  it('holds the write lock for the whole import, so another writer waits and then gives up with StoreBusyError', () => {
    const file = tempFile()
    const importer = openSqliteStore(file)
    const client = openSqliteStore(file) as SqliteStore
    const book = importer.ensureBook('alice')
    client.database.pragma('busy_timeout = 50')
    importer.runImport(book.id, (session) => {
      session.writeCard({ ...cardInput(1), base: cardInput(1).body })
      expect(() => client.putCard(book.id, cardInput(2))).toThrow(StoreBusyError)
    })
    expect(client.putCard(book.id, cardInput(2)).created).toBe(true)
    expect(names(client.listCards(book.id))).toEqual([cardInput(1).name, cardInput(2).name])
    importer.close()
    client.close()
  })
})
