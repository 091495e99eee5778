import { describe, expect, it } from 'vitest'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import Papa from 'papaparse'
import yauzl from 'yauzl'
import {
  CONNECTIONS_PREAMBLE_SENTENCE,
  createNetwork,
  evolveNetwork,
  profileUrl,
  renderExport,
  writeFolder,
  writeZip,
  type Era,
  type GeneratedExport,
  type Network,
  type RenderOptions,
} from '../../tools/synthetic-export/index.js'

// ---------- helpers ----------

const EXPORT_DATES: Record<Era, string> = {
  '2018': '2018-11-04',
  '2021': '2021-05-14',
  '2022': '2022-09-12',
  '2024': '2024-06-15',
  '2025': '2025-03-20',
  '2026': '2026-04-12',
}
const ERAS = Object.keys(EXPORT_DATES) as Era[]

const networkFor = (era: Era, size = 250, seed = 11) => createNetwork({ seed, size, asOf: EXPORT_DATES[era] })

function render(network: Network, era: Era, extra: Partial<RenderOptions> = {}): GeneratedExport {
  return renderExport(network, { era, kind: 'Complete', exportDate: EXPORT_DATES[era], ...extra })
}

function bytesOf(exp: GeneratedExport, path: string): Uint8Array {
  const bytes = exp.files.get(path)
  if (bytes === undefined) throw new Error(`no ${path} in export; have ${[...exp.files.keys()].join(', ')}`)
  return bytes
}

const textOf = (exp: GeneratedExport, path: string) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytesOf(exp, path))

/** Parses a CSV with papaparse; the header is the first record with more than one field (skips the preamble). */
function tableOf(exp: GeneratedExport, path: string, delimiter = ','): { header: string[]; rows: Record<string, string>[] } {
  const records = Papa.parse<string[]>(textOf(exp, path), { delimiter, skipEmptyLines: true }).data
  const headerAt = records.findIndex((r) => r.length > 1)
  const header = records[headerAt] as string[]
  const rows = records.slice(headerAt + 1).map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])))
  return { header, rows }
}

const connectionsHeaderLine = (text: string) => text.split(/\r?\n/).find((line) => line.startsWith('First Name')) ?? ''
const urlsIn = (row: Record<string, string>) =>
  [row['SENDER PROFILE URL'] ?? '', ...(row['RECIPIENT PROFILE URLS'] ?? '').split(/,(?=https?:\/\/)/)].filter((u) => u !== '')
const messagesPath = (era: Era) => (era === '2018' ? 'Messages.csv' : 'messages.csv')

function readZipEntries(path: string): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    yauzl.open(path, { lazyEntries: true }, (err, zip) => {
      if (err || !zip) return reject(err)
      const entries = new Map<string, Buffer>()
      zip.on('error', reject)
      zip.on('end', () => resolve(entries))
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (streamErr, stream) => {
          if (streamErr || !stream) return reject(streamErr)
          const chunks: Buffer[] = []
          stream.on('data', (chunk: Buffer) => chunks.push(chunk))
          stream.on('end', () => {
            entries.set(entry.fileName, Buffer.concat(chunks))
            zip.readEntry()
          })
        })
      })
      zip.readEntry()
    })
  })
}

