/**
 * Instants are plain epoch milliseconds in UTC. One formatter per date shape LinkedIn uses
 * (linkedin-export.md §5); none of them depends on the machine's time zone.
 */

export const MINUTE_MS = 60_000
export const HOUR_MS = 60 * MINUTE_MS
export const DAY_MS = 24 * HOUR_MS

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const

/** Parses `YYYY-MM-DD` strictly; the result is midnight UTC of that day. */
export function parseIsoDate(text: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text)
  if (match === null) throw new RangeError(`expected an ISO date (YYYY-MM-DD), got ${JSON.stringify(text)}`)
  const [, year, month, day] = match.map(Number) as [number, number, number, number]
  const ms = Date.UTC(year, month - 1, day)
  if (isoDate(ms) !== text) throw new RangeError(`not a calendar date: ${text}`)
  return ms
}

export function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10)
}

interface Parts {
  year: number
  month: number
  day: number
  hour: number
  minute: number
  second: number
  weekday: number
}

function parts(ms: number): Parts {
  const d = new Date(ms)
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    weekday: d.getUTCDay(),
  }
}

const pad2 = (n: number) => String(n).padStart(2, '0')
const monthName = (month: number) => MONTHS[month - 1] as string
const hour12 = (hour: number) => (hour % 12 === 0 ? 12 : hour % 12)
const meridiem = (hour: number) => (hour < 12 ? 'AM' : 'PM')
const shortYear = (year: number) => pad2(year % 100)

/** Connections 2020+: `05 Mar 2021` (always a 2-digit day). */
export function dayMonYear(ms: number): string {
  const p = parts(ms)
  return `${pad2(p.day)} ${monthName(p.month)} ${p.year}`
}

/** Invitations, Connections 2018, address book: `6/16/18, 10:01 AM` (no zero padding). */
export function usShortDateTime(ms: number): string {
  const p = parts(ms)
  return `${p.month}/${p.day}/${shortYear(p.year)}, ${hour12(p.hour)}:${pad2(p.minute)} ${meridiem(p.hour)}`
}

/** Recommendations: `08/30/22, 05:51 PM` (zero padded). */
export function usPaddedDateTime(ms: number): string {
  const p = parts(ms)
  return `${pad2(p.month)}/${pad2(p.day)}/${shortYear(p.year)}, ${pad2(hour12(p.hour))}:${pad2(p.minute)} ${meridiem(p.hour)}`
}

/** messages.csv, Notes.csv: `2025-06-01 14:03:22 UTC`. */
export function utcDateTime(ms: number): string {
  return `${plainDateTime(ms)} UTC`
}

/** Member_Follows.csv: `2025-04-01 10:00:00`. */
export function plainDateTime(ms: number): string {
  const p = parts(ms)
  return `${p.year}-${pad2(p.month)}-${pad2(p.day)} ${pad2(p.hour)}:${pad2(p.minute)}:${pad2(p.second)}`
}

/** Endorsements: `2025/06/20 13:05:02 UTC`. */
export function slashUtcDateTime(ms: number): string {
  return `${plainDateTime(ms).replace(/-/g, '/')} UTC`
}

/** An Excel re-save of Connections.csv: `5-Mar-21`. */
export function excelShortDate(ms: number): string {
  const p = parts(ms)
  return `${p.day}-${monthName(p.month)}-${shortYear(p.year)}`
}

/** Company Follows.csv (Java Date.toString): `Wed Mar 11 15:53:05 UTC 2026`. */
export function javaDateString(ms: number): string {
  const p = parts(ms)
  const time = `${pad2(p.hour)}:${pad2(p.minute)}:${pad2(p.second)}`
  return `${WEEKDAYS[p.weekday] as string} ${monthName(p.month)} ${pad2(p.day)} ${time} UTC ${p.year}`
}

/** Positions.csv: `Jan 2024`. */
export function monthYear(ms: number): string {
  const p = parts(ms)
  return `${monthName(p.month)} ${p.year}`
}

/** Profile.csv Birth Date: `Jun 5` (no year). */
export function monthDay(ms: number): string {
  const p = parts(ms)
  return `${monthName(p.month)} ${p.day}`
}

/** The archive name's date: `12-04-2026` (MM-DD-YYYY). */
export function zipNameDate(ms: number): string {
  const p = parts(ms)
  return `${pad2(p.month)}-${pad2(p.day)}-${p.year}`
}
