import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { findProperties, parseVCard, parseVCards, VCardSyntaxError, type VCard, type VProperty } from '../../src/vcard/index.js'
import { crlf, FIXTURE_NAMES, readFixture } from './fixtures.js'

function only(card: VCard, name: string): VProperty {
  const [property, extra] = findProperties(card, name)
  if (!property || extra) throw new Error(`expected one ${name}`)
  return property
}

function syntaxError(run: () => unknown): VCardSyntaxError {
  try {
    run()
  } catch (error) {
    if (error instanceof VCardSyntaxError) return error
    throw error
  }
  throw new Error('expected a VCardSyntaxError')
}

describe('parseVCards on the fixtures', () => {
  it.each(FIXTURE_NAMES)('parses %s into one card with its version and CRLF', (name) => {
    const [card, extra] = parseVCards(readFixture(name))
    expect(extra).toBeUndefined()
    expect(card?.version).toBe(/-(\d\.\d)\.vcf$/.exec(name)?.[1])
    expect(card?.lineBreak).toBe('\r\n')
    expect(card?.beginRaw).toBe('BEGIN:VCARD')
    expect(card?.endRaw).toBe('END:VCARD')
  })

  it('keeps every iOS property in order with groups, duplicate params and case', () => {
    const card = parseVCard(readFixture('ios-3.0.vcf'))
    expect(card.properties.map((property) => property.name).slice(0, 4)).toEqual(['VERSION', 'PRODID', 'N', 'FN'])
    const [email] = findProperties(card, 'email')
    expect(email?.group).toBe('item1')
    expect(email?.params.map((param) => `${param.name}=${param.values.join(',')}`)).toEqual(['type=INTERNET', 'type=WORK', 'type=pref'])
    const labels = findProperties(card, 'X-ABLABEL')
    expect(labels.map((label) => `${label.group}.${label.name}:${label.value}`)).toContain('item3.X-ABLabel:_$!<HomePage>!$_')
  })

  it('unfolds values and keeps the folded source text in raw', () => {
    const card = parseVCard(readFixture('ios-3.0.vcf'))
    const note = only(card, 'NOTE')
    expect(note.value).toBe(
      'Met at the example conference\\, Berlin.\\nPrefers tea\\; dislikes early calls. This note is long enough to be folded – twice – by the phone.',
    )
    expect(note.raw).toContain('\r\n ')
    expect(note.raw?.replace(/\r\n /g, '')).toBe(`NOTE:${note.value}`)
    const photo = only(card, 'PHOTO')
    expect(photo.value).toMatch(/^\/9j\/[A-Za-z0-9+/]+=*$/)
    expect(photo.raw?.split('\r\n').length).toBeGreaterThan(3)
  })

  it('reads a quoted parameter with a comma and a semicolon', () => {
    const property = only(parseVCard(readFixture('ios-3.0.vcf')), 'X-PARAM')
    expect(property.params).toEqual([
      { name: 'X-CUSTOM', values: ['a,b;c'] },
      { name: 'X-OTHER', values: ['plain'] },
    ])
  })

  it('joins quoted-printable soft line breaks of a vCard 2.1 card', () => {
    const card = parseVCard(readFixture('qp-2.1.vcf'))
    const n = only(card, 'N')
    expect(n.value).toBe('=C3=96zt=C3=BCrk;Ay=C5=9Fe;;;')
    expect(n.raw).toBe('N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=C3=96zt=C3=BCrk;Ay=\r\n=C5=9Fe;;;')
    expect(only(card, 'FN').value).toBe('Ay=C5=9Fe =C3=96zt=C3=BCrk')
    expect(only(card, 'NOTE').value).toContain('uzun bir not ile devam')
    expect(only(card, 'NOTE').value.endsWith('i=C3=A7eriyor.')).toBe(true)
    expect(card.properties.map((property) => property.name)).toEqual(['VERSION', 'N', 'FN', 'TEL', 'TEL', 'EMAIL', 'NOTE', 'ADR', 'ORG'])
  })

  it('reads the Apple group card members', () => {
    const card = parseVCard(readFixture('apple-group-3.0.vcf'))
    expect(findProperties(card, 'X-ADDRESSBOOKSERVER-MEMBER').map((member) => member.value)).toEqual([
      'urn:uuid:8a2b3c4d-1111-2222-3333-444455556666',
      'urn:uuid:c1d2e3f4-aaaa-bbbb-cccc-0123456789ab',
    ])
  })
})

