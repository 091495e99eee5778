/**
 * What every handler, property and report receives: the request with its authenticated user,
 * the dependencies, and the resolved target resource.
 */
import type { Logger } from '../log.js'
import type { AddressBook, Card, CardMeta, Store } from '../store/types.js'
import { hrefOf, type DavPath } from './paths.js'

export interface DavContext {
  store: Store
  log: Logger
  basePath: string
  maxResourceSize: number
  /** The authenticated user. */
  user: string
  request: Request
  url: URL
}

/** A resource that exists (or, for a card, may be created by PUT when `card` is absent). */
export type Target =
  | { kind: 'root' }
  | { kind: 'principals' }
  | { kind: 'principal'; user: string }
  | { kind: 'homes' }
  | { kind: 'home'; user: string }
  | { kind: 'book'; book: AddressBook }
  | CardTarget

export interface CardTarget {
  kind: 'card'
  book: AddressBook
  name: string
  /** The stored card: metadata only in listings, with its body once loaded; absent if it does not exist. */
  card?: CardMeta | Card
}

export type TargetKind = Target['kind']

export const ALL_KINDS: readonly TargetKind[] = ['root', 'principals', 'principal', 'homes', 'home', 'book', 'card']

function pathOf(target: Target): DavPath {
  switch (target.kind) {
    case 'book':
      return { kind: 'book', user: target.book.owner, slug: target.book.slug }
    case 'card':
      return { kind: 'card', user: target.book.owner, slug: target.book.slug, name: target.name }
    default:
      return target
  }
}

export function targetHref(ctx: DavContext, target: Target): string {
  return hrefOf(ctx.basePath, pathOf(target))
}

export function hasBody(card: CardMeta | Card | undefined): card is Card {
  return card !== undefined && 'body' in card
}

/** The card with its body, loading the body from the store if the target carries only metadata. */
export function loadCard(ctx: DavContext, target: CardTarget): Card | undefined {
  if (hasBody(target.card)) return target.card
  const card = ctx.store.getCard(target.book.id, target.name)
  if (card) target.card = card
  return card
}
