/** CalendarServer extensions, kept out of the RFC modules. */
import { formatSyncToken } from '../sync-token.js'
import { escapeText } from '../xml/build.js'
import { cs } from '../xml/names.js'
import { defineProperty } from './types.js'

/**
 * Apple's collection tag: macOS fetches nothing without it. It is the sync token itself, so it
 * changes exactly when the revision does (and when a recreated database gets a new syncId).
 */
export const getctag = defineProperty({
  name: cs('getctag'),
  on: ['book'],
  allprop: false,
  get: (_ctx, target) => escapeText(formatSyncToken(target.book.syncId, { revision: target.book.revision })),
})
