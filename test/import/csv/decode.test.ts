import { describe, expect, it } from 'vitest'
import { decodeCsvBytes } from '../../../src/import/csv/index.js'

const utf16le = (text: string, bom = true): Uint8Array => Buffer.concat([Buffer.from(bom ? [0xff, 0xfe] : []), Buffer.from(text, 'utf16le')])
const utf16be = (text: string): Uint8Array => {
  const le = Buffer.from(text, 'utf16le')
  return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(le).swap16()])
}

describe('decodeCsvBytes', () => {
  it('decodes plain UTF-8 without BOM', () => {
    expect(decodeCsvBytes(Buffer.from('First Name\nZoë,Osterhout 🚲\n'))).toEqual({ text: 'First Name\nZoë,Osterhout 🚲\n', encoding: 'utf-8' })
  })

  it('strips a UTF-8 BOM (Excel re-save)', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('First Name,Last Name\r\n')])
    expect(decodeCsvBytes(bytes)).toEqual({ text: 'First Name,Last Name\r\n', encoding: 'utf-8' })
  })

  it('falls back to Windows-1252 on invalid UTF-8', () => {
    const bytes = Buffer.from('First Name,Last Name\nJos\xe9,Ortiz \x80\n', 'latin1')
    expect(decodeCsvBytes(bytes)).toEqual({ text: 'First Name,Last Name\nJosé,Ortiz €\n', encoding: 'windows-1252' })
  })

  it('keeps the Windows-1252 fallback after a UTF-8 BOM', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Jos\xe9', 'latin1')])
    expect(decodeCsvBytes(bytes)).toEqual({ text: 'José', encoding: 'windows-1252' })
  })

  it('decodes UTF-16LE with its FF FE BOM', () => {
    expect(decodeCsvBytes(utf16le('"Skill Name"\t"Zoë"\n'))).toEqual({ text: '"Skill Name"\t"Zoë"\n', encoding: 'utf-16le' })
  })

  it('decodes UTF-16BE with its FE FF BOM', () => {
    expect(decodeCsvBytes(utf16be('Skill Name\tJosé\n'))).toEqual({ text: 'Skill Name\tJosé\n', encoding: 'utf-16be' })
  })

  it('sniffs BOM-less UTF-16LE by its NUL bytes', () => {
    expect(decodeCsvBytes(utf16le('Endorsement Date\tSkill Name\n', false))).toEqual({ text: 'Endorsement Date\tSkill Name\n', encoding: 'utf-16le' })
  })

  it('sniffs BOM-less UTF-16BE by its NUL bytes', () => {
    const bytes = Buffer.from(Buffer.from('Skill Name\n', 'utf16le')).swap16()
    expect(decodeCsvBytes(bytes)).toEqual({ text: 'Skill Name\n', encoding: 'utf-16be' })
  })

  it('decodes empty input to empty UTF-8 text', () => {
    expect(decodeCsvBytes(new Uint8Array(0))).toEqual({ text: '', encoding: 'utf-8' })
  })
})

describe('decodeCsvBytes: Windows-1252 high range', () => {
  it('maps 0x80-0x9F to the Windows-1252 characters, not C1 controls', () => {
    const bytes = Buffer.from([0x4a, 0x6f, 0x73, 0xe9, 0x20, 0x93, 0x80, 0x94, 0x20, 0x96, 0x20, 0x8a, 0x9e, 0x9f])
    expect(decodeCsvBytes(bytes)).toEqual({ text: 'José \u201c€\u201d \u2013 ŠžŸ', encoding: 'windows-1252' })
  })
})
