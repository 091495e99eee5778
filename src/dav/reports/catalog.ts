/**
 * Which REPORTs exist and where they apply. The handlers live in reports/index.ts, keyed by the
 * same names (the type checker makes sure every entry has one); supported-report-set is derived
 * from the `advertised` entries here, so the properties never import the report handlers.
 */
import type { TargetKind } from '../context.js'
import { ALL_KINDS } from '../context.js'
import { card, dav, type QName } from '../xml/names.js'

export interface ReportInfo {
  name: QName
  on: readonly TargetKind[]
  /** Listed in DAV:supported-report-set (RFC 3253 §3.1.5). */
  advertised: boolean
}

export const REPORT_CATALOG = {
  syncCollection: { name: dav('sync-collection'), on: ['book'], advertised: true },
  addressbookMultiget: { name: card('addressbook-multiget'), on: ['book', 'card'], advertised: true },
  addressbookQuery: { name: card('addressbook-query'), on: ['book', 'card'], advertised: true },
  // Answered with an empty multistatus: InfCloud asks for them and stops on an error (Radicale report.py).
  expandProperty: { name: dav('expand-property'), on: ALL_KINDS, advertised: false },
  principalPropertySearch: { name: dav('principal-property-search'), on: ALL_KINDS, advertised: false },
  principalSearchPropertySet: { name: dav('principal-search-property-set'), on: ALL_KINDS, advertised: false },
} as const satisfies Record<string, ReportInfo>

export type ReportKey = keyof typeof REPORT_CATALOG

export function advertisedReports(kind: TargetKind): QName[] {
  const infos: readonly ReportInfo[] = Object.values(REPORT_CATALOG)
  return infos.filter((info) => info.advertised && info.on.includes(kind)).map((info) => info.name)
}
