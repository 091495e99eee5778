/**
 * Lets a batch job hand memory back between its stages. V8 collects old objects lazily, so an
 * import that parses 100,000 message rows and then renders 30,000 cards would otherwise keep the
 * garbage of every stage and peak far above what it really holds. Exposing `gc` at run time is the
 * technique jest's leak detector uses; if the flag cannot be set, releasing is simply skipped.
 */
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'

let collect: (() => void) | null | undefined

export function releaseMemory(): void {
  if (collect === undefined) {
    try {
      setFlagsFromString('--expose-gc')
      const gc: unknown = runInNewContext('typeof gc === "function" ? gc : null')
      collect = typeof gc === 'function' ? (gc as () => void) : null
    } catch {
      collect = null
    }
  }
  collect?.()
}
