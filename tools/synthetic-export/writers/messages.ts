/** messages.csv (Messages.csv in 2018), §4.2: era columns, grouped by conversation, newest first. */
import { usShortDateTime, utcDateTime } from '../dates.js'
import type { MessageColumn } from '../eras.js'
import { csvFile, type FileWriter } from '../context.js'
import { inventThreads, type MessageRow } from '../threads.js'

interface Shape {
  multiline: boolean
}

/** 2018's Folder: the owner's own messages sit in SENT, archived and spam ones in ARCHIVED. */
function legacyFolder(row: MessageRow): string {
  if (row.from.owner) return 'SENT'
  return row.folder === 'INBOX' ? 'INBOX' : 'ARCHIVED'
}

const COLUMNS: Record<MessageColumn, (row: MessageRow, shape: Shape) => string> = {
  'CONVERSATION ID': (r) => r.conversationId,
  'CONVERSATION TITLE': (r) => r.title,
  FROM: (r) => r.from.name,
  'SENDER PROFILE URL': (r) => r.from.url,
  TO: (r) => r.to.map((p) => p.name).join(', '),
  'RECIPIENT PROFILE URLS': (r) => r.to.map((p) => p.url).filter((url) => url !== '').join(','),
  DATE: (r) => utcDateTime(r.at),
  SUBJECT: (r) => r.subject,
  CONTENT: (r, s) => r.paragraphs.join(s.multiline ? '\n' : ' '),
  FOLDER: (r) => r.folder,
  ATTACHMENTS: (r) => r.attachments.join(','),
  'IS MESSAGE DRAFT': (r) => (r.draft ? 'Yes' : 'No'),
  From: (r) => r.from.name,
  To: (r) => r.to.map((p) => p.name).join(', '),
  Date: (r) => usShortDateTime(r.at),
  Subject: (r) => r.subject,
  Content: (r) => r.paragraphs.join(' '),
  Direction: (r) => (r.from.owner ? 'OUTGOING' : 'INCOMING'),
  Folder: legacyFolder,
}

export const writeMessages: FileWriter = (ctx) => {
  const { fileName, columns, quoteAll, multilineContent } = ctx.preset.messages
  const shape: Shape = { multiline: multilineContent }
  const cells = columns.map((column) => COLUMNS[column])
  const rows = inventThreads(ctx).flat().map((row) => cells.map((cell) => cell(row, shape)))
  return [csvFile(ctx, { path: fileName, records: [[...columns], ...rows], rows: rows.length, style: { quoteAll } })]
}