async function withTempDir<T>(run: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'synthetic-export-'))
  try {
    return await run(dir)
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

// ---------- determinism ----------

describe('determinism', () => {
  it('gives byte-identical files and zips for the same seed', async () => {
    const a = render(networkFor('2026', 300, 5), '2026')
    const b = render(networkFor('2026', 300, 5), '2026')
    expect([...a.files.keys()]).toEqual([...b.files.keys()])
    for (const [path, bytes] of a.files) expect(Buffer.compare(Buffer.from(bytes), Buffer.from(bytesOf(b, path))), path).toBe(0)
    await withTempDir(async (dir) => {
      await writeZip(a, join(dir, 'a.zip'))
      await writeZip(b, join(dir, 'b.zip'))
      expect((await readFile(join(dir, 'a.zip'))).equals(await readFile(join(dir, 'b.zip')))).toBe(true)
    })
  })

  it('gives different people for a different seed', () => {
    const a = render(networkFor('2026', 300, 5), '2026')
    const b = render(networkFor('2026', 300, 6), '2026')
    expect(textOf(a, 'Connections.csv')).not.toEqual(textOf(b, 'Connections.csv'))
    expect(textOf(a, 'messages.csv')).not.toEqual(textOf(b, 'messages.csv'))
  })
})

// ---------- headers, preamble, line ends ----------

const CONNECTIONS_6 = 'First Name,Last Name,Email Address,Company,Position,Connected On'
const CONNECTIONS_7 = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On'
const MESSAGES_10 = 'CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER'
const INVITATIONS_5 = 'From,To,Sent At,Message,Direction'

const EXPECTED_HEADERS: Record<Era, { connections: string; messages: string; invitations: string; preamble: boolean }> = {
  '2018': { connections: CONNECTIONS_6, messages: 'From,To,Date,Subject,Content,Direction,Folder', invitations: INVITATIONS_5, preamble: false },
  '2021': { connections: CONNECTIONS_6, messages: 'CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,DATE,SUBJECT,CONTENT,FOLDER', invitations: INVITATIONS_5, preamble: false },
  '2022': { connections: CONNECTIONS_6, messages: 'CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,DATE,SUBJECT,CONTENT,FOLDER', invitations: INVITATIONS_5, preamble: true },
  '2024': { connections: CONNECTIONS_7, messages: MESSAGES_10, invitations: `${INVITATIONS_5},inviterProfileUrl,inviteeProfileUrl`, preamble: true },
  '2025': { connections: CONNECTIONS_7, messages: `${MESSAGES_10},ATTACHMENTS,IS MESSAGE DRAFT`, invitations: `${INVITATIONS_5},inviterProfileUrl,inviteeProfileUrl`, preamble: true },
  '2026': {
    connections: CONNECTIONS_7,
    messages: MESSAGES_10.split(',').concat('ATTACHMENTS').map((h) => `"${h}"`).join(','),
    invitations: `${INVITATIONS_5},inviterProfileUrl,inviteeProfileUrl`,
    preamble: true,
  },
}

const EXPECTED_FILES: Record<Era, string[]> = {
  '2018': ['Imported Contacts.csv', 'Recommendations Received.csv', 'Phone Numbers.csv', 'Email Addresses.csv', 'Positions.csv', 'Skills.csv'],
  '2021': ['Endorsement_Received_Info.csv', 'Contacts.csv', 'Recommendations_Received.csv', 'PhoneNumbers.csv'],
  '2022': ['Endorsement_Received_Info.csv', 'Endorsement Received Info.csv', 'Contacts.csv', 'Member_Follows.csv'],
  '2024': ['Endorsement_Received_Info.csv', 'Contacts.csv', 'Company Follows.csv'],
  '2025': ['Endorsement_Received_Info.csv', 'Recommendations_Received.csv'],
  '2026': ['Notes.csv', 'ImportedContacts.csv', 'LearningCoachMessages.csv', 'Learning.csv', 'Articles/Articles/calm-deploys-in-practice.html'],
}

describe.each(ERAS)('era %s', (era) => {
  const exp = render(networkFor(era), era)
  const expected = EXPECTED_HEADERS[era]

  it('writes the exact Connections, messages and Invitations header lines', () => {
    expect(connectionsHeaderLine(textOf(exp, 'Connections.csv'))).toBe(expected.connections)
    expect(textOf(exp, messagesPath(era)).split('\n')[0]).toBe(expected.messages)
    expect(textOf(exp, 'Invitations.csv').split('\n')[0]).toBe(expected.invitations)
  })

  it(`${expected.preamble ? 'has' : 'has no'} Connections preamble`, () => {
    const lines = textOf(exp, 'Connections.csv').split('\n')
    if (expected.preamble) {
      expect(lines.slice(0, 4)).toEqual(['Notes:', `"${CONNECTIONS_PREAMBLE_SENTENCE}"`, '', expected.connections])
    } else {
      expect(lines[0]).toBe(expected.connections)
    }
  })

  it('ends Connections.csv without a newline and every other CSV with exactly one', () => {
    expect(textOf(exp, 'Connections.csv').endsWith('\n')).toBe(false)
    for (const path of exp.files.keys()) {
      if (path === 'Connections.csv' || !path.endsWith('.csv') || path === 'LearningCoachMessages.csv' || path.startsWith('Endorsement Received')) continue
      const text = textOf(exp, path)
      expect(text.endsWith('\n'), path).toBe(true)
      expect(text.endsWith('\n\n') || text.endsWith('\r\n\r\n'), path).toBe(false)
    }
  })

  it('includes the era-specific files', () => {
    for (const path of EXPECTED_FILES[era]) expect(exp.files.has(path), path).toBe(true)
    expect(exp.files.has('Notes.csv')).toBe(era === '2026')
    expect(exp.files.has('Endorsement Received Info.csv')).toBe(era === '2022')
  })

  it('writes hidden members as date-only rows', () => {
    const network = networkFor(era)
    const hidden = network.people.filter((p) => p.hidden)
    expect(hidden.length).toBeGreaterThan(0)
    const commas = expected.connections.split(',').length - 1
    const lines = textOf(exp, 'Connections.csv').split('\n')
    const dateOnly = lines.filter((line) => line.startsWith(','.repeat(commas)))
    expect(dateOnly).toHaveLength(hidden.length)
    const datePattern = era === '2018' ? /^"\d{1,2}\/\d{1,2}\/\d{2}, \d{1,2}:\d{2} [AP]M"$/ : /^\d{2} [A-Z][a-z]{2} \d{4}$/
    for (const line of dateOnly) expect(line.slice(commas)).toMatch(datePattern)
  })

  it('writes each date in its file\'s era format', () => {
    const usShort = /^\d{1,2}\/\d{1,2}\/\d{2}, \d{1,2}:\d{2} [AP]M$/
    const messages = tableOf(exp, messagesPath(era)).rows
    expect(messages.length).toBeGreaterThan(0)
    for (const row of messages) expect(era === '2018' ? row.Date : row.DATE).toMatch(era === '2018' ? usShort : /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} UTC$/)
    for (const row of tableOf(exp, 'Invitations.csv').rows) expect(row['Sent At']).toMatch(usShort)
    for (const row of tableOf(exp, EXPECTED_FILES[era].find((f) => f.startsWith('Recommendations')) ?? 'Recommendations_Received.csv').rows) {
      expect(row['Creation Date']).toMatch(/^\d{2}\/\d{2}\/\d{2}, \d{2}:\d{2} [AP]M$/)
    }
    if (exp.files.has('Endorsement_Received_Info.csv')) {
      for (const row of tableOf(exp, 'Endorsement_Received_Info.csv').rows) expect(row['Endorsement Date']).toMatch(/^\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}:\d{2} UTC$/)
    }
  })

  it('keeps each conversation in one contiguous block', () => {
    if (era === '2018') return
    const ids = tableOf(exp, 'messages.csv').rows.map((r) => r['CONVERSATION ID'] as string)
    const blocks = ids.filter((id, i) => id !== ids[i - 1])
    expect(new Set(blocks).size).toBe(blocks.length)
    for (const id of blocks) expect(id).toMatch(/^2-[A-Za-z0-9+/]{22}==$/)
  })

  it('sorts connections newest first and keeps every non-hidden person', () => {
    const network = networkFor(era)
    const { rows } = tableOf(exp, 'Connections.csv')
    expect(rows).toHaveLength(network.people.length)
    const dates = rows.map((r) => Date.parse((r['Connected On'] as string).replace(/, .*/, '')))
    for (let i = 1; i < dates.length; i++) expect(dates[i]).toBeLessThanOrEqual(dates[i - 1] as number)
    const named = rows.filter((r) => r['First Name'] !== '').map((r) => `${r['First Name']}|${r['Last Name']}`).sort()
    expect(named).toEqual(network.people.filter((p) => !p.hidden).map((p) => `${p.firstName}|${p.lastName}`).sort())
  })
})

