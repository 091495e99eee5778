/** Connections.csv (§4.1): optional preamble, era header, newest first, hidden rows, no final newline. */
import { Rng } from '../prng.js'
import { MINUTE_MS, dayMonYear, excelShortDate, parseIsoDate, usShortDateTime } from '../dates.js'
import { CONNECTIONS_COLUMNS_NO_URL, CONNECTIONS_COLUMNS_WITH_URL, CONNECTIONS_PREAMBLE_SENTENCE } from '../eras.js'
import type { ConnectionDateStyle } from '../eras.js'
import { csvFile, type FileWriter, type RenderContext } from '../context.js'
import { fallbackEmail } from '../people.js'
import { profileUrl } from '../slugs.js'
import type { Person } from '../types.js'

type DateShape = ConnectionDateStyle | 'excel'

const DATE_SHAPES: Record<DateShape, (ctx: RenderContext, person: Person) => string> = {
  'day-month-year': (_ctx, p) => dayMonYear(parseIsoDate(p.connectedOn)),
  'us-datetime': (ctx, p) => usShortDateTime(parseIsoDate(p.connectedOn) + connectionMinuteOfDay(ctx, p) * MINUTE_MS),
  excel: (_ctx, p) => excelShortDate(parseIsoDate(p.connectedOn)),
}

/** 2018 exports carry a time of day; it is invented per person so it never changes between renders. */
function connectionMinuteOfDay(ctx: RenderContext, person: Person): number {
  return Rng.for(ctx.network.seed, 'connected-at', person.id).int(7 * 60, 22 * 60 + 59)
}

/** Newest first; same-day connections by descending id (the later invitation accepted last). */
export function connectionOrder(a: Person, b: Person): number {
  return a.connectedOn === b.connectedOn ? b.id - a.id : a.connectedOn < b.connectedOn ? 1 : -1
}

export const writeConnections: FileWriter = (ctx) => {
  const settings = ctx.preset.connections
  const excel = ctx.options.quirks?.excelResave === true
  const header = settings.withUrl ? CONNECTIONS_COLUMNS_WITH_URL : CONNECTIONS_COLUMNS_NO_URL
  const dateOf = DATE_SHAPES[excel ? 'excel' : settings.dateStyle]
  const emailOf = (p: Person) => p.email ?? (settings.emailOnEveryRow ? fallbackEmail(p) : '')

  const rows = [...ctx.network.people].sort(connectionOrder).map((p) => {
    const date = dateOf(ctx, p)
    if (p.hidden) return [...header.slice(1).map(() => ''), date]
    const url = settings.withUrl ? [profileUrl(p.slug)] : []
    return [p.firstName, p.lastName, ...url, emailOf(p), p.company ?? '', p.position ?? '', date]
  })
  const preamble = settings.preamble && !excel ? [['Notes:'], [CONNECTIONS_PREAMBLE_SENTENCE], ['']] : []
  return [
    csvFile(ctx, {
      path: 'Connections.csv',
      records: [...preamble, [...header], ...rows],
      rows: rows.length,
      style: excel ? { finalLineEnd: false, lineEnd: '\r\n' } : { finalLineEnd: false },
      encoding: excel ? 'utf8-bom' : 'utf8',
    }),
  ]
}
