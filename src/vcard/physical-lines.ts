/** The physical lines of a text, by offsets, for CRLF, LF and lone-CR line breaks alike. */

const SPACE = 0x20
const TAB = 0x09

export class PhysicalLines {
  /** `text.slice(starts[i], ends[i])` is line i, its line break excluded. */
  readonly starts: number[] = []
  readonly ends: number[] = []

  constructor(readonly text: string) {
    const lineBreak = /\r\n|\r|\n/g
    let start = 0
    for (let match = lineBreak.exec(text); match; match = lineBreak.exec(text)) {
      this.starts.push(start)
      this.ends.push(match.index)
      start = match.index + match[0].length
    }
    if (start < text.length) {
      this.starts.push(start)
      this.ends.push(text.length)
    }
  }

  get count(): number {
    return this.starts.length
  }

  line(index: number): string {
    return this.text.slice(this.starts[index], this.ends[index])
  }

  /** Source text from the start of line `first` to the end of line `last`, breaks included. */
  span(first: number, last: number): string {
    return this.text.slice(this.starts[first], this.ends[last])
  }

  /** True when line `index` starts with SPACE or TAB (it continues the previous line). */
  isContinuation(index: number): boolean {
    const start = this.starts[index] ?? 0
    if (start >= (this.ends[index] ?? 0)) return false
    const code = this.text.charCodeAt(start)
    return code === SPACE || code === TAB
  }

  /** True when line `index` ends with `char`. */
  endsWith(index: number, char: string): boolean {
    const end = this.ends[index] ?? 0
    return end > (this.starts[index] ?? 0) && this.text[end - 1] === char
  }

  /** True when line `index` is empty or holds only SPACE/TAB. */
  isBlank(index: number): boolean {
    const end = this.ends[index] ?? 0
    for (let offset = this.starts[index] ?? 0; offset < end; offset++) {
      const code = this.text.charCodeAt(offset)
      if (code !== SPACE && code !== TAB) return false
    }
    return true
  }

  /** The line break after line `index` ('' for the last line without one). */
  breakAfter(index: number): string {
    const next = this.starts[index + 1]
    return next === undefined ? this.text.slice(this.ends[index]) : this.text.slice(this.ends[index], next)
  }
}
