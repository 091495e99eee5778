/**
 * Date parsers for the formats LinkedIn writes, one per column (linkedin-export.md §5). Each
 * parser knows only the formats its column has used over the years; nothing is guessed across
 * files. Results are ISO strings; an unparseable or impossible value gives undefined. Two-digit
 * years are 20YY.
 */

interface DateParts {
  year: number
  month: number
  day: number
  hour?: number
  minute?: number
  second?: number
}

interface DateFormat {
  pattern: RegExp
  parts(match: RegExpExecArray): DateParts | undefined
}

const MONTHS: Readonly<Record<string, number>> = Object.fromEntries(
  ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']
    .flatMap((name, i) => [[name, i + 1], [name.slice(0, 3), i + 1]] as const)
    .concat([['sept', 9]]),
)

function monthNumber(name: string): number | undefined {
  return MONTHS[name.toLowerCase()]
}

function fullYear(digits: string): number {
  const year = Number(digits)
  return digits.length === 2 ? 2000 + year : year
}

function hour24(hour: number, meridiem: string): number | undefined {
  if (hour < 1 || hour > 12) return undefined
  const pm = meridiem.toLowerCase() === 'pm'
  return (hour % 12) + (pm ? 12 : 0)
}

const n = (text: string | undefined): number => Number(text)

/** `05 Mar 2021` (Connections, 2020+). */
const DAY_MONTH_YEAR: DateFormat = {
  pattern: /^(\d{1,2}) ([A-Za-z]{3,9})\.? (\d{4})$/,
  parts: (m) => withMonth(m[2], (month) => ({ year: n(m[3]), month, day: n(m[1]) })),
}

/** `5-Mar-21`: what Excel makes of a `DD Mon YYYY` cell when it re-saves the file. */
const EXCEL_DAY_MONTH_YEAR: DateFormat = {
  pattern: /^(\d{1,2})-([A-Za-z]{3,9})-(\d{2}|\d{4})$/,
  parts: (m) => withMonth(m[2], (month) => ({ year: fullYear(m[3] ?? ''), month, day: n(m[1]) })),
}

/** `2021-03-05` (an ISO re-save). */
const ISO_DATE: DateFormat = {
  pattern: /^(\d{4})-(\d{2})-(\d{2})$/,
  parts: (m) => ({ year: n(m[1]), month: n(m[2]), day: n(m[3]) }),
}

/** `3/14/26, 2:37 PM` and zero-padded `08/30/22, 05:51 PM`; U+202F before PM is tolerated. */
const US_SHORT_DATE_TIME: DateFormat = {
  pattern: /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4}),?\s+(\d{1,2}):(\d{2})\s*([AaPp][Mm])$/,
  parts: (m) => {
    const hour = hour24(n(m[4]), m[6] ?? '')
    return hour === undefined ? undefined : { year: fullYear(m[3] ?? ''), month: n(m[1]), day: n(m[2]), hour, minute: n(m[5]) }
  },
}

/** `2025-06-01 14:03:22 UTC` (messages 2020+, Notes). */
const DASH_UTC: DateFormat = {
  pattern: /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})(?: UTC|Z)$/,
  parts: (m) => ({ year: n(m[1]), month: n(m[2]), day: n(m[3]), hour: n(m[4]), minute: n(m[5]), second: n(m[6]) }),
}

/** `2025/06/20 13:05:02 UTC` (endorsements). */
const SLASH_UTC: DateFormat = {
  pattern: /^(\d{4})\/(\d{2})\/(\d{2}) (\d{2}):(\d{2}):(\d{2}) UTC$/,
  parts: (m) => ({ year: n(m[1]), month: n(m[2]), day: n(m[3]), hour: n(m[4]), minute: n(m[5]), second: n(m[6]) }),
}

function withMonth(name: string | undefined, build: (month: number) => DateParts): DateParts | undefined {
  const month = monthNumber(name ?? '')
  return month === undefined ? undefined : build(month)
}

function firstMatch(raw: string, formats: readonly DateFormat[]): DateParts | undefined {
  const text = raw.trim()
  for (const format of formats) {
    const match = format.pattern.exec(text)
    if (match === null) continue
    const parts = format.parts(match)
    return parts !== undefined && isRealMoment(parts) ? parts : undefined
  }
  return undefined
}

function isRealMoment({ year, month, day, hour = 0, minute = 0, second = 0 }: DateParts): boolean {
  if (year < 1900 || year > 2999 || month < 1 || month > 12 || day < 1) return false
  if (hour > 23 || minute > 59 || second > 59) return false
  return day <= daysInMonth(year, month)
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

/** Arithmetic, not a Date object: this runs for each of 100,000 message rows. */
function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
  return month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!
}

const pad = (value: number, width = 2): string => String(value).padStart(width, '0')

function isoDate(p: DateParts): string {
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`
}

function isoMinute(p: DateParts): string {
  return `${isoDate(p)}T${pad(p.hour ?? 0)}:${pad(p.minute ?? 0)}`
}

function isoUtcSecond(p: DateParts): string {
  return `${isoMinute(p)}:${pad(p.second ?? 0)}Z`
}

function format(parts: DateParts | undefined, render: (p: DateParts) => string): string | undefined {
  return parts === undefined ? undefined : render(parts)
}

/** Connections.Connected On, every era -> 'YYYY-MM-DD'. */
export function parseConnectedOn(raw: string): string | undefined {
  return format(firstMatch(raw, [DAY_MONTH_YEAR, US_SHORT_DATE_TIME, EXCEL_DAY_MONTH_YEAR, ISO_DATE]), isoDate)
}

/** Invitations.Sent At, Recommendations.Creation Date, address-book Created At -> 'YYYY-MM-DDTHH:MM' (no zone). */
export function parseUsShortDateTime(raw: string): string | undefined {
  return format(firstMatch(raw, [US_SHORT_DATE_TIME]), isoMinute)
}

/** `YYYY-MM-DD HH:MM:SS UTC` (Notes.Created On / Edited On) -> 'YYYY-MM-DDTHH:MM:SSZ'. */
export function parseDashUtc(raw: string): string | undefined {
  return format(firstMatch(raw, [DASH_UTC]), isoUtcSecond)
}

/** Endorsement Date `2025/06/20 13:05:02 UTC` -> 'YYYY-MM-DDTHH:MM:SSZ'. */
export function parseSlashUtc(raw: string): string | undefined {
  return format(firstMatch(raw, [SLASH_UTC]), isoUtcSecond)
}

/** messages.DATE: 2020+ UTC -> 'YYYY-MM-DDTHH:MM:SSZ'; 2018 `4/2/18, 9:15 AM` -> 'YYYY-MM-DDTHH:MM'. */
export function parseMessageDate(raw: string): string | undefined {
  return parseDashUtc(raw) ?? parseUsShortDateTime(raw)
}

/** `Basic_LinkedInDataExport_06-16-2025 (1).zip` -> '2025-06-16'. */
export function parseExportFileDate(name: string): string | undefined {
  const match = /LinkedInDataExport_(\d{2})-(\d{2})-(\d{4})(?!\d)/i.exec(name)
  if (match === null) return undefined
  const parts = { year: n(match[3]), month: n(match[1]), day: n(match[2]) }
  return isRealMoment(parts) ? isoDate(parts) : undefined
}
