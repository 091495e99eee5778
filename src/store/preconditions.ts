import { EtagMismatchError } from './errors.js'
import type { WriteCondition } from './types.js'

type ConditionValue = NonNullable<WriteCondition[keyof WriteCondition]>

/** Whether a condition holds, given the stored etag (undefined when the member does not exist). */
type ConditionCheck = (storedEtag: string | undefined, value: ConditionValue) => boolean

/**
 * RFC 9110 §13.1.1–13.1.2. If-Match uses the strong comparison (a weak `W/"…"` tag never
 * matches); If-None-Match uses the weak comparison, so `W/"x"` matches a stored `"x"`.
 */
const CONDITION_CHECKS: Record<keyof WriteCondition, ConditionCheck> = {
  ifMatch: (stored, value) => stored !== undefined && (value === '*' || value.includes(stored)),
  ifNoneMatch: (stored, value) =>
    stored === undefined || (value !== '*' && !value.some((tag) => withoutWeakPrefix(tag) === stored)),
}

function withoutWeakPrefix(tag: string): string {
  return tag.startsWith('W/') ? tag.slice(2) : tag
}

/** Throws EtagMismatchError unless every given precondition holds for the stored member. */
export function assertConditions(name: string, storedEtag: string | undefined, condition: WriteCondition = {}): void {
  for (const key of Object.keys(CONDITION_CHECKS) as (keyof WriteCondition)[]) {
    const value = condition[key]
    if (value !== undefined && !CONDITION_CHECKS[key](storedEtag, value)) throw new EtagMismatchError(name)
  }
}
