/**
 * One preset per export era (linkedin-export.md §8 table, headers from §4). Writers read their
 * file's settings from here; nothing else in the generator branches on the era.
 */
import type { Era } from './types.js'

export const CONNECTIONS_COLUMNS_NO_URL = ['First Name', 'Last Name', 'Email Address', 'Company', 'Position', 'Connected On'] as const
export const CONNECTIONS_COLUMNS_WITH_URL = ['First Name', 'Last Name', 'URL', 'Email Address', 'Company', 'Position', 'Connected On'] as const

export const CONNECTIONS_PREAMBLE_SENTENCE =
  'When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address using this setting https://www.linkedin.com/psettings/privacy/email. You can learn more here https://www.linkedin.com/help/linkedin/answer/261'

const MESSAGES_2018 = ['From', 'To', 'Date', 'Subject', 'Content', 'Direction', 'Folder'] as const
const MESSAGES_9 = ['CONVERSATION ID', 'CONVERSATION TITLE', 'FROM', 'SENDER PROFILE URL', 'TO', 'DATE', 'SUBJECT', 'CONTENT', 'FOLDER'] as const
const MESSAGES_10 = ['CONVERSATION ID', 'CONVERSATION TITLE', 'FROM', 'SENDER PROFILE URL', 'TO', 'RECIPIENT PROFILE URLS', 'DATE', 'SUBJECT', 'CONTENT', 'FOLDER'] as const
const MESSAGES_12 = [...MESSAGES_10, 'ATTACHMENTS', 'IS MESSAGE DRAFT'] as const
const MESSAGES_11 = [...MESSAGES_10, 'ATTACHMENTS'] as const
export type MessageColumn = (typeof MESSAGES_2018)[number] | (typeof MESSAGES_12)[number]

const PROFILE_2018 = [
  'First Name', 'Last Name', 'Maiden Name', 'Address', 'Birth Date', 'Contact Instructions', 'Headline', 'Summary',
  'Industry', 'Country', 'Zip Code', 'Geo Location', 'Twitter Handles', 'Websites', 'Instant Messengers',
] as const
const PROFILE_MODERN = [
  'First Name', 'Last Name', 'Maiden Name', 'Address', 'Birth Date', 'Headline', 'Summary', 'Industry', 'Zip Code',
  'Geo Location', 'Twitter Handles', 'Websites', 'Instant Messengers',
] as const
export type ProfileColumn = (typeof PROFILE_2018)[number]

export type ConnectionDateStyle = 'us-datetime' | 'day-month-year'
export type AddressBookFormat = 'imported-contacts-2018' | 'contacts' | 'imported-contacts-2026'

export interface EraPreset {
  connections: { preamble: boolean; withUrl: boolean; dateStyle: ConnectionDateStyle; emailOnEveryRow: boolean }
  messages: { fileName: string; columns: readonly MessageColumn[]; quoteAll: boolean; multilineContent: boolean }
  invitations: { withProfileUrls: boolean }
  /** Complete only; null when the era has no endorsement file. */
  endorsements: { withUrl: boolean; legacyUtf16: boolean } | null
  recommendationsFile: string
  addressBook: AddressBookFormat | null
  phoneNumbersFile: string
  profileColumns: readonly ProfileColumn[]
  notes: boolean
  follows: boolean
  noiseFiles: boolean
  /** A plausible export date, used by the CLI when none is given. */
  sampleExportDate: string
}

const MODERN_CONNECTIONS = { preamble: true, withUrl: true, dateStyle: 'day-month-year', emailOnEveryRow: false } as const
const MODERN_COMMON = {
  invitations: { withProfileUrls: true },
  endorsements: { withUrl: true, legacyUtf16: false },
  recommendationsFile: 'Recommendations_Received.csv',
  phoneNumbersFile: 'PhoneNumbers.csv',
  profileColumns: PROFILE_MODERN,
  follows: true,
} as const

export const ERAS: Readonly<Record<Era, EraPreset>> = {
  '2018': {
    connections: { preamble: false, withUrl: false, dateStyle: 'us-datetime', emailOnEveryRow: true },
    messages: { fileName: 'Messages.csv', columns: MESSAGES_2018, quoteAll: false, multilineContent: false },
    invitations: { withProfileUrls: false },
    endorsements: null,
    recommendationsFile: 'Recommendations Received.csv',
    addressBook: 'imported-contacts-2018',
    phoneNumbersFile: 'Phone Numbers.csv',
    profileColumns: PROFILE_2018,
    notes: false,
    follows: false,
    noiseFiles: false,
    sampleExportDate: '2018-11-04',
  },
  '2021': {
    connections: { preamble: false, withUrl: false, dateStyle: 'day-month-year', emailOnEveryRow: false },
    messages: { fileName: 'messages.csv', columns: MESSAGES_9, quoteAll: false, multilineContent: false },
    ...MODERN_COMMON,
    invitations: { withProfileUrls: false },
    endorsements: { withUrl: false, legacyUtf16: false },
    addressBook: 'contacts',
    notes: false,
    noiseFiles: false,
    sampleExportDate: '2021-05-14',
  },
  '2022': {
    connections: { ...MODERN_CONNECTIONS, withUrl: false },
    messages: { fileName: 'messages.csv', columns: MESSAGES_9, quoteAll: false, multilineContent: false },
    ...MODERN_COMMON,
    invitations: { withProfileUrls: false },
    endorsements: { withUrl: false, legacyUtf16: true },
    addressBook: 'contacts',
    notes: false,
    noiseFiles: false,
    sampleExportDate: '2022-09-12',
  },
  '2024': {
    connections: MODERN_CONNECTIONS,
    messages: { fileName: 'messages.csv', columns: MESSAGES_10, quoteAll: false, multilineContent: false },
    ...MODERN_COMMON,
    addressBook: 'contacts',
    notes: false,
    noiseFiles: false,
    sampleExportDate: '2024-06-15',
  },
  '2025': {
    connections: MODERN_CONNECTIONS,
    messages: { fileName: 'messages.csv', columns: MESSAGES_12, quoteAll: false, multilineContent: false },
    ...MODERN_COMMON,
    addressBook: null,
    notes: false,
    noiseFiles: false,
    sampleExportDate: '2025-03-20',
  },
  '2026': {
    connections: MODERN_CONNECTIONS,
    messages: { fileName: 'messages.csv', columns: MESSAGES_11, quoteAll: true, multilineContent: true },
    ...MODERN_COMMON,
    addressBook: 'imported-contacts-2026',
    notes: true,
    noiseFiles: true,
    sampleExportDate: '2026-04-12',
  },
}

export const ERA_NAMES = Object.keys(ERAS) as Era[]
