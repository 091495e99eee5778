import { describe, expect, it } from 'vitest'
import { PhysicalLines } from '../../src/vcard/physical-lines.js'

describe('PhysicalLines', () => {
  const lines = new PhysicalLines('a\r\n b\nc\r\r\n\t \r\nlast')

  it('splits on CRLF, LF and lone CR and keeps the last line without a break', () => {
    expect(Array.from({ length: lines.count }, (_, index) => lines.line(index))).toEqual(['a', ' b', 'c', '', '\t ', 'last'])
  })

  it('reports the break after each line', () => {
    expect(Array.from({ length: lines.count }, (_, index) => lines.breakAfter(index))).toEqual(['\r\n', '\n', '\r', '\r\n', '\r\n', ''])
  })

  it('spans lines with their breaks', () => {
    expect(lines.span(0, 2)).toBe('a\r\n b\nc')
  })

  it('classifies continuation, blank and trailing characters', () => {
    expect([0, 1, 2, 3, 4].map((index) => lines.isContinuation(index))).toEqual([false, true, false, false, true])
    expect([0, 1, 3, 4].map((index) => lines.isBlank(index))).toEqual([false, false, true, true])
    expect(lines.endsWith(0, 'a')).toBe(true)
    expect(lines.endsWith(3, 'a')).toBe(false)
  })

  it('has no lines for empty text', () => {
    expect(new PhysicalLines('').count).toBe(0)
  })
})
