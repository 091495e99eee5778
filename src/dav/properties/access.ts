/** Principals and privileges: RFC 5397 (current-user-principal) and RFC 3744 (ACL). */
import type { DavContext, Target, TargetKind } from '../context.js'
import { ALL_KINDS } from '../context.js'
import { hrefOf } from '../paths.js'
import { element, escapeText } from '../xml/build.js'
import { dav } from '../xml/names.js'
import { defineProperty } from './types.js'

function hrefXml(href: string): string {
  return element(dav('href'), escapeText(href))
}

function principalHref(ctx: DavContext, user: string): string {
  return hrefXml(hrefOf(ctx.basePath, { kind: 'principal', user }))
}

export const currentUserPrincipal = defineProperty({
  name: dav('current-user-principal'),
  on: ALL_KINDS,
  allprop: false,
  get: (ctx) => principalHref(ctx, ctx.user),
})

export const principalUrl = defineProperty({
  name: dav('principal-URL'),
  on: ['principal'],
  allprop: false,
  get: (ctx, target) => principalHref(ctx, target.user),
})

export const principalCollectionSet = defineProperty({
  name: dav('principal-collection-set'),
  on: ALL_KINDS,
  allprop: false,
  get: (ctx) => hrefXml(hrefOf(ctx.basePath, { kind: 'principals' })),
})

export const owner = defineProperty({
  name: dav('owner'),
  on: ['principal', 'home', 'book', 'card'],
  allprop: false,
  get: (ctx, target) => principalHref(ctx, 'user' in target ? target.user : target.book.owner),
})

const READ_ONLY = ['read']
const WRITABLE_MEMBER = ['read', 'write', 'write-properties', 'write-content']
const WRITABLE_COLLECTION = [...WRITABLE_MEMBER, 'bind', 'unbind']

const PRIVILEGES: Readonly<Record<TargetKind, readonly string[]>> = {
  root: READ_ONLY,
  principals: READ_ONLY,
  principal: READ_ONLY,
  homes: READ_ONLY,
  home: READ_ONLY,
  book: WRITABLE_COLLECTION,
  card: WRITABLE_MEMBER,
}

/** Aggregated as RFC 3744 §5.4 writes it: one `<d:privilege>` per privilege. */
export const currentUserPrivilegeSet = defineProperty({
  name: dav('current-user-privilege-set'),
  on: ALL_KINDS,
  allprop: false,
  get: (_ctx, target: Target) =>
    PRIVILEGES[target.kind].map((privilege) => element(dav('privilege'), element(dav(privilege)))).join(''),
})
