import { describe, expect, it } from 'vitest'
import { assignIdentities, cardNameForUid, NAMESPACE, uidForKey } from '../../src/import/identity.js'
import { uuidV5 } from '../../src/import/uuid-v5.js'

describe('uuidV5', () => {
  it('matches the RFC 9562 test vector for www.example.com in the DNS namespace', () => {
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2')
  })
})

describe('assignIdentities', () => {
  it('derives the UID from the slug when there is one, and the card name from the UID', () => {
    const [identity] = assignIdentities([{ slug: 'ada-example', firstName: 'Ada', lastName: 'Example', connectedOn: '2021-03-05' }])
    expect(identity!.uid).toBe(`urn:uuid:${uuidV5('linkedin:ada-example', NAMESPACE)}`)
    expect(identity!.name).toBe(`${identity!.uid.slice(9)}.vcf`)
    expect(identity!.keys).toEqual(['slug:ada-example', 'name:ada|example|2021-03-05'])
  })

  it('keys URL-less rows on normalised name and connected-on date', () => {
    const [a, b] = assignIdentities([
      { firstName: ' Zoë ', lastName: 'BRANDVOLD', connectedOn: '2019-08-19' },
      { firstName: 'Zoe\u0308', lastName: 'brandvold', connectedOn: '2019-08-19', email: 'Zoe@Example.com' },
    ])
    expect(a!.keys).toEqual(['name:zoë|brandvold|2019-08-19'])
    expect(b!.keys).toEqual(['name:zoë|brandvold|2019-08-19#2', 'email:zoe@example.com'])
    expect(a!.uid).not.toBe(b!.uid)
  })

  it('keeps two people with the same name but different dates apart', () => {
    const [a, b] = assignIdentities([
      { firstName: 'Sam', lastName: 'Lee', connectedOn: '2020-01-01' },
      { firstName: 'Sam', lastName: 'Lee', connectedOn: '2021-01-01' },
    ])
    expect(a!.uid).not.toBe(b!.uid)
  })

  it('gives the same identity for the same input in every run', () => {
    const input = [{ slug: 'x', firstName: 'X', lastName: 'Y' }]
    expect(assignIdentities(input)).toEqual(assignIdentities(input))
  })

  it('builds names from UIDs and UIDs from keys consistently', () => {
    const uid = uidForKey('slug:mara-quellen-4b21a7')
    expect(cardNameForUid(uid)).toMatch(/^[0-9a-f-]{36}\.vcf$/)
  })
})