describe('2018 era', () => {
  it('shows an email address on every connection row, at example domains', () => {
    const { rows } = tableOf(render(networkFor('2018'), '2018'), 'Connections.csv')
    const visible = rows.filter((r) => r['First Name'] !== '')
    expect(visible.length).toBeGreaterThan(200)
    for (const row of visible) expect(row['Email Address']).toMatch(/^[^@\s]+@example\.(com|org|net)$/)
  })
})

describe('2018 Messages.csv', () => {
  it('marks the owner\'s messages OUTGOING in SENT and others INCOMING', () => {
    const network = networkFor('2018')
    const owner = `${network.owner.firstName} ${network.owner.lastName}`
    const { rows } = tableOf(render(network, '2018'), 'Messages.csv')
    for (const row of rows) {
      if (row.From === owner) expect([row.Direction, row.Folder]).toEqual(['OUTGOING', 'SENT'])
      else expect(row.Direction).toBe('INCOMING')
    }
    expect(rows.some((r) => r.Direction === 'OUTGOING') && rows.some((r) => r.Direction === 'INCOMING')).toBe(true)
  })
})

describe('2026 messages.csv', () => {
  const text = textOf(render(networkFor('2026', 400), '2026'), 'messages.csv')
  const records = Papa.parse<string[]>(text, { skipEmptyLines: true }).data

  it('quotes every field, header included', () => {
    expect(Papa.unparse(records, { quotes: true, newline: '\n' }) + '\n').toBe(text)
  })

  it('has multi-line CONTENT', () => {
    expect(records.slice(1).some((r) => (r[8] ?? '').includes('\n'))).toBe(true)
  })

  it('has commas and doubled quotes in CONTENT', () => {
    expect(records.slice(1).some((r) => (r[8] ?? '').includes(','))).toBe(true)
    expect(records.slice(1).some((r) => (r[8] ?? '').includes('"'))).toBe(true)
  })
})

describe('minimal quoting before 2026', () => {
  it('leaves trailing whitespace unquoted and quotes only fields that need it', () => {
    const network = createNetwork({ seed: 4, size: 1500, asOf: '2025-03-01' })
    const text = textOf(render(network, '2025'), 'Connections.csv')
    const spaced = network.people.find((p) => !p.hidden && p.position?.endsWith(' ') && !p.position.includes(','))
    expect(spaced).toBeDefined()
    expect(text).toContain(`,${spaced?.position},`)
    const comma = network.people.find((p) => !p.hidden && p.company?.includes(','))
    expect(text).toContain(`,"${comma?.company}",`)
  })
})

