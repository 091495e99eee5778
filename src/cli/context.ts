/** Opens what commands need: the configuration, the store in the data directory, a user's book. */
import { resolve } from 'node:path'
import { openStoreInDirectory } from '../store/index.js'
import type { AddressBook, Store } from '../store/types.js'
import { loadConfig, type Config, type ConfigKey } from './config.js'
import { UsageError, type Io, type Values } from './command.js'

export const DEFAULT_USER = 'me'
const USER_NAME = /^[A-Za-z0-9._@+-]{1,64}$/

export function configFrom(values: Values, io: Io, overrides: Partial<Record<ConfigKey, unknown>> = {}): Config {
  const file = (values.config as string | undefined) ?? io.env.LINKINGOUT_CONFIG
  const data = values.data as string | undefined
  return loadConfig({ file, env: io.env, overrides: { ...overrides, ...(data !== undefined ? { 'storage.data_dir': data } : {}) } })
}

/** `busyTimeoutMs`: see StoreOptions; the server passes a short one and retries without blocking. */
export function openStore(config: Config, options: { busyTimeoutMs?: number } = {}): Store {
  return openStoreInDirectory(resolve(config['storage.data_dir']), options)
}

export function checkUserName(name: string): string {
  if (!USER_NAME.test(name)) throw new UsageError(`invalid user name "${name}": use letters, digits and . _ @ + - (at most 64)`)
  return name
}

export function userBook(store: Store, values: Values): AddressBook {
  return store.ensureBook(checkUserName((values.user as string | undefined) ?? DEFAULT_USER))
}
