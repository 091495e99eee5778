/**
 * LinkedIn profile URLs in every shape the export files use (with or without scheme, any
 * linkedin.com subdomain, trailing slash, query, fragment, percent-encoded or raw Unicode slug)
 * reduced to the join key `slug` and one canonical display `url`.
 */

import { detached } from './detached.js'

export interface ProfileUrl {
  /** Join key: percent-decoded once, NFC, lower-cased. */
  slug: string
  /** `https://www.linkedin.com/in/<slug as given, NFC, case kept, encodeURIComponent>`. */
  url: string
}

const PROFILE_URL = /^(?:https?:\/\/)?(?:[a-z0-9-]+\.)*linkedin\.com\/in\/([^/?#\s]+)\/?(?:[?#].*)?$/i
const ESCAPE_RUN = /(?:%[0-9A-Fa-f]{2})+/g

/** The same URLs recur across files (every message row names the owner): remember recent answers. */
const remembered = new Map<string, { result: ProfileUrl | undefined }>()
const REMEMBER_AT_MOST = 200_000

export function normaliseProfileUrl(raw: string): ProfileUrl | undefined {
  const known = remembered.get(raw)
  if (known !== undefined) return known.result
  if (remembered.size >= REMEMBER_AT_MOST) remembered.clear()
  const result = normalise(raw)
  // A key of its own: `raw` may be cut from a whole file's text, which it would keep alive.
  remembered.set(detached(raw), { result })
  return result
}

function normalise(raw: string): ProfileUrl | undefined {
  const match = PROFILE_URL.exec(raw.trim())
  const given = match?.[1]
  if (given === undefined) return undefined
  const slug = decodeOnce(given).normalize('NFC')
  if (slug.trim() === '') return undefined
  try {
    return { slug: slug.toLowerCase(), url: `https://www.linkedin.com/in/${encodeURIComponent(slug)}` }
  } catch {
    return undefined // a lone surrogate cannot be encoded: not a real slug
  }
}

/** Decodes each run of %XX escapes; a run that is not valid UTF-8 stays as written. */
function decodeOnce(text: string): string {
  return text.replace(ESCAPE_RUN, (run) => {
    try {
      return decodeURIComponent(run)
    } catch {
      return run
    }
  })
}
