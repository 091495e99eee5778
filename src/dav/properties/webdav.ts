/** RFC 4918 §15 live properties. */
import type { Target, TargetKind } from '../context.js'
import { ALL_KINDS, loadCard } from '../context.js'
import { cardText, VCARD_CONTENT_TYPE } from '../representation.js'
import { element, escapeText } from '../xml/build.js'
import { card, dav } from '../xml/names.js'
import { defineProperty } from './types.js'

const COLLECTION = element(dav('collection'))

const RESOURCE_TYPES: Readonly<Record<TargetKind, string>> = {
  root: COLLECTION,
  principals: COLLECTION,
  principal: COLLECTION + element(dav('principal')),
  homes: COLLECTION,
  home: COLLECTION,
  book: COLLECTION + element(card('addressbook')),
  card: '',
}

export const resourcetype = defineProperty({
  name: dav('resourcetype'),
  on: ALL_KINDS,
  allprop: true,
  get: (_ctx, target: Target) => RESOURCE_TYPES[target.kind],
})

export const displayname = defineProperty({
  name: dav('displayname'),
  on: ['principal', 'book'],
  allprop: true,
  get: (_ctx, target) => escapeText(target.kind === 'book' ? target.book.displayName : target.user),
  toBookChanges: (value) => ({ displayName: value?.text ?? '' }),
})

export const getetag = defineProperty({
  name: dav('getetag'),
  on: ['card'],
  allprop: true,
  get: (_ctx, target) => (target.card ? escapeText(target.card.etag) : undefined),
})

export const getcontenttype = defineProperty({
  name: dav('getcontenttype'),
  on: ['card'],
  allprop: true,
  get: () => VCARD_CONTENT_TYPE,
})

/** The length of what a plain GET returns: the stored bytes, or their vCard 3.0 conversion. */
export const getcontentlength = defineProperty({
  name: dav('getcontentlength'),
  on: ['card'],
  allprop: true,
  get: (ctx, target) => {
    if (!target.card) return undefined
    if (target.card.version === '3.0') return String(target.card.size)
    const stored = loadCard(ctx, target)
    return stored ? String(Buffer.byteLength(cardText(stored, '3.0'))) : undefined
  },
})

export const getlastmodified = defineProperty({
  name: dav('getlastmodified'),
  on: ['card'],
  allprop: true,
  get: (_ctx, target) => (target.card ? new Date(target.card.modifiedAt).toUTCString() : undefined),
})
