/**
 * expand-property, principal-property-search and principal-search-property-set: an empty
 * multistatus, because InfCloud asks for them (unadvertised) and stops on an error.
 */
import { multistatusResponse } from '../responses.js'
import { renderMultistatus } from '../xml/multistatus.js'
import type { ReportHandler } from './types.js'

export const emptyReport: ReportHandler = {
  handle: () => multistatusResponse(renderMultistatus([])),
}
