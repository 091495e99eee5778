/** The owner's Email Addresses.csv, PhoneNumbers.csv, Positions.csv and Skills.csv (§4.8). */
import { DAY_MS, HOUR_MS, MINUTE_MS, monthYear, usShortDateTime } from '../dates.js'
import { csvFile, type FileWriter } from '../context.js'
import { ownerDetails } from '../owner.js'

const yesNo = (value: boolean) => (value ? 'Yes' : 'No')

export const writeOwnerFiles: FileWriter = (ctx) => {
  const details = ownerDetails(ctx.network, ctx.exportMs)
  const updated = usShortDateTime(ctx.exportMs - 200 * DAY_MS + 9 * HOUR_MS + 41 * MINUTE_MS)
  const emails = details.emails.map((e) => [e.address, yesNo(e.confirmed), yesNo(e.primary), e.confirmed ? updated : 'Not Available'])
  const positions = details.positions.map((p) => [
    p.company,
    p.title,
    p.description,
    p.location,
    monthYear(p.startedMs),
    p.finishedMs === undefined ? '' : monthYear(p.finishedMs),
  ])
  const skills = details.skills.map((skill) => [skill])
  return [
    csvFile(ctx, { path: 'Email Addresses.csv', records: [['Email Address', 'Confirmed', 'Primary', 'Updated On'], ...emails], rows: emails.length }),
    csvFile(ctx, { path: ctx.preset.phoneNumbersFile, records: [['Extension', 'Number', 'Type'], ['', details.phone, 'Mobile']], rows: 1 }),
    csvFile(ctx, {
      path: 'Positions.csv',
      records: [['Company Name', 'Title', 'Description', 'Location', 'Started On', 'Finished On'], ...positions],
      rows: positions.length,
    }),
    csvFile(ctx, { path: 'Skills.csv', records: [['Name'], ...skills], rows: skills.length }),
  ]
}
