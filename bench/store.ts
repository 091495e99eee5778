/**
 * Measures the store alone at LinkedIn scale (30,000 connections) on a real file:
 * `node --import tsx bench/store.ts`. Prints one JSON line per operation.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { openStoreInDirectory } from '../src/store/index.js'
import { vcardBody } from '../test/store/fixtures.js'

const CARDS = 30_000
const tempRoot = mkdtempSync(join(tmpdir(), 'linkingout-perf-'))

/** A card of about 800 bytes, shaped like an imported connection. */
function connectionCard(i: number) {
  const hex = i.toString(16).padStart(12, '0')
  const uid = `urn:uuid:5f0c2b9e-1d3a-5c4e-9a7b-${hex}`
  const body = vcardBody(uid, `Given${i} Family${i}`, [
    `ORG:Example Widgets ${i % 500} Ltd.`,
    'TITLE:Senior Product Engineer, Platform Reliability',
    `URL:https://www.linkedin.com/in/given${i}-family${i}`,
    `X-SOCIALPROFILE;TYPE=linkedin:https://www.linkedin.com/in/given${i}-family${i}`,
    'CATEGORIES:LinkedIn',
    `NOTE:Connected on 12 Apr 2021.\\nInvitation: Hi\\, it was great meeting you at the meetup on ${i % 28 + 1} March.`,
    '  Recommendation: a thoughtful colleague who ships reliable systems and mentors others.',
    `ADR;TYPE=WORK:;;${i % 900} Example Street;Springfield;;${10000 + (i % 89999)};Exampleland`,
    `X-LINKEDIN-ENDORSEMENTS:Distributed Systems\, Site Reliability\, TypeScript (${i % 40} endorsements)`,
    'PRODID:-//linkingout//EN',
    'REV:2026-04-12',
  ])
  return { name: `${uid.slice('urn:uuid:'.length)}.vcf`, uid, body, version: '3.0' as const, base: body }
}

function timed<T>(label: string, fn: () => T): T {
  const start = performance.now()
  const result = fn()
  console.log(JSON.stringify({ benchmark: 'store', operation: label, ms: +(performance.now() - start).toFixed(1) }))
  return result
}

function check(count: number): void {
  if (count !== CARDS) throw new Error(`expected ${CARDS}, got ${count}`)
}

const cards = Array.from({ length: CARDS }, (_, i) => connectionCard(i))
const averageSize = cards.reduce((sum, c) => sum + Buffer.byteLength(c.body), 0) / CARDS
console.log(JSON.stringify({ benchmark: 'store', averageCardBytes: Math.round(averageSize) }))

const store = openStoreInDirectory(join(tempRoot, 'data'))
const book = store.ensureBook('alice')
const created = timed(`runImport writing ${CARDS} cards into an empty file store`, () =>
  store.runImport(book.id, (session) => cards.filter((card) => session.writeCard(card) === 'created').length),
)
check(created)
const unchanged = timed(`runImport of the same ${CARDS} cards again (all unchanged)`, () =>
  store.runImport(book.id, (session) => cards.filter((card) => session.writeCard(card) === 'unchanged').length),
)
check(unchanged)

check(timed(`listCards of ${CARDS}`, () => store.listCards(book.id)).length)
const names = cards.map((card) => card.name)
check(timed(`getCards of ${CARDS} names`, () => store.getCards(book.id, names)).length)
check(timed(`changesSince(null) of ${CARDS}`, () => store.changesSince(book.id, null)).changed.length)
const paged = timed(`changesSince(null) of ${CARDS} in pages of 1,000`, () => {
  let total = 0
  let page = store.changesSince(book.id, null, 1000)
  total += page.changed.length
  while (page.truncated) {
    page = store.changesSince(book.id, page.position, 1000)
    total += page.changed.length
  }
  return total
})
check(paged)
store.close()
rmSync(tempRoot, { recursive: true, force: true })
