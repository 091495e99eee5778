/**
 * The command-line import in a child process (`node bin/linkingout.js import <zip> --data DIR
 * --user NAME --json`), so that a test can serve, probe or SIGKILL it while its transaction is open.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const REPO = fileURLToPath(new URL('../../', import.meta.url))
const CLI = fileURLToPath(new URL('../../bin/linkingout.js', import.meta.url))

export interface ChildExit {
  code: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
  /** Milliseconds from spawn to exit. */
  ms: number
}

export interface ImportChild {
  process: ChildProcess
  /** True until the process has exited (by itself or by a signal). */
  running(): boolean
  exited: Promise<ChildExit>
  /** Sends SIGKILL; throws when the process had already exited, so a kill never lands on a finished import. */
  kill(): void
}

export function spawnImport(zip: string, dataDir: string, user: string): ImportChild {
  const started = performance.now()
  const child = spawn(process.execPath, [CLI, 'import', zip, '--data', dataDir, '--user', user, '--json'], {
    cwd: REPO,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, LINKINGOUT_LOG_LEVEL: 'error' },
  })
  let stdout = ''
  let stderr = ''
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
  let done = false
  const exited = new Promise<ChildExit>((resolve, reject) => {
    child.once('error', reject)
    child.once('close', (code, signal) => {
      done = true
      resolve({ code, signal, stdout, stderr, ms: performance.now() - started })
    })
  })
  return {
    process: child,
    running: () => !done && child.exitCode === null && child.signalCode === null,
    exited,
    kill() {
      if (done || child.exitCode !== null || child.signalCode !== null) throw new Error('the import had already exited')
      child.kill('SIGKILL')
    },
  }
}

/** Resolves when `condition` holds (checked every `everyMs`), rejects when `giveUp` says so first. */
export async function waitFor(condition: () => boolean, giveUp: () => string | undefined, everyMs = 5): Promise<void> {
  for (;;) {
    if (condition()) return
    const reason = giveUp()
    if (reason !== undefined) throw new Error(reason)
    await new Promise((resolve) => setTimeout(resolve, everyMs))
  }
}
