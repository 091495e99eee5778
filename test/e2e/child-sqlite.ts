/**
 * Looking at a SQLite database from outside the process that writes it: whether some connection
 * holds the write lock right now, and what the write-ahead log holds (frames, commit frames).
 * File format: https://www.sqlite.org/fileformat2.html#walformat
 */
import { existsSync, readFileSync, statSync } from 'node:fs'
import Database from 'better-sqlite3'

/** A connection that asks for the write lock without waiting, and gives it back at once. */
export class WriteLockProbe {
  readonly #db: Database.Database

  constructor(file: string) {
    this.#db = new Database(file, { timeout: 0, fileMustExist: true })
  }

  /** True when another connection holds the write lock (an open write transaction). */
  held(): boolean {
    try {
      this.#db.exec('BEGIN IMMEDIATE')
    } catch (error) {
      if ((error as { code?: string }).code?.startsWith('SQLITE_BUSY')) return true
      throw error
    }
    this.#db.exec('ROLLBACK')
    return false
  }

  close(): void {
    this.#db.close()
  }
}

export function walSize(walFile: string): number {
  return existsSync(walFile) ? statSync(walFile).size : 0
}

export interface WalContents {
  /** Frames of the current WAL generation (salts equal to the header's). */
  frames: number
  /** Frames that end a transaction; frames after the last one belong to no committed transaction. */
  commitFrames: number
  /** Bytes those frames take (frame headers included). */
  frameBytes: number
}

const WAL_MAGIC = new Set([0x377f0682, 0x377f0683])
const WAL_HEADER = 32
const FRAME_HEADER = 24

/** Counts the frames and commit frames of a WAL file (no checksum verification: salts suffice for a
 * log that was created fresh, since every reset of the log draws new salts). */
export function readWal(walFile: string): WalContents {
  const empty = { frames: 0, commitFrames: 0, frameBytes: 0 }
  if (!existsSync(walFile)) return empty
  const wal = readFileSync(walFile)
  if (wal.length < WAL_HEADER || !WAL_MAGIC.has(wal.readUInt32BE(0))) return empty
  const pageSize = wal.readUInt32BE(8)
  const [salt1, salt2] = [wal.readUInt32BE(16), wal.readUInt32BE(20)]
  let frames = 0
  let commitFrames = 0
  for (let at = WAL_HEADER; at + FRAME_HEADER + pageSize <= wal.length; at += FRAME_HEADER + pageSize) {
    if (wal.readUInt32BE(at + 8) !== salt1 || wal.readUInt32BE(at + 12) !== salt2) break
    frames++
    if (wal.readUInt32BE(at + 4) !== 0) commitFrames++
  }
  return { frames, commitFrames, frameBytes: frames * (FRAME_HEADER + pageSize) }
}

/** `PRAGMA integrity_check` on its own connection: 'ok' or the problems found. */
export function integrityCheck(file: string): string {
  const db = new Database(file, { fileMustExist: true })
  try {
    return (db.pragma('integrity_check') as { integrity_check: string }[]).map((row) => row.integrity_check).join('\n')
  } finally {
    db.close()
  }
}
