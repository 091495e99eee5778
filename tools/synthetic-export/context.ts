/** What every file writer receives, and the one helper through which writers emit CSV files. */
import type { Rng } from './prng.js'
import { DAY_MS, parseIsoDate } from './dates.js'
import { LINKEDIN_CSV, encodeText, formatCsv, type CsvRecord, type CsvStyle, type TextEncoding } from './csv-writer.js'
import type { EraPreset } from './eras.js'
import { profileUrl } from './slugs.js'
import type { Network, Person, RenderOptions } from './types.js'

export interface OutputFile {
  path: string
  bytes: Uint8Array
  /** Data rows (header and preamble excluded). */
  rows: number
}

/** The owner as other files refer to them. */
export interface OwnerRef {
  firstName: string
  lastName: string
  name: string
  url: string
}

/** Invented activity with a person happens in [start, end); rows on or after the export date are left out. */
export interface ActivityWindow {
  start: number
  end: number
}

export interface RenderContext {
  network: Network
  options: RenderOptions
  preset: EraPreset
  /** Midnight UTC of the export date. */
  exportMs: number
  /** Visible (not hidden) connections, by id. */
  visible: readonly Person[]
  owner: OwnerRef
  /** LinkedIn's CSV style with the blank-lines quirk applied when asked for. */
  csvStyle: CsvStyle
}

export type FileWriter = (ctx: RenderContext) => OutputFile[]

export function createContext(network: Network, options: RenderOptions, preset: EraPreset): RenderContext {
  const exportMs = parseIsoDate(options.exportDate)
  const late = network.people.find((p) => parseIsoDate(p.connectedOn) > exportMs)
  if (late !== undefined) {
    throw new RangeError(
      `person ${late.id} connected on ${late.connectedOn}, after the export date ${options.exportDate}; ` +
        'create the network with an asOf on or before the export date',
    )
  }
  const { owner } = network
  return {
    network,
    options,
    preset,
    exportMs,
    visible: network.people.filter((p) => !p.hidden).sort((a, b) => a.id - b.id),
    owner: { firstName: owner.firstName, lastName: owner.lastName, name: `${owner.firstName} ${owner.lastName}`, url: profileUrl(owner.slug) },
    csvStyle: { ...LINKEDIN_CSV, blankLineAfterRecords: options.quirks?.blankLinesEverywhere === true },
  }
}

export function activityWindow(ctx: RenderContext, person: Person): ActivityWindow {
  const until = person.activeUntil ?? ctx.options.exportDate
  return { start: parseIsoDate(person.connectedOn) + DAY_MS, end: parseIsoDate(until) + DAY_MS }
}

/** A whole second inside the window (the window may be empty: then it returns `start`). */
export function instantIn(rng: Rng, window: ActivityWindow): number {
  const span = Math.max(0, window.end - window.start)
  return window.start + Math.floor((rng.float() * span) / 1000) * 1000
}

/** Whether an instant can appear in this export: inside its window and before the export date. */
export function isShown(ctx: RenderContext, window: ActivityWindow, at: number): boolean {
  return at >= window.start && at < window.end && at < ctx.exportMs
}

export function displayNameOf(person: Pick<Person, 'firstName' | 'lastName'>): string {
  return `${person.firstName} ${person.lastName}`
}

export interface CsvFileSpec {
  path: string
  records: readonly CsvRecord[]
  rows: number
  style?: Partial<CsvStyle>
  encoding?: TextEncoding
}

export function csvFile(ctx: RenderContext, spec: CsvFileSpec): OutputFile {
  const text = formatCsv(spec.records, { ...ctx.csvStyle, ...spec.style })
  return { path: spec.path, bytes: encodeText(text, spec.encoding), rows: spec.rows }
}

/** A file whose bytes are given literally (not CSV records). */
export function textFile(path: string, text: string, rows = 0): OutputFile {
  return { path, bytes: encodeText(text), rows }
}
