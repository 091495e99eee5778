/** Parses an addressbook-query body (RFC 6352 §8.6, §10.5) into the filter model of filter.ts. */
import { DavError } from '../errors.js'
import {
  COLLATIONS,
  MATCH_ALL,
  MATCH_TYPES,
  type CardFilter,
  type Collation,
  type MatchType,
  type ParamFilter,
  type PropFilter,
  type Test,
  type TextMatch,
} from '../filter.js'
import { ALLPROP_REQUEST, parsePropSelection, type PropRequest } from '../requests.js'
import { card } from '../xml/names.js'
import { attributeIgnoringCase, childrenNamed, firstChild, type XmlNode } from '../xml/parse.js'
import { parseLimit } from './types.js'

export interface QueryRequest {
  props: PropRequest
  filter: CardFilter
  limit?: number
}

const FILTER = card('filter')
const PROP_FILTER = card('prop-filter')
const PARAM_FILTER = card('param-filter')
const TEXT_MATCH = card('text-match')
const IS_NOT_DEFINED = card('is-not-defined')

const badRequest = DavError.badRequest

export function parseQueryRequest(root: XmlNode): QueryRequest {
  const filterNode = firstChild(root, FILTER)
  const request: QueryRequest = {
    props: parsePropSelection(root) ?? ALLPROP_REQUEST,
    filter: filterNode ? { test: parseTest(filterNode), propFilters: childrenNamed(filterNode, PROP_FILTER).map(parsePropFilter) } : MATCH_ALL,
  }
  const limit = parseLimit(root, card('limit'), card('nresults'))
  if (limit !== undefined) request.limit = limit
  return request
}

function parseTest(node: XmlNode): Test {
  const test = (attributeIgnoringCase(node, 'test') ?? 'anyof').trim().toLowerCase()
  if (test !== 'anyof' && test !== 'allof') throw badRequest(`unknown test "${test}"`)
  return test
}

function requiredName(node: XmlNode): string {
  const name = attributeIgnoringCase(node, 'name')?.trim()
  if (!name) throw badRequest('a prop-filter or param-filter needs a name')
  return name
}

function parsePropFilter(node: XmlNode): PropFilter {
  return {
    name: requiredName(node),
    test: parseTest(node),
    isNotDefined: firstChild(node, IS_NOT_DEFINED) !== undefined,
    textMatches: childrenNamed(node, TEXT_MATCH).map(parseTextMatch),
    paramFilters: childrenNamed(node, PARAM_FILTER).map(parseParamFilter),
  }
}

function parseParamFilter(node: XmlNode): ParamFilter {
  const filter: ParamFilter = { name: requiredName(node), isNotDefined: firstChild(node, IS_NOT_DEFINED) !== undefined }
  const textMatch = firstChild(node, TEXT_MATCH)
  if (textMatch) filter.textMatch = parseTextMatch(textMatch)
  return filter
}

function parseTextMatch(node: XmlNode): TextMatch {
  const collation = attributeIgnoringCase(node, 'collation')?.trim() ?? 'i;unicode-casemap'
  if (!(COLLATIONS as readonly string[]).includes(collation)) {
    throw DavError.precondition('supportedCollation', `collation "${collation}" is not supported`)
  }
  const matchType = attributeIgnoringCase(node, 'match-type')?.trim().toLowerCase() ?? 'contains'
  if (!(MATCH_TYPES as readonly string[]).includes(matchType)) throw badRequest(`unknown match-type "${matchType}"`)
  const negate = attributeIgnoringCase(node, 'negate-condition')?.trim().toLowerCase() ?? 'no'
  if (negate !== 'yes' && negate !== 'no') throw badRequest('negate-condition must be yes or no')
  return { text: node.text, collation: collation as Collation, matchType: matchType as MatchType, negate: negate === 'yes' }
}
