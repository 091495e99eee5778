import { describe, expect, it } from 'vitest'
import { convertVCard, decodeBinary } from '../../src/vcard/index.js'
import { ANNIVERSARY_LABEL, cardOf, contentLines, only } from './convert-helpers.js'

const to3 = (...lines: string[]): string[] => contentLines(convertVCard(cardOf('VERSION:4.0', ...lines), '3.0')).slice(1)
const to4 = (...lines: string[]): string[] => contentLines(convertVCard(cardOf('VERSION:3.0', ...lines), '4.0')).slice(1)

describe('KIND and MEMBER', () => {
  it('writes a 4.0 group as an Apple group card', () => {
    expect(to3('KIND:group', 'FN:Team', 'MEMBER:urn:uuid:a', 'MEMBER:urn:uuid:b')).toEqual([
      'X-ADDRESSBOOKSERVER-KIND:group',
      'FN:Team',
      'X-ADDRESSBOOKSERVER-MEMBER:urn:uuid:a',
      'X-ADDRESSBOOKSERVER-MEMBER:urn:uuid:b',
    ])
  })

  it('reads an Apple group card as KIND:group with MEMBERs, whatever the case', () => {
    expect(to4('X-ADDRESSBOOKSERVER-KIND:GROUP', 'x-addressbookserver-member:urn:uuid:a')).toEqual(['KIND:group', 'MEMBER:urn:uuid:a'])
  })

  it('maps KIND:org to X-ABShowAs:COMPANY and drops KIND:individual', () => {
    expect(to3('KIND:org', 'FN:Example Corp')).toEqual(['X-ABShowAs:COMPANY', 'FN:Example Corp'])
    expect(to3('KIND:individual', 'FN:Ada')).toEqual(['FN:Ada'])
  })

  it('keeps a KIND the map does not know, also one named like an Object member', () => {
    expect(to3('KIND:location')).toEqual(['KIND:location'])
    expect(to3('KIND:constructor', 'KIND:toString')).toEqual(['KIND:constructor', 'KIND:toString'])
  })

  it('leaves X-ABShowAs alone on an Apple group card (KIND comes from the group marker)', () => {
    expect(to4('X-ADDRESSBOOKSERVER-KIND:group', 'X-ABShowAs:COMPANY')).toEqual(['KIND:group', 'X-ABShowAs:COMPANY'])
  })

  it('keeps X-ABShowAs values other than COMPANY', () => {
    expect(to4('X-ABShowAs:PERSON')).toEqual(['X-ABShowAs:PERSON'])
  })
})

describe('dates', () => {
  it('converts the year-less birthday both ways, also from the basic format', () => {
    expect(to3('BDAY:--0412')).toEqual(['BDAY;X-APPLE-OMIT-YEAR=1604:1604-04-12'])
    expect(to4('BDAY;X-APPLE-OMIT-YEAR=1604:1604-04-12')).toEqual(['BDAY:--04-12'])
    expect(to4('BDAY;VALUE=date;X-APPLE-OMIT-YEAR=1604:16040412')).toEqual(['BDAY;VALUE=date:--04-12'])
  })

  it('keeps a full birthday and drops a stray X-APPLE-OMIT-YEAR whose year does not match', () => {
    expect(to3('BDAY:1980-01-02')).toEqual(['BDAY:1980-01-02'])
    expect(to4('BDAY;X-APPLE-OMIT-YEAR=1604:1980-01-02')).toEqual(['BDAY:1980-01-02'])
  })

  it('gives a 4.0 ANNIVERSARY an Apple date in the first free item group', () => {
    expect(to3('item1.TEL:1', 'item2.X-ABLabel:x', 'ANNIVERSARY:--06-01')).toEqual([
      'item1.TEL:1',
      'item2.X-ABLabel:x',
      'X-ANNIVERSARY;X-APPLE-OMIT-YEAR=1604:1604-06-01',
      'item3.X-ABDATE;X-APPLE-OMIT-YEAR=1604:1604-06-01',
      `item3.X-ABLabel:${ANNIVERSARY_LABEL}`,
    ])
  })

  it('reads X-ANNIVERSARY and its Apple twin back as one ANNIVERSARY', () => {
    expect(to4('X-ANNIVERSARY:2010-05-06', 'item1.X-ABDATE:2010-05-06', `item1.X-ABLabel:${ANNIVERSARY_LABEL}`, 'FN:A')).toEqual([
      'ANNIVERSARY:2010-05-06',
      'FN:A',
    ])
  })

  it('reads an Apple anniversary date whose label comes first, with omitted year', () => {
    expect(to4(`item7.X-ABLabel:${ANNIVERSARY_LABEL}`, 'item7.X-ABDATE;type=pref;X-APPLE-OMIT-YEAR=1604:1604-09-30')).toEqual([
      'ANNIVERSARY:--09-30',
    ])
  })

  it('keeps X-ABDATE with other labels as it is', () => {
    expect(to4('item1.X-ABDATE:2020-01-01', 'item1.X-ABLabel:Graduation')).toEqual(['item1.X-ABDATE:2020-01-01', 'item1.X-ABLabel:Graduation'])
  })
})

