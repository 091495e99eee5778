/**
 * Typed requests parsed from XML bodies (sabre's Xml/Request/*): which properties a PROPFIND
 * or REPORT asks for, and the operations of a PROPPATCH. Malformed requests are 400s.
 */
import { DavError } from './errors.js'
import { dav, type QName } from './xml/names.js'
import { firstChild, type XmlNode } from './xml/parse.js'

export interface RequestedProp {
  name: QName
  /** The element as the client sent it (address-data carries attributes and children). */
  node: XmlNode
}

export type PropRequest =
  | { kind: 'allprop'; include: RequestedProp[] }
  | { kind: 'propname' }
  | { kind: 'prop'; props: RequestedProp[] }

export interface PropPatchOperation {
  action: 'set' | 'remove'
  name: QName
  /** The property element with its new value (set), or as named (remove). */
  node: XmlNode
}

const PROPFIND = dav('propfind')
const PROPERTYUPDATE = dav('propertyupdate')
const ALLPROP = dav('allprop')
const PROPNAME = dav('propname')
const PROP = dav('prop')
const INCLUDE = dav('include')
const SET = dav('set')
const REMOVE = dav('remove')

export const ALLPROP_REQUEST: PropRequest = { kind: 'allprop', include: [] }

const badRequest = DavError.badRequest

/** PROPFIND body → PropRequest. An empty body, or an empty `<propfind/>`, means allprop. */
export function parsePropfind(root: XmlNode | null): PropRequest {
  if (!root) return ALLPROP_REQUEST
  if (root.name !== PROPFIND) throw badRequest('expected a DAV:propfind body')
  return parsePropSelection(root) ?? ALLPROP_REQUEST
}

/** The allprop / propname / prop child of a PROPFIND or REPORT element, if there is one. */
export function parsePropSelection(parent: XmlNode): PropRequest | undefined {
  if (firstChild(parent, PROPNAME)) return { kind: 'propname' }
  if (firstChild(parent, ALLPROP)) {
    const include = firstChild(parent, INCLUDE)
    return { kind: 'allprop', include: include ? requestedProps(include) : [] }
  }
  const prop = firstChild(parent, PROP)
  return prop ? { kind: 'prop', props: requestedProps(prop) } : undefined
}

/** The children of a `<prop>` (or `<include>`), first occurrence of each name kept. */
function requestedProps(container: XmlNode): RequestedProp[] {
  const seen = new Set<QName>()
  const props: RequestedProp[] = []
  for (const node of container.children) {
    if (seen.has(node.name)) continue
    seen.add(node.name)
    props.push({ name: node.name, node })
  }
  return props
}

/** PROPPATCH body → its set/remove operations in document order (RFC 4918 §9.2). */
export function parsePropPatch(root: XmlNode | null): PropPatchOperation[] {
  if (!root || root.name !== PROPERTYUPDATE) throw badRequest('expected a DAV:propertyupdate body')
  const operations: PropPatchOperation[] = []
  for (const instruction of root.children) {
    const action = instruction.name === SET ? 'set' : instruction.name === REMOVE ? 'remove' : undefined
    if (!action) continue
    const prop = firstChild(instruction, PROP)
    if (!prop) throw badRequest(`a ${action} instruction needs a DAV:prop`)
    for (const node of prop.children) operations.push({ action, name: node.name, node })
  }
  if (operations.length === 0) throw badRequest('a propertyupdate needs at least one property')
  return operations
}
