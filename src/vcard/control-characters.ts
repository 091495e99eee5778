/**
 * C0 control characters other than TAB, LF and CR, plus DEL. XML 1.0 cannot carry them, and one
 * such character in a served card made iOS re-request the same multiget forever
 * (carddav-compat.md G6).
 */
const CONTROL_CHARACTERS = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F]/
const CONTROL_CHARACTERS_GLOBAL = new RegExp(CONTROL_CHARACTERS.source, 'g')

export function hasControlCharacters(text: string): boolean {
  return CONTROL_CHARACTERS.test(text)
}

export function stripControlCharacters(text: string): string {
  return hasControlCharacters(text) ? text.replace(CONTROL_CHARACTERS_GLOBAL, '') : text
}
