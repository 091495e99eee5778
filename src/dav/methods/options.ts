/**
 * OPTIONS: 200 with an empty body (Thunderbird fails on 204, per Xandikos), the DAV header
 * carrying `addressbook` (DAVx5 and Evolution check it), and Allow. Needs no authentication.
 */
import { DAV_HEADER } from '../responses.js'

export function optionsResponse(allow: string): Response {
  return new Response(null, { status: 200, headers: { DAV: DAV_HEADER, Allow: allow, 'Content-Length': '0' } })
}
