import { beforeEach, describe, expect, it } from 'vitest'
import { createApp } from '../../src/http/app.js'
import { REALM } from '../../src/http/basic-auth.js'
import { hashPassword } from '../../src/http/password.js'
import { silentLogger } from '../../src/log.js'
import { openSqliteStore, type Store } from '../../src/store/index.js'

const PASSWORD = 'correct horse battery staple'
const auth = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`
const PROPFIND_PRINCIPAL = '<propfind xmlns="DAV:"><prop><current-user-principal/></prop></propfind>'

let store: Store
const appFor = (basePath = '', maxBodySize = 64 * 1024) => createApp({ store, log: silentLogger, basePath, maxResourceSize: 1024, maxBodySize })

beforeEach(async () => {
  store = openSqliteStore(':memory:')
  store.ensureBook('alice')
  store.setPasswordHash('alice', await hashPassword(PASSWORD))
})

describe('HTTP pipeline', () => {
  it('redirects /.well-known/carddav (GET and PROPFIND, with and without slash) before asking for credentials', async () => {
    const app = appFor()
    for (const [method, path] of [['GET', '/.well-known/carddav'], ['PROPFIND', '/.well-known/carddav/'], ['PROPFIND', '/.well-known/carddav']]) {
      const response = await app.request(path!, { method })
      expect(response.status, `${method} ${path}`).toBe(301)
      expect(response.headers.get('location')).toBe('/')
    }
  })

  it('answers 401 with a constant Basic realm without credentials or with wrong ones', async () => {
    const app = appFor()
    for (const authorization of [undefined, auth('alice', 'wrong'), auth('nobody', PASSWORD), 'Basic !!!', 'Bearer x']) {
      const response = await app.request('/', { method: 'PROPFIND', headers: authorization ? { authorization, depth: '0' } : { depth: '0' }, body: PROPFIND_PRINCIPAL })
      expect(response.status).toBe(401)
      expect(response.headers.get('www-authenticate')).toBe(`Basic realm="${REALM}", charset="UTF-8"`)
    }
  })

  it('lets a user in with the right password, and a changed password takes effect at once', async () => {
    const app = appFor()
    const request = (password: string) => app.request('/', { method: 'PROPFIND', headers: { authorization: auth('alice', password), depth: '0' }, body: PROPFIND_PRINCIPAL })
    const ok = await request(PASSWORD)
    expect(ok.status).toBe(207)
    expect(await ok.text()).toContain('<d:href>/principals/alice/</d:href>')
    store.setPasswordHash('alice', await hashPassword('a brand new password'))
    expect((await request(PASSWORD)).status).toBe(401)
    expect((await request('a brand new password')).status).toBe(207)
  })

  it('answers OPTIONS without credentials, with the DAV classes', async () => {
    const response = await appFor().request('/addressbooks/alice/linkedin/', { method: 'OPTIONS' })
    expect(response.status).toBe(200)
    expect(response.headers.get('dav')).toBe('1, 3, addressbook')
  })

  it('refuses bodies over the limit with 413', async () => {
    const response = await appFor('', 1000).request('/addressbooks/alice/linkedin/', {
      method: 'REPORT', headers: { authorization: auth('alice', PASSWORD), 'content-length': '5000' }, body: 'x'.repeat(5000),
    })
    expect(response.status).toBe(413)
  })

  it('tags every response with a request id', async () => {
    const response = await appFor().request('/', { method: 'OPTIONS' })
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f]{8}$/)
  })

  it('serves under a base path whether or not the proxy strips it, and redirects the root well-known there', async () => {
    const app = appFor('/carddav')
    const wellKnown = await app.request('/.well-known/carddav', { method: 'PROPFIND' })
    expect(wellKnown.headers.get('location')).toBe('/carddav/')
    for (const path of ['/carddav/', '/']) {
      const response = await app.request(path, { method: 'PROPFIND', headers: { authorization: auth('alice', PASSWORD), depth: '0' }, body: PROPFIND_PRINCIPAL })
      expect(response.status, path).toBe(207)
      const text = await response.text()
      expect(text).toContain('<d:href>/carddav/</d:href>')
      expect(text).toContain('<d:href>/carddav/principals/alice/</d:href>')
    }
  })
})