describe('parseVCards line handling', () => {
  const lines = ['BEGIN:VCARD', 'VERSION:3.0', 'FN:Ada', 'NOTE:one', '  two', 'END:VCARD']

  it.each([
    ['LF', '\n'],
    ['lone CR', '\r'],
  ] as const)('reads %s line breaks like CRLF and remembers them', (_label, lineBreak) => {
    const card = parseVCard(lines.join(lineBreak) + lineBreak)
    const reference = parseVCard(crlf(...lines))
    expect(card.lineBreak).toBe(lineBreak)
    expect(card.properties.map(({ name, value }) => ({ name, value }))).toEqual(reference.properties.map(({ name, value }) => ({ name, value })))
    expect(only(card, 'NOTE').raw).toBe(`NOTE:one${lineBreak}  two`)
    expect(only(card, 'NOTE').value).toBe('one two')
  })

  it('accepts a last line without a line break', () => {
    expect(parseVCard('BEGIN:VCARD\r\nFN:Ada\r\nEND:VCARD').properties).toHaveLength(1)
  })

  it('unfolds a TAB continuation too, removing only the one whitespace character', () => {
    const card = parseVCard(crlf('BEGIN:VCARD', 'NOTE:a', '\t b', 'END:VCARD'))
    expect(only(card, 'NOTE').value).toBe('a b')
  })

  it('ignores blank lines between cards and whitespace lines at the end', () => {
    const text = `\r\n${crlf('BEGIN:VCARD', 'FN:One', 'END:VCARD')}\r\n  \r\n${crlf('BEGIN:VCARD', 'FN:Two', 'END:VCARD')}  \r\n\t\r\n\r\n`
    expect(parseVCards(text).map((card) => card.properties[0]?.value)).toEqual(['One', 'Two'])
  })

  it('does not attach a whitespace-only line after END:VCARD to it', () => {
    const [card] = parseVCards(crlf('BEGIN:VCARD', 'FN:One', 'END:VCARD', ' '))
    expect(card?.endRaw).toBe('END:VCARD')
  })

  it('tolerates empty lines inside a card', () => {
    const card = parseVCard(crlf('BEGIN:VCARD', 'FN:Ada', '', 'TITLE:Boss', 'END:VCARD'))
    expect(card.properties.map((property) => property.name)).toEqual(['FN', 'TITLE'])
  })

  it('reads BEGIN and END in any case and keeps their source', () => {
    const card = parseVCard(crlf('begin:vcard', 'FN:Ada', 'End:VCard'))
    expect([card.beginRaw, card.endRaw]).toEqual(['begin:vcard', 'End:VCard'])
  })

  it('skips a leading byte order mark', () => {
    expect(parseVCard(`\uFEFF${crlf('BEGIN:VCARD', 'FN:Ada', 'END:VCARD')}`).properties).toHaveLength(1)
  })

  it('records an empty version when VERSION is missing', () => {
    expect(parseVCard(crlf('BEGIN:VCARD', 'FN:Ada', 'END:VCARD')).version).toBe('')
  })

  it('treats a trailing = as a soft break only for quoted-printable values', () => {
    const card = parseVCard(crlf('BEGIN:VCARD', 'X-DATA;ENCODING=b:QUJD=', ' PQ==', 'X-NEXT:plain=', 'END:VCARD'))
    expect(findProperties(card, 'X-DATA')[0]?.value).toBe('QUJD=PQ==')
    expect(findProperties(card, 'X-NEXT')[0]?.value).toBe('plain=')
  })

  it('joins a quoted-printable soft break followed by a folded line (fold whitespace removed)', () => {
    const card = parseVCard(crlf('BEGIN:VCARD', 'VERSION:2.1', 'NOTE;ENCODING=QUOTED-PRINTABLE:abc=', ' def', 'END:VCARD'))
    expect(only(card, 'NOTE').value).toBe('abcdef')
  })

  it('never continues a soft break into END:VCARD', () => {
    const card = parseVCard(crlf('BEGIN:VCARD', 'VERSION:2.1', 'NOTE;QUOTED-PRINTABLE:broken=', 'END:VCARD'))
    expect(only(card, 'NOTE').value).toBe('broken=')
  })

  it('keeps RFC 6868 caret sequences in parameter values as written', () => {
    const card = parseVCard(crlf('BEGIN:VCARD', 'ADR;LABEL="Main St^n^\'Home^\'":;;Main St;;;;', 'END:VCARD'))
    expect(only(card, 'ADR').params[0]?.values).toEqual(["Main St^n^'Home^'"])
  })
})

