/**
 * The PROPERTIES registry and resolveProps(), the one property loop that PROPFIND and every
 * REPORT use. allprop and propname are derived from the definitions.
 */
import type { DavContext, Target, TargetKind } from '../context.js'
import type { PropRequest } from '../requests.js'
import type { PropValue, Propstat } from '../xml/multistatus.js'
import type { QName } from '../xml/names.js'
import { currentUserPrincipal, currentUserPrivilegeSet, owner, principalCollectionSet, principalUrl } from './access.js'
import { addressbookDescription, addressbookHomeSet, addressData, maxResourceSize, supportedAddressData } from './carddav.js'
import { getctag, meCard } from './extensions.js'
import { supportedReportSet, syncToken } from './sync.js'
import type { PropertyDef } from './types.js'
import { displayname, getcontentlength, getcontenttype, getetag, getlastmodified, resourcetype } from './webdav.js'

const DEFINITIONS: readonly PropertyDef[] = [
  resourcetype,
  displayname,
  getetag,
  getcontenttype,
  getcontentlength,
  getlastmodified,
  syncToken,
  getctag,
  meCard,
  currentUserPrincipal,
  principalUrl,
  owner,
  principalCollectionSet,
  addressbookHomeSet,
  supportedReportSet,
  currentUserPrivilegeSet,
  supportedAddressData,
  maxResourceSize,
  addressbookDescription,
  addressData,
]

export const PROPERTIES: ReadonlyMap<QName, PropertyDef> = new Map(DEFINITIONS.map((def) => [def.name, def]))

/** The properties allprop returns on a kind of resource (when they have a value). */
export function allpropNames(kind: TargetKind): QName[] {
  return DEFINITIONS.filter((def) => def.allprop && def.on.includes(kind)).map((def) => def.name)
}

/** Whether answering `request` needs card bodies (so callers can load them in batches). */
export function needsBodies(request: PropRequest): boolean {
  const names = request.kind === 'prop' ? request.props : request.kind === 'allprop' ? request.include : []
  return names.some(({ name }) => PROPERTIES.get(name)?.needsBody === true)
}

export interface ResolveOptions {
  /** `Brief: t` / `Prefer: return=minimal`: leave out the 404 propstat. */
  omitNotFound?: boolean
}

/** The propstats of one resource: found properties first (200), then the missing ones (404). */
export function resolveProps(ctx: DavContext, target: Target, request: PropRequest, options: ResolveOptions = {}): Propstat[] {
  const found: PropValue[] = []
  const missing: PropValue[] = []
  const lookUp = (name: QName, requested: Parameters<PropertyDef['get']>[2]) => {
    const xml = PROPERTIES.get(name)?.get(ctx, target, requested)
    if (xml === undefined) missing.push({ name })
    else found.push({ name, xml })
  }
  switch (request.kind) {
    case 'prop':
      for (const { name, node } of request.props) lookUp(name, node)
      break
    case 'allprop': {
      const names = new Set(allpropNames(target.kind))
      for (const name of names) {
        const xml = PROPERTIES.get(name)?.get(ctx, target, undefined)
        if (xml !== undefined) found.push({ name, xml })
      }
      for (const { name, node } of request.include) if (!names.has(name)) lookUp(name, node)
      break
    }
    case 'propname':
      for (const def of DEFINITIONS) {
        if (def.on.includes(target.kind) && (def.needsBody || def.get(ctx, target, undefined) !== undefined)) found.push({ name: def.name })
      }
      break
  }
  const propstats: Propstat[] = []
  if (found.length > 0) propstats.push({ status: 200, props: found })
  if (missing.length > 0 && !options.omitNotFound) propstats.push({ status: 404, props: missing })
  return propstats
}
