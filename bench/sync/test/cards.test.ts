import { describe, expect, it } from 'vitest'
import { sameCard } from '../card-compare.js'
import { editedBody, editMarker, namesToChange } from '../edits.js'

const CARD = 'BEGIN:VCARD\r\nVERSION:3.0\r\nUID:urn:uuid:1\r\nFN:Ada Example\r\nitem1.X-ABLabel:LinkedIn\r\nNOTE:a long\r\n  note\r\nEND:VCARD\r\n'

describe('sameCard', () => {
  it('accepts a re-serialised card: other order, upper-cased names, LF, refolded lines', () => {
    const radicaleStyle = 'BEGIN:VCARD\nVERSION:3.0\nFN:Ada Example\nITEM1.X-ABLABEL:LinkedIn\nNOTE:a long \n note\nUID:urn:uuid:1\nEND:VCARD\n'
    expect(sameCard(radicaleStyle, CARD)).toBe(true)
  })

  it('rejects a changed value, a lost line and changed value case', () => {
    expect(sameCard(CARD.replace('Ada', 'Ida'), CARD)).toBe(false)
    expect(sameCard(CARD.replace('FN:Ada Example\r\n', ''), CARD)).toBe(false)
    expect(sameCard(CARD.replace('LinkedIn', 'LINKEDIN'), CARD)).toBe(false)
  })
})

describe('edits', () => {
  const names = Array.from({ length: 1000 }, (_, i) => `card-${String(i).padStart(4, '0')}.vcf`)

  it('changes 1% of the cards per run, a different 1% each run', () => {
    const first = namesToChange(names, 0)
    const second = namesToChange(names, 1)
    expect(first).toHaveLength(10)
    expect(second).toHaveLength(10)
    expect(first.filter((name) => second.includes(name))).toEqual([])
  })

  it('adds a NOTE line with the run marker just before END:VCARD', () => {
    const edited = editedBody(CARD, 2)
    expect(edited.endsWith(`NOTE:${editMarker(2)}\r\nEND:VCARD\r\n`)).toBe(true)
    expect(edited.startsWith(CARD.slice(0, CARD.indexOf('END:VCARD')))).toBe(true)
    expect(sameCard(edited, CARD)).toBe(false)
    expect(() => editedBody('BEGIN:VCARD\r\n', 0)).toThrow()
  })
})