describe('legacy UTF-16 endorsement file (2022)', () => {
  const exp = render(networkFor('2022', 1200), '2022')
  const bytes = bytesOf(exp, 'Endorsement Received Info.csv')

  it('starts with the FF FE byte-order mark and is tab-separated, every field quoted', () => {
    expect([bytes[0], bytes[1]]).toEqual([0xff, 0xfe])
    const text = new TextDecoder('utf-16le').decode(bytes.subarray(2))
    const records = Papa.parse<string[]>(text, { delimiter: '\t', skipEmptyLines: true }).data
    expect(records[0]).toEqual(['Endorsement Date', 'Skill Name', 'Endorser First Name', 'Endorser Last Name', 'Endorsement Status', 'Display Status'])
    expect(records.length).toBeGreaterThan(1)
    expect(Papa.unparse(records, { quotes: true, delimiter: '\t', newline: '\n' }) + '\n').toBe(text)
  })

  it('holds the same endorsements as the UTF-8 file, which has no URL column', () => {
    const utf8 = tableOf(exp, 'Endorsement_Received_Info.csv')
    expect(utf8.header).toEqual(['Endorsement Date', 'Skill Name', 'Endorser First Name', 'Endorser Last Name', 'Endorsement Status'])
    const legacy = Papa.parse<string[]>(new TextDecoder('utf-16le').decode(bytes.subarray(2)), { delimiter: '\t', skipEmptyLines: true }).data
    expect(legacy.length - 1).toBe(utf8.rows.length)
  })
})

// ---------- invariants ----------

