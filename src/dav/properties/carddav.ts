/** RFC 6352 properties. */
import { loadCard } from '../context.js'
import { cardText, versionFromAddressData } from '../representation.js'
import { element, escapeText } from '../xml/build.js'
import { hrefOf } from '../paths.js'
import { card, dav } from '../xml/names.js'
import { stripControlCharacters } from '../../vcard/index.js'
import { defineProperty } from './types.js'

/** RFC 6352 §7.1.1; not in allprop. */
export const addressbookHomeSet = defineProperty({
  name: card('addressbook-home-set'),
  on: ['principal'],
  allprop: false,
  get: (ctx, target) => element(dav('href'), escapeText(hrefOf(ctx.basePath, { kind: 'home', user: target.user }))),
})

/** RFC 6352 §6.2.1; writable by PROPPATCH. */
export const addressbookDescription = defineProperty({
  name: card('addressbook-description'),
  on: ['book'],
  allprop: true,
  get: (_ctx, target) => (target.book.description ? escapeText(target.book.description) : undefined),
  toBookChanges: (value) => ({ description: value?.text ?? '' }),
})

const SUPPORTED_ADDRESS_DATA = ['3.0', '4.0']
  .map((version) => element(card('address-data-type'), undefined, { 'content-type': 'text/vcard', version }))
  .join('')

/** RFC 6352 §6.2.2; not in allprop. We store and deliver both versions. */
export const supportedAddressData = defineProperty({
  name: card('supported-address-data'),
  on: ['book'],
  allprop: false,
  get: () => SUPPORTED_ADDRESS_DATA,
})

/** RFC 6352 §6.2.3; not in allprop. */
export const maxResourceSize = defineProperty({
  name: card('max-resource-size'),
  on: ['book'],
  allprop: false,
  get: (ctx) => String(ctx.maxResourceSize),
})

/**
 * RFC 6352 §10.4: the card itself, in the version the request element asks for. Characters XML
 * cannot carry are stripped; CR is written as `&#13;` so CRLF survives.
 */
export const addressData = defineProperty({
  name: card('address-data'),
  on: ['card'],
  allprop: false,
  needsBody: true,
  get: (ctx, target, requested) => {
    const stored = loadCard(ctx, target)
    return stored ? escapeText(stripControlCharacters(cardText(stored, versionFromAddressData(requested)))) : undefined
  },
})
