/**
 * A user who adds a line to the imported note on their phone has edited the NOTE, yet the new
 * import's note should still arrive. When the stored note is the base note with text added before
 * or after it, the fresh note takes the base note's place and the user's text stays around it.
 */
import { escapeText, propertyText, type VProperty } from '../../vcard/index.js'
import type { Unit } from './fields.js'

export function mergeAppendedNote(base: Unit[], stored: Unit[], fresh: Unit[]): VProperty | undefined {
  if (base.length !== 1 || stored.length !== 1 || fresh.length > 1) return undefined
  const baseText = normalise(propertyText(base[0]!.primary))
  const storedProperty = stored[0]!.primary
  const storedText = normalise(propertyText(storedProperty))
  const freshText = fresh[0] ? normalise(propertyText(fresh[0].primary)) : ''
  if (!baseText || storedText === baseText) return undefined
  const at = storedText.indexOf(baseText)
  if (at < 0) return undefined
  const merged = storedText.slice(0, at) + freshText + storedText.slice(at + baseText.length)
  const params = storedProperty.params.filter((p) => !['ENCODING', 'CHARSET'].includes(p.name.toUpperCase()))
  return { group: storedProperty.group, name: storedProperty.name, params, value: escapeText(merged) }
}

const normalise = (text: string) => text.replace(/\r\n?/g, '\n')
