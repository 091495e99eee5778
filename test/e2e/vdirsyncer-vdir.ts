/**
 * The local side of a vdirsyncer pair: a vdir, one `.vcf` file per card, named by vdirsyncer
 * (a random UUID when the card's UID is not a safe file name). Reading it, editing it the way a
 * person with a text editor would, and comparing it with what the server stores.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Card } from '../../src/store/index.js'
import { findProperties, parseVCard, propertyText } from '../../src/vcard/index.js'

export interface LocalCard {
  /** File name inside the collection folder. */
  file: string
  uid: string
  /** The file's text as vdirsyncer wrote it (or as a test edited it). */
  body: string
}

export function readVdir(dir: string): LocalCard[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.vcf'))
    .sort()
    .map((file) => {
      const body = readFileSync(join(dir, file), 'utf8')
      return { file, uid: uidOf(body), body }
    })
}

export function localCardsByUid(dir: string): Map<string, LocalCard> {
  return new Map(readVdir(dir).map((card) => [card.uid, card]))
}

function uidOf(body: string): string {
  const uid = findProperties(parseVCard(body), 'UID')[0]
  return uid ? propertyText(uid) : ''
}

/** The text values of a property of a card (e.g. TITLE), unescaped and unfolded. */
export function propertyValues(body: string, name: string): string[] {
  return findProperties(parseVCard(body), name).map(propertyText)
}

/**
 * Edits a local file as a list of content lines (a folded line stays one entry, its folding
 * kept) and writes it back with CRLF line ends, as vdirsyncer wrote it.
 */
export function editLocalCard(dir: string, card: LocalCard, edit: (lines: string[]) => string[]): LocalCard {
  const body = edit(contentLines(card.body)).join('\r\n') + '\r\n'
  writeFileSync(join(dir, card.file), body)
  return { ...card, body }
}

function contentLines(body: string): string[] {
  const lines: string[] = []
  for (const physical of body.split(/\r?\n/)) {
    if (/^[ \t]/.test(physical) && lines.length > 0) lines[lines.length - 1] += `\r\n${physical}`
    else if (physical !== '') lines.push(physical)
  }
  return lines
}

export function writeLocalCard(dir: string, file: string, body: string): void {
  writeFileSync(join(dir, file), body)
}

export function deleteLocalCard(dir: string, card: LocalCard): void {
  rmSync(join(dir, card.file))
}

/** Line edits: replace every line that starts with `prefix`. */
export const replaceLine = (prefix: string, line: string) => (lines: string[]): string[] => lines.map((l) => (l.startsWith(prefix) ? line : l))
/** Line edits: add lines just before END:VCARD. */
export const addLines = (added: readonly string[]) => (lines: string[]): string[] => [...lines.slice(0, -1), ...added, ...lines.slice(-1)]

export const withoutCarriageReturns = (text: string): string => text.replace(/\r\n/g, '\n')

export interface VdirComparison {
  /** UIDs the server has and the folder does not. */
  missingLocally: string[]
  /** UIDs the folder has and the server does not. */
  onlyLocal: string[]
  /** UIDs whose texts differ (line ends aside). */
  differing: string[]
}

/** Compares the folder with the server's cards by UID, texts modulo line ends. */
export function compareWithStore(local: readonly LocalCard[], stored: readonly Card[]): VdirComparison {
  const localByUid = new Map(local.map((card) => [card.uid, card]))
  const storedByUid = new Map(stored.map((card) => [card.uid, card]))
  return {
    missingLocally: [...storedByUid.keys()].filter((uid) => !localByUid.has(uid)),
    onlyLocal: [...localByUid.keys()].filter((uid) => !storedByUid.has(uid)),
    differing: [...storedByUid].filter(([uid, card]) => {
      const mine = localByUid.get(uid)
      return mine !== undefined && withoutCarriageReturns(mine.body) !== withoutCarriageReturns(card.body)
    }).map(([uid]) => uid),
  }
}

export const NO_DIFFERENCES: VdirComparison = { missingLocally: [], onlyLocal: [], differing: [] }
