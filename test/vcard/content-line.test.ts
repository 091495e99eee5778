import { describe, expect, it } from 'vitest'
import { parseContentLine } from '../../src/vcard/content-line.js'
import { VCardSyntaxError } from '../../src/vcard/index.js'

describe('parseContentLine', () => {
  it('reads group, name, repeated parameters in order, and the value', () => {
    expect(parseContentLine('item1.EMAIL;type=INTERNET;type=WORK;type=pref:ada@example.com', 1)).toEqual({
      group: 'item1',
      name: 'EMAIL',
      params: [
        { name: 'type', values: ['INTERNET'] },
        { name: 'type', values: ['WORK'] },
        { name: 'type', values: ['pref'] },
      ],
      value: 'ada@example.com',
    })
  })

  it('splits a comma list into values', () => {
    expect(parseContentLine('TEL;TYPE=work,voice:+1 555', 1).params).toEqual([{ name: 'TYPE', values: ['work', 'voice'] }])
  })

  it('keeps separators inside a quoted value and removes the quotes', () => {
    const property = parseContentLine('X-PARAM;X-CUSTOM="a,b;c:d";X-OTHER=plain:value', 1)
    expect(property.params).toEqual([
      { name: 'X-CUSTOM', values: ['a,b;c:d'] },
      { name: 'X-OTHER', values: ['plain'] },
    ])
    expect(property.value).toBe('value')
  })

  it('reads quoted items of a comma list separately', () => {
    expect(parseContentLine('X-A;P="x,y",z,"w;v":1', 1).params).toEqual([{ name: 'P', values: ['x,y', 'z', 'w;v'] }])
  })

  it('marks vCard 2.1 bare parameters with the name they stand for', () => {
    expect(parseContentLine('TEL;CELL;VOICE:+1', 1).params).toEqual([
      { name: 'TYPE', values: ['CELL'], bare: true },
      { name: 'TYPE', values: ['VOICE'], bare: true },
    ])
    expect(parseContentLine('N;CHARSET=UTF-8;QUOTED-PRINTABLE:=C3=96', 1).params).toEqual([
      { name: 'CHARSET', values: ['UTF-8'] },
      { name: 'ENCODING', values: ['QUOTED-PRINTABLE'], bare: true },
    ])
    expect(parseContentLine('PHOTO;JPEG;BASE64:AAAA', 1).params[1]).toEqual({ name: 'ENCODING', values: ['BASE64'], bare: true })
  })

  it('keeps the case of names and parameters and the caret encoding', () => {
    const property = parseContentLine("x-abLabel;X-Addr=\"Main St^nNo. 5 ^'A^'\":Home", 1)
    expect(property.name).toBe('x-abLabel')
    expect(property.params).toEqual([{ name: 'X-Addr', values: ["Main St^nNo. 5 ^'A^'"] }])
  })

  it('keeps colons in the value and takes an empty value', () => {
    expect(parseContentLine('URL:https://example.com:8443/a', 1).value).toBe('https://example.com:8443/a')
    expect(parseContentLine('NOTE:', 1).value).toBe('')
  })

  it('rejects a line without a colon, naming the line', () => {
    expect(() => parseContentLine('just some text', 7)).toThrow(VCardSyntaxError)
    expect(() => parseContentLine('just some text', 7)).toThrow(/line 7: content line has no ':'/)
  })

  it('rejects an unterminated quoted parameter value', () => {
    expect(() => parseContentLine('X-A;P="abc:def', 3)).toThrow(/line 3: unterminated quoted parameter value on X-A/)
  })

  it('rejects a missing property name', () => {
    expect(() => parseContentLine(':value', 2)).toThrow(/line 2: content line has no property name/)
  })

  it('does not echo values that are not property names in its messages', () => {
    expect(() => parseContentLine('Secret Person; private', 1)).toThrow(/^line 1: a content line has no ':' after its parameters$/)
  })
})
