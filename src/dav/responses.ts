/** HTTP responses shared by the methods: the DAV header and 207 Multi-Status bodies. */

/** The DAV header's compliance classes (RFC 4918 §10.1, RFC 6352 §6.1): one place. */
export const FEATURES = ['1', '3', 'addressbook'] as const
export const DAV_HEADER = FEATURES.join(', ')

export const XML_CONTENT_TYPE = 'application/xml; charset=utf-8'

export function multistatusResponse(body: string, headers: Readonly<Record<string, string>> = {}): Response {
  return new Response(body, { status: 207, headers: { 'Content-Type': XML_CONTENT_TYPE, DAV: DAV_HEADER, ...headers } })
}
