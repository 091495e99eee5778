/**
 * Client writes while an import in another process holds SQLite's write lock. The store waits
 * only briefly (its wait blocks the whole server), so the write is retried here without blocking,
 * until the import commits or our patience runs out (then 503 with Retry-After, see errors.ts).
 */
import { StoreBusyError } from '../store/errors.js'

const PATIENCE_MS = 30_000
const PAUSE_MS = 100

export async function writeWhenNotBusy<T>(write: () => T, patienceMs = PATIENCE_MS): Promise<T> {
  const giveUpAt = Date.now() + patienceMs
  for (;;) {
    try {
      return write()
    } catch (error) {
      if (!(error instanceof StoreBusyError) || Date.now() >= giveUpAt) throw error
    }
    await new Promise((resume) => setTimeout(resume, PAUSE_MS))
  }
}
