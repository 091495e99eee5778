/** Import progress on a terminal (one rewritten line on stderr); silent when stderr is not a terminal. */
import type { Io } from './command.js'

export function createProgress(io: Io): { update(stage: string, done?: number, total?: number): void; done(): void } {
  if (!io.stderr.isTTY) return { update: () => {}, done: () => {} }
  let shown = false
  return {
    update(stage, done, total) {
      const count = total ? ` ${done ?? 0}/${total}` : ''
      io.stderr.write(`\r\x1b[2K${stage}${count}…`)
      shown = true
    },
    done() {
      if (shown) io.stderr.write('\r\x1b[2K')
    },
  }
}
