/**
 * Runs the real vdirsyncer (the Debian package, a Python CardDAV client) against a test server:
 * each workspace is a temp directory holding its own config, status and local vdir, and every run
 * gets HOME and VDIRSYNCER_CONFIG pointing into it, so nothing of the machine's own vdirsyncer
 * setup is read or written. Output is captured; a run that exceeds its time limit is killed.
 */
import { spawn, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, it } from 'vitest'

export const SKIP_VARIABLE = 'LINKINGOUT_SKIP_VDIRSYNCER'
const DEFAULT_TIMEOUT_MS = 60_000

export type VdirsyncerInstallation = { installed: true; version: string } | { installed: false; problem: string }

/** Whether `command` runs as vdirsyncer; the problem text says how to install it. */
export function findVdirsyncer(command = 'vdirsyncer'): VdirsyncerInstallation {
  const probe = spawnSync(command, ['--version'], { encoding: 'utf8', timeout: 30_000, env: clientEnvironment(tmpdir(), undefined) })
  const output = `${probe.stdout ?? ''}${probe.stderr ?? ''}`.trim()
  const version = /vdirsyncer, version (\S+)/.exec(output)?.[1]
  if (probe.status === 0 && version) return { installed: true, version }
  const why = probe.error ? probe.error.message : `\`${command} --version\` exited with ${probe.status}: ${output.slice(0, 200)}`
  return {
    installed: false,
    problem: `vdirsyncer is needed by the end-to-end tests but could not be run (${why}). ` +
      `Install it with \`apt-get install vdirsyncer\`, or set ${SKIP_VARIABLE}=1 to skip these tests.`,
  }
}

/** True when the tests are asked to skip vdirsyncer (and only then may they not run). */
export function vdirsyncerSkipped(): boolean {
  return process.env[SKIP_VARIABLE] === '1'
}

/** Throws the install hint when vdirsyncer is missing. */
export function requireVdirsyncer(installation: VdirsyncerInstallation = findVdirsyncer()): string {
  if (!installation.installed) throw new Error(installation.problem)
  return installation.version
}

/**
 * A describe block that needs vdirsyncer. Without it, the block holds one failing test that says
 * how to install it (a failing beforeAll would only mark the tests skipped), unless the tests
 * are asked to skip vdirsyncer, in which case the whole block is skipped.
 */
export function describeWithVdirsyncer(name: string, body: () => void): void {
  if (vdirsyncerSkipped()) {
    describe.skip(name, body)
    return
  }
  const installation = findVdirsyncer()
  describe(name, () => {
    it('runs the real vdirsyncer client (apt-get install vdirsyncer)', () => {
      requireVdirsyncer(installation)
    })
    if (installation.installed) body()
  })
}

export interface VdirsyncerRun {
  args: string[]
  exitCode: number | null
  /** stdout and stderr interleaved as they arrived (vdirsyncer logs to stderr). */
  output: string
  durationMs: number
}

export interface VdirsyncerServer {
  /** The carddav storage's url, e.g. http://127.0.0.1:41234/ */
  url: string
  username: string
  password: string
}

export interface VdirsyncerWorkspace {
  /** The local folder of one collection (vdirsyncer names it after the server book's slug). */
  collectionDir(collection: string): string
  /** `vdirsyncer discover`, answering yes to creating the local collection. */
  discover(options?: RunOptions): Promise<VdirsyncerRun>
  /** `vdirsyncer sync`; with `debug`, `-vdebug` so that every HTTP exchange is in the output. */
  sync(options?: RunOptions & { debug?: boolean }): Promise<VdirsyncerRun>
  /** `vdirsyncer metasync`: the collection's display name, kept in the local `displayname` file. */
  metasync(options?: RunOptions): Promise<VdirsyncerRun>
  run(args: readonly string[], options?: RunOptions & { input?: string }): Promise<VdirsyncerRun>
  remove(): void
}

