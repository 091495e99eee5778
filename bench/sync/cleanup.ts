/**
 * Everything the bench must undo on the way out, whether it ends normally, throws, or is stopped
 * with Ctrl-C / SIGTERM: the server processes it started and its temporary directories.
 */
import type { ChildProcess } from 'node:child_process'
import { rmSync } from 'node:fs'

const children = new Set<ChildProcess>()
const directories = new Set<string>()

export function trackChild(child: ChildProcess): void {
  children.add(child)
  child.once('exit', () => children.delete(child))
}

export function trackDirectory(dir: string): void {
  directories.add(dir)
}

export function removeDirectory(dir: string): void {
  rmSync(dir, { recursive: true, force: true })
  directories.delete(dir)
}

/** Synchronous, so that it also works inside process.on('exit'). */
export function cleanUpNow(): void {
  for (const child of children) {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
  }
  children.clear()
  for (const dir of directories) rmSync(dir, { recursive: true, force: true })
  directories.clear()
}

const SIGNAL_EXIT_CODES = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const

export function installCleanupHandlers(): void {
  process.on('exit', cleanUpNow)
  for (const [signal, code] of Object.entries(SIGNAL_EXIT_CODES)) {
    process.once(signal, () => {
      process.stderr.write(`\n${signal}: stopping the servers and removing temporary files\n`)
      cleanUpNow()
      process.exit(code)
    })
  }
}
