/**
 * The three-way rule, per managed field. base = what the importer wrote last time, stored = the
 * card as it is now (perhaps edited on a device), fresh = what the importer writes now.
 *   stored == base            -> take fresh (nobody touched it)
 *   stored != base, fresh == base -> keep stored (only the user changed it)
 *   stored != base, fresh != base -> keep stored and report a conflict (the user's value wins)
 * Set-valued fields compare only the imported values: values the user added are always kept, and
 * the field counts as edited only when the user removed or changed an imported value.
 */
import type { FieldDef, Unit } from './fields.js'

export type Decision =
  | { kind: 'keep' }
  | { kind: 'take'; replace: Unit[]; insert: Unit[] }
  | { kind: 'conflict'; device: string[]; imported: string[] }

export function decide(field: FieldDef, base: Unit[], stored: Unit[], fresh: Unit[]): Decision {
  return field.multi ? decideSet(base, stored, fresh) : decideSingle(field, base, stored, fresh)
}

function decideSingle(field: FieldDef, base: Unit[], stored: Unit[], fresh: Unit[]): Decision {
  const [b, s, f] = [joined(base), joined(stored), joined(fresh)]
  if (s === b) return s === f ? { kind: 'keep' } : { kind: 'take', replace: stored, insert: fresh }
  if (f === b || f === s || !field.reportConflicts) return { kind: 'keep' }
  return { kind: 'conflict', device: values(stored), imported: values(fresh) }
}

function decideSet(base: Unit[], stored: Unit[], fresh: Unit[]): Decision {
  const baseValues = new Set(values(base))
  const storedValues = new Set(values(stored))
  const userRemoved = [...baseValues].filter((v) => !storedValues.has(v))
  const freshValues = new Set(values(fresh))
  const importChanged = !sameSet(baseValues, freshValues)
  if (userRemoved.length > 0) {
    return importChanged ? { kind: 'conflict', device: values(stored), imported: values(fresh) } : { kind: 'keep' }
  }
  if (!importChanged) return { kind: 'keep' }
  const replace = stored.filter((u) => baseValues.has(u.value) && !freshValues.has(u.value))
  const insert = fresh.filter((u) => !storedValues.has(u.value))
  return replace.length === 0 && insert.length === 0 ? { kind: 'keep' } : { kind: 'take', replace, insert }
}

const values = (units: Unit[]) => units.map((u) => u.value)
const joined = (units: Unit[]) => values(units).join('\u0000')

function sameSet(a: Set<string>, b: Set<string>): boolean {
  return a.size === b.size && [...a].every((v) => b.has(v))
}
