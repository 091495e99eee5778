/** The REPORTS registry: one handler per catalog entry (the catalog says where each applies). */
import type { QName } from '../xml/names.js'
import { addressbookMultiget } from './addressbook-multiget.js'
import { addressbookQuery } from './addressbook-query.js'
import { REPORT_CATALOG, type ReportInfo, type ReportKey } from './catalog.js'
import { emptyReport } from './empty.js'
import { syncCollection } from './sync-collection.js'
import type { ReportHandler } from './types.js'

export const REPORTS: Readonly<Record<ReportKey, ReportHandler>> = {
  syncCollection,
  addressbookMultiget,
  addressbookQuery,
  expandProperty: emptyReport,
  principalPropertySearch: emptyReport,
  principalSearchPropertySet: emptyReport,
}

const BY_NAME = new Map<QName, ReportInfo & ReportHandler>(
  (Object.keys(REPORT_CATALOG) as ReportKey[]).map((key) => [REPORT_CATALOG[key].name, { ...REPORT_CATALOG[key], ...REPORTS[key] }]),
)

export function findReport(name: QName): (ReportInfo & ReportHandler) | undefined {
  return BY_NAME.get(name)
}
