/** CalendarServer extensions, kept out of the RFC modules. */
import { hrefOf, parseHref } from '../paths.js'
import { formatSyncToken } from '../sync-token.js'
import { element, escapeText } from '../xml/build.js'
import { cs, dav } from '../xml/names.js'
import { firstChild } from '../xml/parse.js'
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

/**
 * The card that is the user themselves, set by macOS Contacts with a PROPPATCH on the home
 * (sabre: "if the Me card is not supported, Addressbook.app may crash"). Only a card of the
 * user's own book can be "me".
 */
export const meCard = defineProperty({
  name: cs('me-card'),
  on: ['home'],
  allprop: false,
  get: (ctx, target) => {
    const name = ctx.store.getUser(target.user)?.meCard
    const book = name ? ctx.store.listBooks(target.user)[0] : undefined
    return name && book ? element(dav('href'), escapeText(hrefOf(ctx.basePath, { kind: 'card', user: book.owner, slug: book.slug, name }))) : undefined
  },
  toHomeChanges: (ctx, value) => {
    if (value === null) return { meCard: null }
    const href = firstChild(value, dav('href'))?.text
    const path = href === undefined ? null : parseHref(ctx.basePath, href, ctx.url)
    return path?.kind === 'card' && path.user === ctx.user ? { meCard: path.name } : undefined
  },
})
