/** Starting, watching and stopping one server process, and reading its peak RSS. */
import { spawn, type ChildProcess } from 'node:child_process'
import { closeSync, openSync, readFileSync } from 'node:fs'
import { createServer, connect } from 'node:net'
import { setTimeout as sleep } from 'node:timers/promises'
import { trackChild } from './cleanup.js'

const START_TIMEOUT_MS = 120_000
const STOP_GRACE_MS = 10_000

export interface ServerProcess {
  child: ChildProcess
  pid: number
  logFile: string
}

/** A port that was free a moment ago on 127.0.0.1 (the server binds it right after). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))))
    })
  })
}

/** Starts `command` with its output in `logFile` (never a pipe that could fill up and block it). */
export function startProcess(command: string, args: readonly string[], options: { cwd: string; logFile: string; env?: NodeJS.ProcessEnv }): ServerProcess {
  const log = openSync(options.logFile, 'a')
  const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', log, log] })
  closeSync(log)
  if (child.pid === undefined) throw new Error(`could not start ${command}`)
  trackChild(child)
  return { child, pid: child.pid, logFile: options.logFile }
}

export async function waitUntilListening(server: ServerProcess, port: number): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS
  while (Date.now() < deadline) {
    if (hasExited(server.child)) throw new Error(`server exited with ${server.child.exitCode ?? server.child.signalCode}:\n${logTail(server)}`)
    if (await accepts(port)) return
    await sleep(100)
  }
  throw new Error(`server did not listen on port ${port} within ${START_TIMEOUT_MS / 1000} s:\n${logTail(server)}`)
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port })
    socket.once('connect', () => {
      socket.destroy()
      resolve(true)
    })
    socket.once('error', () => resolve(false))
  })
}

const hasExited = (child: ChildProcess) => child.exitCode !== null || child.signalCode !== null

export async function stopProcess(server: ServerProcess): Promise<void> {
  if (hasExited(server.child)) return
  const exited = new Promise<void>((resolve) => server.child.once('exit', () => resolve()))
  server.child.kill('SIGTERM')
  const graceful = await Promise.race([exited.then(() => true), sleep(STOP_GRACE_MS).then(() => false)])
  if (!graceful) {
    server.child.kill('SIGKILL')
    await exited
  }
}

/** Peak resident set size of a live process (VmHWM in /proc/<pid>/status), in MB. */
export function peakRssMB(pid: number): number {
  const match = /^VmHWM:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
  if (!match) throw new Error(`no VmHWM for process ${pid}`)
  return Math.round((Number(match[1]) / 1024) * 10) / 10
}

export function logTail(server: ServerProcess, lines = 20): string {
  try {
    return readFileSync(server.logFile, 'utf8').split('\n').slice(-lines).join('\n')
  } catch {
    return '(no log)'
  }
}
