import { describe, expect, it } from 'vitest'
import { formatSyncToken, parseSyncToken } from '../../src/dav/sync-token.js'

describe('formatSyncToken', () => {
  it('writes urn:linkingout:sync:<syncId>:<revision>', () => {
    expect(formatSyncToken('0c3e5c3c-716a-4d06', { revision: 42 })).toBe('urn:linkingout:sync:0c3e5c3c-716a-4d06:42')
  })

  it('adds the percent-encoded name of a partial position', () => {
    expect(formatSyncToken('s1', { revision: 7, after: 'a b:c@d.vcf' })).toBe('urn:linkingout:sync:s1:7:a%20b%3Ac%40d.vcf')
  })

  it('is a URI (RFC 6578 §3.2): no spaces or other characters outside URI syntax', () => {
    expect(formatSyncToken('s 1', { revision: 1, after: 'Zoë <x>.vcf' })).toMatch(/^[A-Za-z0-9:._~%-]+$/)
  })
})

describe('parseSyncToken', () => {
  it('round-trips complete and partial positions', () => {
    for (const position of [{ revision: 0 }, { revision: 12 }, { revision: 3, after: 'a b:c@d.vcf' }, { revision: 9, after: 'Zoë.vcf' }]) {
      expect(parseSyncToken(formatSyncToken('book-1', position))).toEqual({ kind: 'position', syncId: 'book-1', position })
    }
  })

  it('treats an empty token and foreign formats as an initial sync', () => {
    expect(parseSyncToken('')).toEqual({ kind: 'initial' })
    expect(parseSyncToken('b905a5fd-ce23-4190-9be3-236969d071a8')).toEqual({ kind: 'initial' })
    expect(parseSyncToken('http://radicale.org/ns/sync/0171e7d9')).toEqual({ kind: 'initial' })
    expect(parseSyncToken('urn:other:sync:x:1')).toEqual({ kind: 'initial' })
  })

  it('marks tokens with our prefix but garbled content as invalid', () => {
    for (const token of [
      'urn:linkingout:sync:',
      'urn:linkingout:sync:s1',
      'urn:linkingout:sync:s1:x',
      'urn:linkingout:sync:s1:-1',
      'urn:linkingout:sync:s1:01',
      'urn:linkingout:sync:s1:1.5',
      'urn:linkingout:sync:s1:1:',
      'urn:linkingout:sync:s1:1:a:b',
      'urn:linkingout:sync::1',
      'urn:linkingout:sync:s1:1:%E0%A4',
    ]) {
      expect(parseSyncToken(token), token).toEqual({ kind: 'invalid' })
    }
  })

  it('ignores surrounding whitespace', () => {
    expect(parseSyncToken('  urn:linkingout:sync:s1:4 \n')).toEqual({ kind: 'position', syncId: 's1', position: { revision: 4 } })
  })
})
