import { describe, expect, it } from 'vitest'
import { findProperties, paramValues, parseVCard } from '../../src/vcard/index.js'
import { crlf, readFixture } from './fixtures.js'

describe('findProperties', () => {
  const card = parseVCard(readFixture('ios-3.0.vcf'))

  it('matches names case-insensitively, whatever the group, in card order', () => {
    expect(findProperties(card, 'x-ablabel').map((property) => property.group)).toEqual(['item3', 'item4', 'item5'])
    expect(findProperties(card, 'Email').map((property) => property.value)).toEqual(['ada.example@example.com', 'ada@example.org'])
  })

  it('returns nothing for an absent name', () => {
    expect(findProperties(card, 'GEO')).toEqual([])
  })
})

describe('paramValues', () => {
  const card = parseVCard(
    crlf(
      'BEGIN:VCARD',
      'item1.EMAIL;type=INTERNET;type=WORK;type=pref:ada@example.com',
      'TEL;TYPE=work,voice;Type=pref:+1',
      'TEL;CELL;VOICE:+2',
      'N;CHARSET=UTF-8;QUOTED-PRINTABLE:x',
      'ADR;TYPE="home,postal":;;x;;;;',
      'X-A;X-LIST=a,b;X-LIST=c:v',
      'END:VCARD',
    ),
  )
  const [email, tel, tel21, n, adr, custom] = card.properties

  it('flattens repeated TYPE parameters, whatever their case', () => {
    expect(email && paramValues(email, 'TYPE')).toEqual(['INTERNET', 'WORK', 'pref'])
    expect(tel && paramValues(tel, 'type')).toEqual(['work', 'voice', 'pref'])
  })

  it('includes vCard 2.1 bare types under TYPE, and bare encodings under ENCODING only', () => {
    expect(tel21 && paramValues(tel21, 'TYPE')).toEqual(['CELL', 'VOICE'])
    expect(n && paramValues(n, 'TYPE')).toEqual([])
    expect(n && paramValues(n, 'ENCODING')).toEqual(['QUOTED-PRINTABLE'])
    expect(n && paramValues(n, 'charset')).toEqual(['UTF-8'])
  })

  it('splits a quoted TYPE list', () => {
    expect(adr && paramValues(adr, 'TYPE')).toEqual(['home', 'postal'])
  })

  it('flattens comma lists of other parameters', () => {
    expect(custom && paramValues(custom, 'X-LIST')).toEqual(['a', 'b', 'c'])
  })

  it('returns an empty list for a missing parameter', () => {
    expect(email && paramValues(email, 'PREF')).toEqual([])
  })
})
