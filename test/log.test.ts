import { describe, expect, it } from 'vitest'
import { createLogger } from '../src/log.js'

describe('createLogger', () => {
  it('writes lines at or above its level, with fields, skipping undefined ones', () => {
    const lines: string[] = []
    const log = createLogger('info', (line) => lines.push(line))
    log.debug('hidden')
    log.info('request', { id: 'ab12', status: 207, bytes: undefined, path: 'with space' })
    log.error('boom')
    expect(lines).toHaveLength(2)
    expect(lines[0]).toMatch(/ INFO request id=ab12 status=207 path="with space"$/)
    expect(lines[1]).toMatch(/ ERROR boom$/)
  })

  it('writes nothing when silent', () => {
    const lines: string[] = []
    const log = createLogger('silent', (line) => lines.push(line))
    log.error('x')
    expect(lines).toEqual([])
  })
})