describe('parse errors', () => {
  it('rejects empty input', () => {
    const error = syntaxError(() => parseVCards(''))
    expect(error.message).toMatch(/no BEGIN:VCARD/)
    expect(error.line).toBe(1)
  })

  it('rejects text outside BEGIN/END, with its line', () => {
    const error = syntaxError(() => parseVCards(crlf('BEGIN:VCARD', 'FN:Ada', 'END:VCARD', 'stray text')))
    expect(error.line).toBe(4)
    expect(error.message).toMatch(/^line 4: expected BEGIN:VCARD/)
  })

  it('rejects input that does not start with BEGIN:VCARD', () => {
    expect(syntaxError(() => parseVCards(crlf('FN:Ada', 'END:VCARD'))).line).toBe(1)
  })

  it('rejects a card without END:VCARD, pointing at its BEGIN', () => {
    const error = syntaxError(() => parseVCards(crlf('', 'BEGIN:VCARD', 'FN:Ada')))
    expect(error.message).toMatch(/missing END:VCARD/)
    expect(error.line).toBe(2)
  })

  it('rejects a second BEGIN:VCARD before the first card ends', () => {
    const error = syntaxError(() => parseVCards(crlf('BEGIN:VCARD', 'FN:Ada', 'BEGIN:VCARD', 'END:VCARD')))
    expect(error.line).toBe(3)
    expect(error.message).toMatch(/missing END:VCARD/)
  })

  it('rejects a content line without a colon, e.g. an unfolded line break', () => {
    const error = syntaxError(() => parseVCards(crlf('BEGIN:VCARD', 'NOTE:first line', 'second line', 'END:VCARD')))
    expect(error.line).toBe(3)
    expect(error.message).toMatch(/no ':'/)
  })

  it('rejects an unterminated quoted parameter value', () => {
    const error = syntaxError(() => parseVCards(crlf('BEGIN:VCARD', 'X-A;P="open:value', 'END:VCARD')))
    expect(error.line).toBe(2)
    expect(error.message).toMatch(/unterminated quoted parameter/)
  })

  it('either parses or throws VCardSyntaxError with a line number, for any input (property-based)', () => {
    const piece = fc.constantFrom('BEGIN:VCARD', 'END:VCARD', 'VERSION:2.1', 'FN:A', 'N;QUOTED-PRINTABLE:a=', 'X-A;P="x', ' ', '\t', ':', ';', '"', '=', '\r\n', '\n', '\r', 'x', 'é', '😀')
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        try {
          parseVCards(pieces.join(''))
        } catch (error) {
          expect(error).toBeInstanceOf(VCardSyntaxError)
          expect((error as VCardSyntaxError).line).toBeGreaterThanOrEqual(1)
        }
      }),
      { numRuns: 1000 },
    )
  })

  it('parseVCard rejects two cards, pointing at the second', () => {
    const error = syntaxError(() => parseVCard(crlf('BEGIN:VCARD', 'FN:A', 'END:VCARD', 'BEGIN:VCARD', 'FN:B', 'END:VCARD')))
    expect(error.message).toMatch(/exactly one vCard, found 2/)
    expect(error.line).toBe(4)
  })
})
