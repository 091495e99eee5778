/** RFC 6578 sync-token and RFC 3253 supported-report-set. */
import { formatSyncToken } from '../sync-token.js'
import type { Target } from '../context.js'
import { ALL_KINDS } from '../context.js'
import { advertisedReports } from '../reports/catalog.js'
import { element, escapeText } from '../xml/build.js'
import { dav } from '../xml/names.js'
import { defineProperty } from './types.js'

/** RFC 6578 §4: a URI; SHOULD NOT be returned by allprop. */
export const syncToken = defineProperty({
  name: dav('sync-token'),
  on: ['book'],
  allprop: false,
  get: (_ctx, target) => escapeText(formatSyncToken(target.book.syncId, { revision: target.book.revision })),
})

export const supportedReportSet = defineProperty({
  name: dav('supported-report-set'),
  on: ALL_KINDS,
  allprop: false,
  get: (_ctx, target: Target) =>
    advertisedReports(target.kind)
      .map((report) => element(dav('supported-report'), element(dav('report'), element(report))))
      .join(''),
})