describe('media', () => {
  it('turns a data: URI into inline base64 and back', () => {
    const three = to3('LOGO:data:image/gif;base64,R0lGODlhAQABAAAAACw=')
    expect(three).toEqual(['LOGO;ENCODING=b;TYPE=GIF:R0lGODlhAQABAAAAACw='])
    expect(to4(...three)).toEqual(['LOGO:data:image/gif;base64,R0lGODlhAQABAAAAACw='])
  })

  it('encodes the bytes of a percent-encoded data: URI as base64', () => {
    const [line] = to3('SOUND:data:audio/basic,%00%01%02')
    expect(line).toBe('SOUND;ENCODING=b;TYPE=BASIC:AAEC')
  })

  it('finds the media type of an untyped inline photo from its bytes', () => {
    const card = convertVCard(cardOf('VERSION:3.0', 'PHOTO;ENCODING=b:/9j/4AAQSkZJRg=='), '4.0')
    expect(only(card, 'PHOTO').value).toBe('data:image/jpeg;base64,/9j/4AAQSkZJRg==')
    expect(decodeBinary(only(card, 'PHOTO'))?.mediaType).toBe('image/jpeg')
  })

  it('says VALUE=uri for a linked photo in 3.0 and drops it in 4.0', () => {
    expect(to3('PHOTO:https://example.com/ada.jpg')).toEqual(['PHOTO;VALUE=uri:https://example.com/ada.jpg'])
    expect(to4('PHOTO;VALUE=uri:https://example.com/ada.jpg')).toEqual(['PHOTO:https://example.com/ada.jpg'])
  })
})

describe('TYPE and PREF', () => {
  it('drops PREF ranks other than 1, which 3.0 cannot express', () => {
    expect(to3('TEL;TYPE=home;PREF=2:+1')).toEqual(['TEL;TYPE=HOME:+1'])
    expect(to3('EMAIL;PREF=1:a@example.com')).toEqual(['EMAIL;TYPE=INTERNET,pref:a@example.com'])
  })

  it('merges repeated TYPE parameters into one list at the first one', () => {
    expect(to4('ADR;type=WORK;LABEL="x";type=pref;type=POSTAL:;;x;;;;')).toEqual(['ADR;TYPE=work,postal;PREF=1;LABEL=x:;;x;;;;'])
  })

  it('leaves TYPE on X- and unknown properties alone', () => {
    expect(to4('X-SOCIALPROFILE;type=LinkedIn:https://example.com/in/a', 'X-FOO;TYPE=pref:1')).toEqual([
      'X-SOCIALPROFILE;type=LinkedIn:https://example.com/in/a',
      'X-FOO;TYPE=pref:1',
    ])
    expect(to3('X-FOO;TYPE=work:1')).toEqual(['X-FOO;TYPE=work:1'])
  })

  it('does not add INTERNET twice', () => {
    expect(to3('EMAIL;TYPE=internet,work:a@example.com')).toEqual(['EMAIL;TYPE=INTERNET,WORK:a@example.com'])
  })
})

describe('vCard 2.1 and quoted-printable sources', () => {
  const card21 = cardOf(
    'VERSION:2.1',
    'N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=C3=96zt=C3=BCrk;Ay=',
    '=C5=9Fe;;;',
    'NOTE;QUOTED-PRINTABLE:line=0D=0Atwo',
    'TEL;CELL;PREF:+90 1',
    'X-FOO;BAR:baz',
    'PHOTO;JPEG;BASE64:/9j/4AAQ',
    'EMAIL;INTERNET;8BIT:a@example.com',
  )

  it('decodes quoted-printable to plain UTF-8 text, escaping line breaks, for 4.0', () => {
    expect(contentLines(convertVCard(card21, '4.0'))).toEqual([
      'VERSION:4.0',
      'N:Öztürk;Ayşe;;;',
      'NOTE:line\\ntwo',
      'TEL;TYPE=cell;PREF=1:+90 1',
      'X-FOO;TYPE=BAR:baz',
      'PHOTO:data:image/jpeg;base64,/9j/4AAQ',
      'EMAIL:a@example.com',
    ])
  })

  it('writes valid 3.0 from 2.1: decoded text, named parameters, ENCODING=b', () => {
    expect(contentLines(convertVCard(card21, '3.0'))).toEqual([
      'VERSION:3.0',
      'N:Öztürk;Ayşe;;;',
      'NOTE:line\\ntwo',
      'TEL;TYPE=CELL,pref:+90 1',
      'X-FOO;TYPE=BAR:baz',
      'PHOTO;TYPE=JPEG;ENCODING=b:/9j/4AAQ',
      'EMAIL;TYPE=INTERNET:a@example.com',
    ])
  })

  it('decodes a quoted-printable property of a 3.0 card going to 4.0, whatever its name', () => {
    expect(to4('X-NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=ISO-8859-1:K=F6ln')).toEqual(['X-NOTE:Köln'])
  })
})