describe('cross-file invariants', () => {
  const network = createNetwork({ seed: 21, size: 600, asOf: '2026-04-01' })
  const known = new Set([network.owner.slug, ...network.people.filter((p) => !p.hidden).map((p) => p.slug)].map(profileUrl))
  const pending = new Set((network.pending ?? []).map((p) => profileUrl(p.slug)))

  it.each(['2024', '2025', '2026'] as const)('every invitation URL is a connection, the owner or a pending invitation (%s)', (era) => {
    const { rows } = tableOf(render(network, era, { exportDate: '2026-04-12' }), 'Invitations.csv')
    const ownerUrl = profileUrl(network.owner.slug)
    expect(rows.some((r) => r.Direction === 'OUTGOING') && rows.some((r) => r.Direction === 'INCOMING')).toBe(true)
    for (const row of rows) {
      const [inviter, invitee] = [row.inviterProfileUrl as string, row.inviteeProfileUrl as string]
      expect(row.Direction === 'OUTGOING' ? inviter : invitee).toBe(ownerUrl)
      const other = row.Direction === 'OUTGOING' ? invitee : inviter
      expect(known.has(other) || pending.has(other), other).toBe(true)
    }
    expect(rows.filter((r) => pending.has(r.inviterProfileUrl as string) || pending.has(r.inviteeProfileUrl as string)).length).toBe(pending.size)
  })

  it.each(['2021', '2022', '2024', '2025', '2026'] as const)('every message URL resolves and the owner is in every thread (%s)', (era) => {
    const { rows } = tableOf(render(network, era, { exportDate: '2026-04-12' }), 'messages.csv')
    const ownerUrl = profileUrl(network.owner.slug)
    const threads = new Map<string, Record<string, string>[]>()
    for (const row of rows) {
      for (const url of urlsIn(row)) expect(known.has(url), url).toBe(true)
      threads.set(row['CONVERSATION ID'] as string, [...(threads.get(row['CONVERSATION ID'] as string) ?? []), row])
    }
    for (const thread of threads.values()) {
      const sponsored = thread[0]?.['CONVERSATION TITLE'] === 'Sponsored Conversation'
      if (sponsored && era < '2024') continue
      const mentions = thread.some((r) => r['SENDER PROFILE URL'] === ownerUrl || (r['RECIPIENT PROFILE URLS'] ?? '').includes(ownerUrl))
      expect(mentions).toBe(true)
    }
  })

  it('dates messages after every participant connected and before the export date, newest first', () => {
    const exportDate = '2026-04-12'
    const { rows } = tableOf(render(network, '2026', { exportDate }), 'messages.csv')
    const byUrl = new Map(network.people.map((p) => [profileUrl(p.slug), p]))
    let previousThread = ''
    let previousThreadNewest = Infinity
    let previousAt = Infinity
    for (const row of rows) {
      const at = Date.parse((row.DATE as string).replace(' UTC', 'Z').replace(' ', 'T'))
      expect(at).toBeLessThan(Date.parse(`${exportDate}T00:00:00Z`))
      for (const url of urlsIn(row)) {
        const person = byUrl.get(url)
        if (person) expect(at).toBeGreaterThanOrEqual(Date.parse(`${person.connectedOn}T00:00:00Z`) + 86_400_000)
      }
      // Threads are ordered by their newest row, and rows inside a thread newest first.
      if (row['CONVERSATION ID'] !== previousThread) {
        expect(at).toBeLessThanOrEqual(previousThreadNewest)
        previousThread = row['CONVERSATION ID'] as string
        previousThreadNewest = at
      } else {
        expect(at).toBeLessThanOrEqual(previousAt)
      }
      previousAt = at
    }
  })

  it('has 10–20 % LinkedIn Member / sponsored rows, mostly INBOX, about the requested row count', () => {
    const { rows } = tableOf(render(network, '2026', { exportDate: '2026-04-12', messages: 3000 }), 'messages.csv')
    expect(rows.length).toBeGreaterThan(2400)
    expect(rows.length).toBeLessThan(3600)
    const emptySender = rows.filter((r) => r['SENDER PROFILE URL'] === '').length / rows.length
    expect(emptySender).toBeGreaterThanOrEqual(0.1)
    expect(emptySender).toBeLessThanOrEqual(0.2)
    expect(rows.some((r) => r.FROM === 'LinkedIn Member')).toBe(true)
    const inbox = rows.filter((r) => r.FOLDER === 'INBOX').length / rows.length
    expect(inbox).toBeGreaterThan(0.9)
    expect(rows.some((r) => r.FOLDER === 'ARCHIVE' || r.FOLDER === 'SPAM')).toBe(true)
  })

  it('never mentions hidden members in messages or invitations', () => {
    const exp = render(network, '2026', { exportDate: '2026-04-12' })
    const hiddenUrls = new Set(network.people.filter((p) => p.hidden).map((p) => profileUrl(p.slug)))
    expect(hiddenUrls.size).toBeGreaterThan(0)
    for (const path of ['messages.csv', 'Invitations.csv']) {
      const mentioned = textOf(exp, path).match(/https:\/\/www\.linkedin\.com\/in\/[^,"\s]+/g) ?? []
      expect(mentioned.length).toBeGreaterThan(0)
      expect(mentioned.filter((url) => hiddenUrls.has(url))).toEqual([])
    }
  })

  it('writes endorsement URLs scheme-less with the raw Unicode slug', () => {
    const { rows } = tableOf(render(network, '2026', { exportDate: '2026-04-12' }), 'Endorsement_Received_Info.csv')
    const raw = new Set(network.people.map((p) => `www.linkedin.com/in/${decodeURIComponent(p.slug)}`))
    expect(rows.length).toBeGreaterThan(0)
    for (const row of rows) expect(raw.has(row['Endorser Public Url'] as string)).toBe(true)
  })

  it('refuses an export date before some connection date', () => {
    expect(() => renderExport(network, { era: '2024', kind: 'Complete', exportDate: '2024-06-15' })).toThrow(RangeError)
  })
})

describe('address book and notes', () => {
  const network = createNetwork({ seed: 17, size: 2000, asOf: '2026-04-01' })
  const exp = render(network, '2026')

  it('lists some connections by name, and phone cells with the ", " joiner and leading space', () => {
    const { header, rows } = tableOf(exp, 'ImportedContacts.csv')
    expect(header[0]).toBe('FirstName')
    const names = new Set(network.people.map((p) => `${p.firstName}|${p.lastName}`))
    const connections = rows.filter((r) => names.has(`${r.FirstName}|${r.LastName}`))
    expect(connections.length).toBeGreaterThan(100)
    expect(rows.length).toBeGreaterThan(connections.length)
    const multi = rows.filter((r) => (r.PhoneNumbers ?? '').includes(', '))
    expect(multi.length).toBeGreaterThan(0)
    for (const row of multi) expect(row.PhoneNumbers?.startsWith(' ')).toBe(true)
    for (const row of rows.filter((r) => r.Emails !== '')) expect(row.Emails).toMatch(/@example\.(com|org|net)$/)
    const withEmail = network.people.filter((p) => p.email !== undefined)
    expect(rows.some((r) => withEmail.some((p) => p.email === r.Emails))).toBe(true)
  })

  it('writes Notes.csv for about 1 % of connections, with their profile URLs', () => {
    const { rows } = tableOf(exp, 'Notes.csv')
    expect(rows.length).toBeGreaterThan(5)
    expect(rows.length).toBeLessThan(50)
    const urls = new Set(network.people.filter((p) => !p.hidden).map((p) => profileUrl(p.slug)))
    for (const row of rows) {
      expect(urls.has(row['Connection Profile URL'] as string)).toBe(true)
      expect(row['Created On']).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} UTC$/)
    }
  })
})

// ---------- network ----------

