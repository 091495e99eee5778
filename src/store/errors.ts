/** Domain errors of the store. They carry no HTTP status: `src/dav/errors.ts` translates them. */

export class StoreError extends Error {
  override name = 'StoreError'
}

export class UserExistsError extends StoreError {
  override name = 'UserExistsError'
  constructor(readonly user: string) {
    super(`user "${user}" already exists`)
  }
}

export class UserNotFoundError extends StoreError {
  override name = 'UserNotFoundError'
  constructor(readonly user: string) {
    super(`no user "${user}"`)
  }
}

export class BookNotFoundError extends StoreError {
  override name = 'BookNotFoundError'
  constructor(readonly bookId: number) {
    super(`no address book ${bookId}`)
  }
}

export class CardNotFoundError extends StoreError {
  override name = 'CardNotFoundError'
  constructor(readonly cardName: string) {
    super(`no card "${cardName}"`)
  }
}

/** An If-Match / If-None-Match precondition did not hold. */
export class EtagMismatchError extends StoreError {
  override name = 'EtagMismatchError'
  constructor(readonly cardName: string) {
    super(`precondition failed for "${cardName}"`)
  }
}

/** Another member of the book already carries this UID, or a PUT would change a card's UID. */
export class UidConflictError extends StoreError {
  override name = 'UidConflictError'
  constructor(
    readonly uid: string,
    readonly existingName: string,
  ) {
    super(`UID already used by "${existingName}"`)
  }
}

/** Another process (an import) holds the write lock longer than this connection waits for it. */
export class StoreBusyError extends StoreError {
  override name = 'StoreBusyError'
  constructor() {
    super('the address book is busy (an import is running); try again shortly')
  }
}

/** A sync position this book cannot answer (from the future, or older than its pruned tombstones). */
export class InvalidSyncPositionError extends StoreError {
  override name = 'InvalidSyncPositionError'
  constructor(readonly revision: number) {
    super(`sync position ${revision} is not valid for this book`)
  }
}
