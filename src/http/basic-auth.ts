/**
 * HTTP Basic authentication against the store's scrypt hashes. scrypt is deliberately slow, so a
 * verified Authorization header is remembered for a few minutes; the memory is keyed by a hash
 * of the header and checked against the user's current password hash, so a password changed by
 * another process takes effect at once.
 */
import { createHash } from 'node:crypto'
import type { Store } from '../store/types.js'
import { verifyPassword } from './password.js'

export const REALM = 'linkingout'
export const WWW_AUTHENTICATE = `Basic realm="${REALM}", charset="UTF-8"`

const REMEMBER_MS = 5 * 60 * 1000
const MAX_REMEMBERED = 1000

interface Remembered {
  user: string
  passwordHash: string
  until: number
}

export interface BasicAuthenticator {
  /** The user name when the header carries valid credentials, else null. */
  authenticate(authorization: string | undefined): Promise<string | null>
}

export function createBasicAuthenticator(store: Store, now: () => number = Date.now): BasicAuthenticator {
  const remembered = new Map<string, Remembered>()

  return {
    async authenticate(authorization) {
      const credentials = parseBasic(authorization)
      if (!credentials) return null
      const record = store.getUser(credentials.user)
      if (!record?.passwordHash) return null
      const key = createHash('sha256').update(authorization!).digest('base64')
      const hit = remembered.get(key)
      if (hit && hit.until > now() && hit.passwordHash === record.passwordHash) return hit.user
      if (!(await verifyPassword(credentials.password, record.passwordHash))) return null
      if (remembered.size >= MAX_REMEMBERED) remembered.clear()
      remembered.set(key, { user: record.name, passwordHash: record.passwordHash, until: now() + REMEMBER_MS })
      return record.name
    },
  }
}

export function parseBasic(header: string | undefined): { user: string; password: string } | null {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header ?? '')
  if (!match) return null
  const decoded = Buffer.from(match[1]!, 'base64').toString('utf8')
  const colon = decoded.indexOf(':')
  if (colon <= 0) return null
  return { user: decoded.slice(0, colon), password: decoded.slice(colon + 1) }
}