describe('createNetwork', () => {
  const big = createNetwork({ seed: 2, size: 8000 })

  it('gives unique slugs (case-insensitively, decoded) and unique emails at example domains', () => {
    const slugs = [big.owner.slug, ...big.people.map((p) => p.slug)].map((s) => decodeURIComponent(s).toLowerCase())
    expect(new Set(slugs).size).toBe(slugs.length)
    const emails = big.people.flatMap((p) => (p.email ? [p.email.toLowerCase()] : []))
    expect(new Set(emails).size).toBe(emails.length)
    for (const email of emails) expect(email).toMatch(/@example\.(com|org|net)$/)
  })

  it('has the documented slug shapes and rates', () => {
    const share = (test: (slug: string) => boolean) => big.people.filter((p) => test(p.slug)).length / big.people.length
    expect(share((s) => s.includes('%'))).toBeGreaterThanOrEqual(0.002)
    expect(share((s) => s.includes('%'))).toBeLessThanOrEqual(0.007)
    expect(share((s) => /[A-Z]/.test(decodeURIComponent(s)))).toBeGreaterThanOrEqual(0.001)
    expect(share((s) => /[A-Z]/.test(decodeURIComponent(s)))).toBeLessThanOrEqual(0.006)
    expect(share((s) => /^[a-z0-9]+(-[a-z0-9]+)*-[0-9a-f]{6,9}$/.test(s))).toBeGreaterThan(0.3)
    for (const p of big.people.filter((q) => q.slug.includes('%'))) {
      expect(p.slug).toBe(encodeURIComponent(decodeURIComponent(p.slug)))
      expect(p.slug).not.toMatch(/%[0-9A-F]?[a-f]/)
    }
  })

  it('has the documented field rates', () => {
    const share = (test: (p: (typeof big.people)[number]) => boolean) => big.people.filter(test).length / big.people.length
    expect(share((p) => p.email !== undefined)).toBeGreaterThan(0.01)
    expect(share((p) => p.email !== undefined)).toBeLessThan(0.03)
    expect(share((p) => p.hidden)).toBeGreaterThan(0.015)
    expect(share((p) => p.hidden)).toBeLessThan(0.05)
    expect(share((p) => p.company === undefined)).toBeGreaterThan(0.01)
    expect(share((p) => p.company?.includes(',') === true)).toBeGreaterThan(0.03)
    expect(share((p) => p.company?.endsWith(' ') === true || p.position?.endsWith(' ') === true)).toBeGreaterThan(0.02)
    expect(big.people.some((p) => /\p{Extended_Pictographic}/u.test(p.lastName))).toBe(true)
    expect(big.people.some((p) => /, (PhD|Ph\.D\.|MBA)/.test(p.lastName))).toBe(true)
    expect(big.people.some((p) => /\(.+\)/.test(p.firstName))).toBe(true)
  })

  it('plants same-name pairs with different and with identical connection dates', () => {
    for (const seed of [1, 2, 3]) {
      const network = createNetwork({ seed, size: 200 })
      const byName = new Map<string, string[]>()
      for (const p of network.people.filter((q) => !q.hidden)) {
        const key = `${p.firstName}|${p.lastName}`
        byName.set(key, [...(byName.get(key) ?? []), p.connectedOn])
      }
      const groups = [...byName.values()].filter((dates) => dates.length > 1)
      expect(groups.some((dates) => new Set(dates).size < dates.length), `seed ${seed}: same name and date`).toBe(true)
      expect(groups.some((dates) => new Set(dates).size > 1), `seed ${seed}: same name, other date`).toBe(true)
    }
  })

  it('dates connections within [since, asOf]', () => {
    const network = createNetwork({ seed: 9, size: 500, since: '2020-01-01', asOf: '2021-12-31' })
    for (const p of network.people) {
      expect(p.connectedOn >= '2020-01-01' && p.connectedOn <= '2021-12-31').toBe(true)
    }
    expect(() => createNetwork({ seed: 1, size: -1 })).toThrow(RangeError)
    expect(() => createNetwork({ seed: 1, size: 10, emailRate: 2 })).toThrow(RangeError)
  })
})

