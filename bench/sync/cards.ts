/**
 * The same N cards for every server: a seeded synthetic LinkedIn export, imported into a fresh
 * linkingout data directory through the CLI; the stored bodies are then read back from the store
 * so that the peers get exactly the bytes linkingout serves.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { openStoreInDirectory } from '../../src/store/index.js'
import { createNetwork, renderExport, writeZip } from '../../tools/synthetic-export/index.js'

export const REPO_ROOT = join(import.meta.dirname, '..', '..')
export const LINKINGOUT_BIN = join(REPO_ROOT, 'bin', 'linkingout.js')
export const LINKINGOUT_USER = 'me'

export interface BenchCard {
  /** Member name in the book (`<uuid>.vcf`): the same href segment on every server. */
  name: string
  body: string
}

export interface CardSet {
  size: number
  cards: BenchCard[]
  /** linkingout data directory holding the imported book. */
  linkingoutData: string
  password: string
  /** Wall time of `linkingout import` (a child process). */
  importSeconds: number
}

export function linkingoutCli(args: readonly string[], input?: string): string {
  return execFileSync(process.execPath, [LINKINGOUT_BIN, ...args], { cwd: REPO_ROOT, input, encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'] })
}

export async function prepareCards(workDir: string, size: number): Promise<CardSet> {
  const generated = renderExport(createNetwork({ seed: 1, size, hiddenRate: 0 }), { era: '2026', kind: 'Complete', exportDate: '2026-12-04' })
  const zip = join(workDir, generated.fileName)
  await writeZip(generated, zip)

  const linkingoutData = join(workDir, 'linkingout-data')
  mkdirSync(linkingoutData, { recursive: true })
  const importStarted = performance.now()
  linkingoutCli(['import', zip, '--data', linkingoutData])
  const importSeconds = Math.round((performance.now() - importStarted) / 100) / 10
  const password = `bench-password-${size}`
  linkingoutCli(['user', 'passwd', LINKINGOUT_USER, '--password-stdin', '--data', linkingoutData], `${password}\n`)

  const store = openStoreInDirectory(linkingoutData)
  try {
    const cards = store.allCards(store.ensureBook(LINKINGOUT_USER).id).map(({ name, body }) => ({ name, body }))
    return { size: cards.length, cards, linkingoutData, password, importSeconds }
  } finally {
    store.close()
  }
}