export interface RunOptions {
  timeoutMs?: number
}

const PAIR = 'contacts'

/** The config of one pair: a filesystem vdir (`.vcf` files) against the server's carddav storage. */
export function vdirsyncerConfig(dirs: { status: string; local: string }, server: VdirsyncerServer): string {
  const value = (text: string) => JSON.stringify(text)
  return [
    '[general]',
    `status_path = ${value(`${dirs.status}/`)}`,
    '',
    `[pair ${PAIR}]`,
    'a = "contacts_local"',
    'b = "contacts_remote"',
    'collections = ["from a", "from b"]',
    'metadata = ["displayname"]',
    '',
    '[storage contacts_local]',
    'type = "filesystem"',
    `path = ${value(`${dirs.local}/`)}`,
    'fileext = ".vcf"',
    '',
    '[storage contacts_remote]',
    'type = "carddav"',
    `url = ${value(server.url)}`,
    `username = ${value(server.username)}`,
    `password = ${value(server.password)}`,
    '',
  ].join('\n')
}

export function createVdirsyncerWorkspace(server: VdirsyncerServer, command = 'vdirsyncer'): VdirsyncerWorkspace {
  const root = mkdtempSync(join(tmpdir(), 'linkingout-vdirsyncer-'))
  const home = join(root, 'home')
  const localRoot = join(root, 'local')
  const configPath = join(root, 'config')
  mkdirSync(home)
  mkdirSync(localRoot)
  writeFileSync(configPath, vdirsyncerConfig({ status: join(root, 'status'), local: localRoot }, server), { mode: 0o600 })
  const env = clientEnvironment(home, configPath)

  const run: VdirsyncerWorkspace['run'] = (args, options = {}) => runProcess(command, [...args], env, options.input, options.timeoutMs ?? DEFAULT_TIMEOUT_MS)
  return {
    collectionDir: (collection) => join(localRoot, collection),
    discover: (options = {}) => run(['discover'], { ...options, input: 'y\n'.repeat(8) }),
    sync: (options = {}) => run(options.debug ? ['-vdebug', 'sync'] : ['sync'], options),
    metasync: (options = {}) => run(['metasync'], options),
    run,
    remove: () => rmSync(root, { recursive: true, force: true }),
  }
}

/** Only what vdirsyncer needs: no XDG or proxy settings of the machine leak into the runs. */
function clientEnvironment(home: string, configPath: string | undefined): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: home, LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8', PYTHONIOENCODING: 'utf-8' }
  if (configPath) env.VDIRSYNCER_CONFIG = configPath
  return env
}

function runProcess(command: string, args: string[], env: NodeJS.ProcessEnv, input: string | undefined, timeoutMs: number): Promise<VdirsyncerRun> {
  const started = Date.now()
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ['pipe', 'pipe', 'pipe'] })
    const chunks: Buffer[] = []
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk))
    child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk))
    const output = () => Buffer.concat(chunks).toString('utf8')
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`vdirsyncer ${args.join(' ')} did not finish within ${timeoutMs} ms; its output so far:\n${tail(output())}`))
    }, timeoutMs)
    child.on('error', (error) => {
      clearTimeout(timer)
      reject(new Error(`could not start ${command}: ${error.message}`))
    })
    child.on('close', (exitCode) => {
      clearTimeout(timer)
      resolve({ args, exitCode, output: output(), durationMs: Date.now() - started })
    })
    child.stdin.on('error', () => {}) // vdirsyncer may exit before reading all of its input
    child.stdin.end(input ?? '')
  })
}

/** The end of a long output, for error messages. */
export function tail(text: string, lines = 40): string {
  return text.split('\n').slice(-lines).join('\n')
}

/** A readable assertion message for a run that should have succeeded. */
export function describeRun(run: VdirsyncerRun): string {
  return `vdirsyncer ${run.args.join(' ')} exited with ${run.exitCode} after ${run.durationMs} ms:\n${tail(run.output)}`
}