describe('evolveNetwork', () => {
  const before = createNetwork({ seed: 31, size: 400, asOf: '2025-01-31' })
  const snapshot = JSON.stringify(before)
  const changes = { jobChanges: 5, newConnections: 7, removed: 4, slugChanges: 3, emailsRevealed: 6, nameFixes: 2 }
  const { network: after, changed } = evolveNetwork(before, { ...changes, seed: 8, asOf: '2026-03-31' })
  const byId = (network: Network) => new Map(network.people.map((p) => [p.id, p]))
  const old = byId(before)
  const now = byId(after)

  it('does not modify its input', () => {
    expect(JSON.stringify(before)).toBe(snapshot)
  })

  it('reports the requested number of distinct people per change', () => {
    for (const [key, count] of Object.entries(changes)) expect(changed[key as keyof typeof changed], key).toHaveLength(count)
    const all = Object.values(changed).flat()
    expect(new Set(all).size).toBe(all.length)
  })

  it('applies each change to exactly those people', () => {
    for (const id of changed.removed) expect(now.has(id)).toBe(false)
    for (const id of changed.jobChanges) {
      expect(now.get(id)?.company).not.toBe(old.get(id)?.company)
      expect(now.get(id)?.position).not.toBe(old.get(id)?.position)
    }
    const slugs = new Set(after.people.map((p) => p.slug.toLowerCase()))
    expect(slugs.size).toBe(after.people.length)
    for (const id of changed.slugChanges) {
      expect(now.get(id)?.slug).not.toBe(old.get(id)?.slug)
      expect(before.people.some((p) => p.slug === now.get(id)?.slug)).toBe(false)
    }
    for (const id of changed.emailsRevealed) {
      expect(old.get(id)?.email).toBeUndefined()
      expect(now.get(id)?.email).toMatch(/@example\.(com|org|net)$/)
    }
    for (const id of changed.nameFixes) {
      const [a, b] = [old.get(id), now.get(id)]
      expect(`${b?.firstName} ${b?.lastName}`).not.toBe(`${a?.firstName} ${a?.lastName}`)
      expect(b?.slug).toBe(a?.slug)
    }
  })

  it('gives new people new ids and dates between the old and the new asOf', () => {
    const maxOld = Math.max(...before.people.map((p) => p.id))
    for (const id of changed.newConnections) {
      const person = now.get(id)
      expect(id).toBeGreaterThan(maxOld)
      const connectedOn = person?.connectedOn ?? ''
      expect(connectedOn > '2025-01-31' && connectedOn <= '2026-03-31', connectedOn).toBe(true)
      expect(person?.hidden).toBe(false)
    }
    expect(after.asOf).toBe('2026-03-31')
  })

  it('leaves everyone else exactly as they were, and their rows in a later export unchanged', () => {
    const touched = new Set(Object.values(changed).flat())
    const untouched = before.people.filter((p) => !touched.has(p.id))
    for (const person of untouched) expect(now.get(person.id)).toEqual(person)

    // Rows about an untouched person, leaving out group threads that also mention a changed person.
    const touchedUrls = [...before.people, ...after.people].filter((p) => touched.has(p.id)).map((p) => profileUrl(p.slug))
    const lines = (exp: GeneratedExport, person: (typeof untouched)[number]) =>
      textOf(exp, 'messages.csv')
        .split('\n')
        .filter((line) => line.includes(`${profileUrl(person.slug)},`) && !touchedUrls.some((url) => line.includes(`${url},`)))
    const oldExport = render(before, '2025', { exportDate: '2025-02-10' })
    const newExport = render(after, '2025', { exportDate: '2026-04-12' })
    const chatty = untouched.filter((p) => !p.hidden && lines(oldExport, p).length > 0).slice(0, 20)
    expect(chatty.length).toBeGreaterThan(5)
    for (const person of chatty) expect(lines(newExport, person)).toEqual(lines(oldExport, person))
  })

  it('rejects more changes than there are eligible people', () => {
    expect(() => evolveNetwork(before, { seed: 1, asOf: '2026-01-01', removed: 10_000 })).toThrow(RangeError)
  })
})

// ---------- kinds, options, quirks ----------

describe('render options', () => {
  const network = networkFor('2026', 220)

  it('puts only Connections, messages, Invitations and Profile in a Basic export', () => {
    const basic = renderExport(network, { era: '2026', kind: 'Basic', exportDate: '2026-04-12' })
    expect(basic.fileName).toBe('Basic_LinkedInDataExport_04-12-2026.zip')
    expect([...basic.files.keys()]).toEqual(['Connections.csv', 'messages.csv', 'Invitations.csv', 'Profile.csv'])
    const noProfile = renderExport(network, { era: '2026', kind: 'Basic', exportDate: '2026-04-12', includeProfile: false })
    expect([...noProfile.files.keys()]).toEqual(['Connections.csv', 'messages.csv', 'Invitations.csv'])
  })

  it('names Complete archives with the MM-DD-YYYY export date', () => {
    expect(render(network, '2026').fileName).toBe('Complete_LinkedInDataExport_04-12-2026.zip')
  })

  it('nests every entry in one folder with topFolder', () => {
    const exp = render(network, '2026', { topFolder: true })
    for (const path of exp.files.keys()) expect(path.startsWith('Complete_LinkedInDataExport_04-12-2026/')).toBe(true)
    expect(exp.files.has('Complete_LinkedInDataExport_04-12-2026/Connections.csv')).toBe(true)
  })

  it('re-saves Connections.csv the Excel way with the excelResave quirk', () => {
    const exp = render(network, '2026', { quirks: { excelResave: true } })
    const bytes = bytesOf(exp, 'Connections.csv')
    expect([bytes[0], bytes[1], bytes[2]]).toEqual([0xef, 0xbb, 0xbf])
    const text = textOf(exp, 'Connections.csv').slice(1)
    expect(text.startsWith(`${CONNECTIONS_7}\r\n`)).toBe(true)
    expect(text.split('\r\n').slice(1).every((line) => /,\d{1,2}-[A-Z][a-z]{2}-\d{2}$/.test(line))).toBe(true)
  })

  it('adds a blank line after every record with blankLinesEverywhere, still parseable', () => {
    const exp = render(network, '2024', { exportDate: '2026-04-12', quirks: { blankLinesEverywhere: true } })
    const text = textOf(exp, 'Invitations.csv')
    expect(text.startsWith(`${EXPECTED_HEADERS['2024'].invitations}\n\n`)).toBe(true)
    expect(text.endsWith('\n\n')).toBe(true)
    expect(tableOf(exp, 'Invitations.csv').rows.length).toBe(exp.rowCounts.get('Invitations.csv'))
  })

  it('writes the 2026 noise files', () => {
    const exp = render(network, '2026')
    expect(textOf(exp, 'LearningCoachMessages.csv')).toBe('No conversations found')
    expect([...exp.files.keys()].some((p) => /^Comments_\d+\.csv$/.test(p))).toBe(true)
    expect(textOf(exp, 'Learning.csv').split('\n')[0]?.endsWith(',')).toBe(true)
  })
})

