/**
 * The peers come from Debian packages (radicale 3.1.8, xandikos 0.2.8 on bookworm); Xandikos'
 * collection is loaded with the git command. Missing ones are installed with apt-get, as root or
 * through `sudo -n`.
 */
import { execFileSync, spawnSync } from 'node:child_process'

/** command → Debian package that provides it. */
const REQUIRED: Record<string, string> = { radicale: 'radicale', xandikos: 'xandikos', git: 'git' }

const hasCommand = (command: string) => spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0

function aptGet(args: string[]): void {
  const asRoot = process.getuid?.() === 0
  if (!asRoot && !hasCommand('sudo')) throw new Error(`installing needs root or sudo: apt-get ${args.join(' ')}`)
  const command = asRoot ? 'apt-get' : 'sudo'
  const prefix = asRoot ? [] : ['-n', 'apt-get']
  execFileSync(command, [...prefix, ...args], { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } })
}

export function ensurePackages(commands: readonly string[]): void {
  const missing = [...new Set(commands.filter((c) => !hasCommand(c)).map((c) => REQUIRED[c] ?? c))]
  if (missing.length === 0) return
  process.stderr.write(`installing ${missing.join(', ')} with apt-get\n`)
  try {
    aptGet(['install', '-y', '--no-install-recommends', ...missing])
  } catch {
    aptGet(['update'])
    aptGet(['install', '-y', '--no-install-recommends', ...missing])
  }
  const still = commands.filter((c) => !hasCommand(c))
  if (still.length > 0) throw new Error(`still missing after apt-get install: ${still.join(', ')}`)
}

/** The version number `command --version` prints ("3.1.8", "/usr/bin/xandikos 0.2.8"). */
export function versionOf(command: string): string {
  try {
    const line = execFileSync(command, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim().split('\n')[0] ?? ''
    return line.split(/\s+/).pop() || 'unknown'
  } catch {
    return 'unknown'
  }
}
