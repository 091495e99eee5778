/**
 * Three-way merge of one card (see decide.ts for the rule). Lines of unmanaged properties
 * (phones, addresses, photos, labels, anything unknown) are kept byte for byte and in place;
 * managed lines are replaced where they stood; the card keeps the version the client stored it
 * in. Same inputs, same output bytes.
 */
import { convertVCard, parseVCard, serializeVCard, type VCard, type VProperty } from '../../vcard/index.js'
import { decide, type Decision } from './decide.js'
import { FIELDS, FIELD_ORDER, fieldOf, unitsOf, type FieldDef, type Unit } from './fields.js'
import { createGroupRenamer } from './groups.js'
import { mergeAppendedNote } from './note-append.js'

export interface FieldConflict {
  field: string
  /** The value kept (typed on a device). */
  device: string[]
  /** The value the import would have written. */
  imported: string[]
}

export interface MergeResult {
  body: string
  /** Managed fields the import changed in the stored card. */
  updatedFields: string[]
  conflicts: FieldConflict[]
}

export function mergeCard(base: string | null, stored: string, fresh: string): MergeResult {
  if (base === null) return { body: stored, updatedFields: [], conflicts: [] }
  if (stored === base) return { body: fresh, updatedFields: fresh === base ? [] : ['*'], conflicts: [] }
  if (fresh === base) return { body: stored, updatedFields: [], conflicts: [] }

  const storedCard = parseVCard(stored)
  const baseUnits = groupByField(unitsOf(parseVCard(base)))
  const storedUnits = groupByField(unitsOf(storedCard))
  const freshCard = parseVCard(fresh)
  const freshInVersion = storedCard.version === '4.0' ? convertVCard(freshCard, '4.0') : freshCard
  const freshUnits = groupByField(unitsOf(freshInVersion))

  const plan = new EditPlan(storedCard)
  const updatedFields: string[] = []
  const conflicts: FieldConflict[] = []
  for (const field of FIELDS) {
    const [b, s, f] = [baseUnits.get(field.id) ?? [], storedUnits.get(field.id) ?? [], freshUnits.get(field.id) ?? []]
    const decision: Decision = decide(field, b, s, f)
    if (decision.kind === 'take') {
      plan.replace(field, decision.replace, decision.insert)
      updatedFields.push(field.id)
    } else if (decision.kind === 'conflict') {
      const appended = field.id === 'NOTE' ? mergeAppendedNote(b, s, f) : undefined
      if (appended) {
        plan.substitute(s[0]!.primary, appended)
        updatedFields.push(field.id)
      } else {
        conflicts.push({ field: field.id, device: decision.device, imported: decision.imported })
      }
    }
  }
  if (updatedFields.length === 0) return { body: stored, updatedFields, conflicts }
  return { body: serializeVCard(plan.apply()), updatedFields, conflicts }
}

function groupByField(units: Unit[]): Map<string, Unit[]> {
  const byField = new Map<string, Unit[]>()
  for (const unit of units) {
    const list = byField.get(unit.field.id)
    if (list) list.push(unit)
    else byField.set(unit.field.id, [unit])
  }
  return byField
}

/** Collects removals and insertions against the stored card, then builds the merged card once. */
class EditPlan {
  private readonly removed = new Set<VProperty>()
  private readonly before = new Map<VProperty | 'end', VProperty[]>()
  private readonly renameGroups: (lines: VProperty[]) => VProperty[]

  constructor(private readonly card: VCard) {
    this.renameGroups = createGroupRenamer(card.properties)
  }

  replace(field: FieldDef, replace: Unit[], insert: Unit[]): void {
    for (const unit of replace) for (const line of unit.lines) this.removed.add(line)
    if (insert.length === 0) return
    const anchor = replace[0]?.primary ?? this.anchorFor(field)
    const lines = insert.flatMap((unit) => this.renameGroups(unit.lines))
    this.before.set(anchor, [...(this.before.get(anchor) ?? []), ...lines])
  }

  substitute(line: VProperty, replacement: VProperty): void {
    this.removed.add(line)
    this.before.set(line, [...(this.before.get(line) ?? []), replacement])
  }

  apply(): VCard {
    const properties: VProperty[] = []
    for (const property of this.card.properties) {
      properties.push(...(this.before.get(property) ?? []))
      if (!this.removed.has(property)) properties.push(property)
    }
    properties.push(...(this.before.get('end') ?? []))
    return { ...this.card, properties }
  }

  /** New lines of a field go before the first stored line of a later managed field, else at the end. */
  private anchorFor(field: FieldDef): VProperty | 'end' {
    const order = FIELD_ORDER.get(field.id)!
    for (const property of this.card.properties) {
      const other = fieldOf(property)
      if (other && !this.removed.has(property) && FIELD_ORDER.get(other.id)! > order) return property
    }
    return 'end'
  }
}