describe('tiny networks', () => {
  it.each([0, 1, 3])('renders %i connections in every era without failing', (size) => {
    for (const era of ERAS) {
      const exp = render(createNetwork({ seed: 2, size, asOf: EXPORT_DATES[era], hiddenRate: 0 }), era)
      expect(exp.rowCounts.get('Connections.csv')).toBe(size)
      expect(connectionsHeaderLine(textOf(exp, 'Connections.csv'))).toBe(EXPECTED_HEADERS[era].connections)
    }
  })
})

// ---------- zip, folder, CLI ----------

describe('writeZip / writeFolder', () => {
  const exp = render(networkFor('2026', 150), '2026', { topFolder: true })

  it('writes a zip whose entries and bytes match the export', async () => {
    await withTempDir(async (dir) => {
      const path = join(dir, exp.fileName)
      await writeZip(exp, path)
      const entries = await readZipEntries(path)
      const files = [...entries.keys()].filter((name) => !name.endsWith('/'))
      expect(files).toEqual([...exp.files.keys()])
      expect([...entries.keys()]).toContain('Complete_LinkedInDataExport_04-12-2026/')
      for (const [name, bytes] of exp.files) expect(entries.get(name)?.equals(Buffer.from(bytes)), name).toBe(true)
    })
  })

  it('writes the same files into a folder', async () => {
    await withTempDir(async (dir) => {
      await writeFolder(exp, dir)
      for (const [name, bytes] of exp.files) expect((await readFile(join(dir, name))).equals(Buffer.from(bytes)), name).toBe(true)
    })
  })
})

describe('cli', () => {
  const run = promisify(execFile)
  const cli = ['--import', 'tsx', 'tools/synthetic-export/cli.ts']

  it('prints help', async () => {
    const { stdout } = await run(process.execPath, [...cli, '--help'])
    expect(stdout).toContain('--connections')
    expect(stdout).toContain('--folder')
  })

  it('writes a zip and prints a one-line JSON summary', async () => {
    await withTempDir(async (dir) => {
      const out = join(dir, 'x.zip')
      const args = ['--era', '2024', '--kind', 'Basic', '--connections', '120', '--messages', '400', '--seed', '3', '--out', out]
      const { stdout } = await run(process.execPath, [...cli, ...args])
      const lines = stdout.trim().split('\n')
      expect(lines).toHaveLength(1)
      const summary = JSON.parse(lines[0] as string) as Record<string, unknown>
      expect(summary).toMatchObject({ era: '2024', kind: 'Basic', connections: 120, files: 4 })
      expect(summary.messageRows).toBeGreaterThan(300)
      expect([...(await readZipEntries(out)).keys()]).toEqual(['Connections.csv', 'messages.csv', 'Invitations.csv', 'Profile.csv'])
    })
  })

  it('writes the same zip bytes in any time zone', async () => {
    await withTempDir(async (dir) => {
      const zipIn = async (tz: string) => {
        const out = join(dir, `${tz.replace('/', '-')}.zip`)
        await run(process.execPath, [...cli, '--connections', '60', '--seed', '9', '--out', out], { env: { ...process.env, TZ: tz } })
        return readFile(out)
      }
      expect((await zipIn('UTC')).equals(await zipIn('Pacific/Auckland'))).toBe(true)
    })
  })

  it('rejects bad arguments with a usage error', async () => {
    await expect(run(process.execPath, [...cli, '--era', '1999', '--out', '/tmp/never.zip'])).rejects.toMatchObject({ code: 2 })
  })
})

describe('benchmark size', () => {
  it('generates 30,000 connections and ~100,000 message rows (2026 Complete) in a few seconds', () => {
    const started = performance.now()
    const network = createNetwork({ seed: 1, size: 30_000, asOf: '2026-04-01' })
    const exp = renderExport(network, { era: '2026', kind: 'Complete', exportDate: '2026-04-12', messages: 100_000 })
    const elapsed = performance.now() - started
    const messages = exp.rowCounts.get('messages.csv') ?? 0
    expect(messages).toBeGreaterThan(90_000)
    expect(messages).toBeLessThan(110_000)
    expect(exp.rowCounts.get('Connections.csv')).toBe(30_000)
    expect(elapsed).toBeLessThan(15_000)
  }, 60_000)
})
