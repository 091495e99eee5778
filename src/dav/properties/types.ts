/** The shape of one property definition (STYLE.md §5.6; Xandikos's one-class-per-property). */
import type { DavContext, Target, TargetKind } from '../context.js'
import type { QName } from '../xml/names.js'
import type { XmlNode } from '../xml/parse.js'

export interface BookChanges {
  displayName?: string
  description?: string
}

export interface HomeChanges {
  /** Member name of the user's "me" card, or null to clear it. */
  meCard: string | null
}

export interface PropertyDef {
  name: QName
  /** The kinds of resource that have this property; on any other it is 404. */
  on: readonly TargetKind[]
  /** Returned by allprop (RFC 4918 §14.2). */
  allprop: boolean
  /** Needs card bodies (address-data): they are loaded in batches, and only when requested. */
  needsBody?: boolean
  /** Serialised content of the property element; undefined means the resource lacks it (404). */
  get(ctx: DavContext, target: Target, requested: XmlNode | undefined): string | undefined
  /** Present for properties a PROPPATCH may change (on an address book); absent means protected. */
  toBookChanges?(value: XmlNode | null): BookChanges
  /** Present for properties a PROPPATCH may change on the address-book home; undefined = invalid value. */
  toHomeChanges?(ctx: DavContext, value: XmlNode | null): HomeChanges | undefined
}

type TargetOf<K extends TargetKind> = Extract<Target, { kind: K }>

/** Defines a property whose getter sees only the target kinds listed in `on`. */
export function defineProperty<K extends TargetKind>(def: {
  name: QName
  on: readonly K[]
  allprop: boolean
  needsBody?: boolean
  get(ctx: DavContext, target: TargetOf<K>, requested: XmlNode | undefined): string | undefined
  toBookChanges?(value: XmlNode | null): BookChanges
  toHomeChanges?(ctx: DavContext, value: XmlNode | null): HomeChanges | undefined
}): PropertyDef {
  const kinds: readonly TargetKind[] = def.on
  return {
    ...def,
    get: (ctx, target, requested) => (kinds.includes(target.kind) ? def.get(ctx, target as TargetOf<K>, requested) : undefined),
  }
}
