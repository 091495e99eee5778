/**
 * Byte-exact responses, to freeze prefixes, declarations, status lines and escaping. Everything
 * else asserts on parsed structure. UPDATE_GOLDEN=1 rewrites the files after a deliberate change.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { requestBody, useDav, vcard30 } from './helpers.js'

const GOLDEN = new URL('../fixtures/dav/golden/', import.meta.url)

function expectGolden(file: string, actual: string): void {
  const url = new URL(file, GOLDEN)
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(url, actual)
  if (!existsSync(url)) throw new Error(`missing golden file ${file}; run with UPDATE_GOLDEN=1`)
  expect(actual).toBe(readFileSync(url, 'utf8'))
}

describe('golden responses', () => {
  const server = useDav()

  it('iOS principal PROPFIND with Brief: t', async () => {
    const response = await server.request('PROPFIND', '/principals/alice/', { body: requestBody('ios-5-principal-propfind.xml'), headers: { Depth: '0', Brief: 't' } })
    expectGolden('ios-principal-propfind.xml', response.text)
  })

  it('multiget with a found card (escaped address-data, CR as &#13;) and a missing one', async () => {
    server.store.putCard(server.book().id, { name: 'a b.vcf', uid: 'uid-a', body: vcard30('uid-a', 'Ada Example', ['NOTE:Tom & Jerry <friends>']), version: '3.0' })
    const body = requestBody('tb-multiget.xml', { hrefs: '<d:href>/addressbooks/alice/linkedin/a%20b.vcf</d:href>\n<d:href>/addressbooks/alice/linkedin/gone.vcf</d:href>' })
    const response = await server.request('REPORT', '/addressbooks/alice/linkedin/', { body, headers: { Depth: '1' } })
    expectGolden('multiget.xml', response.text)
  })
})
