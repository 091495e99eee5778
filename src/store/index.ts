export * from './types.js'
export * from './errors.js'
export { etagOf } from './etag.js'
export { openSqliteStore, openStoreInDirectory, STORE_FILE_NAME, type StoreOptions } from './open.js'
