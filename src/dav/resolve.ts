/**
 * Parsed path → the resource it names, for the authenticated user only: another user's
 * principal, home, book or card is "not found", never data.
 */
import type { DavContext, Target } from './context.js'
import type { DavPath } from './paths.js'

/** `no-parent`: a card path whose address book does not exist (PUT answers 409 there). */
export type Resolution = Target | 'not-found' | 'no-parent'

export function resolveTarget(ctx: DavContext, path: DavPath): Resolution {
  switch (path.kind) {
    case 'root':
    case 'principals':
    case 'homes':
      return path
    case 'principal':
      return path.user === ctx.user ? path : 'not-found'
    case 'home':
      if (path.user !== ctx.user) return 'not-found'
      ctx.store.ensureBook(ctx.user)
      return path
    case 'book': {
      if (path.user !== ctx.user) return 'not-found'
      ctx.store.ensureBook(ctx.user)
      const book = ctx.store.getBook(path.user, path.slug)
      return book ? { kind: 'book', book } : 'not-found'
    }
    case 'card': {
      if (path.user !== ctx.user) return 'not-found'
      ctx.store.ensureBook(ctx.user)
      const book = ctx.store.getBook(path.user, path.slug)
      if (!book) return 'no-parent'
      const card = ctx.store.getCard(book.id, path.name)
      return card ? { kind: 'card', book, name: path.name, card } : { kind: 'card', book, name: path.name }
    }
  }
}

/** The members of a collection, for Depth: 1 (cards carry metadata only). */
export function childrenOf(ctx: DavContext, target: Target): Target[] {
  switch (target.kind) {
    case 'root':
      return [{ kind: 'principals' }, { kind: 'homes' }]
    case 'principals':
      return [{ kind: 'principal', user: ctx.user }]
    case 'homes':
      return [{ kind: 'home', user: ctx.user }]
    case 'home':
      ctx.store.ensureBook(ctx.user)
      return ctx.store.listBooks(ctx.user).map((book) => ({ kind: 'book', book }))
    case 'book':
      return ctx.store.listCards(target.book.id).map((card) => ({ kind: 'card', book: target.book, name: card.name, card }))
    case 'principal':
    case 'card':
      return []
  }
}
