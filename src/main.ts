/**
 * The command line: `linkingout <command> [options]`. The only place that reads argv and
 * turns errors into messages and exit codes (1: the operation failed, 2: bad usage).
 */
import { ConfigError } from './cli/config.js'
import { commandHelp, parseCommandArgs, UsageError, type Io } from './cli/command.js'
import { COMMANDS } from './cli/commands/index.js'
import { ImportError } from './import/errors.js'
import { StoreError } from './store/errors.js'

const VERSION = '0.1.0'

export function mainHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length))
  return [
    'linkingout: your LinkedIn connections as a CardDAV address book.',
    '',
    'Usage: linkingout <command> [options]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Quick start:',
    '  linkingout import ~/Downloads/Basic_LinkedInDataExport_12-04-2026.zip',
    '  linkingout serve',
    '',
    'Run `linkingout <command> --help` for the options of a command.',
    '',
  ].join('\n')
}

const defaultIo = (): Io => ({ stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env })

export async function main(argv: string[], io: Io = defaultIo()): Promise<number> {
  const [name, ...rest] = argv
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(mainHelp())
    return name === undefined ? 2 : 0
  }
  if (name === '--version' || name === '-V') {
    io.stdout.write(`linkingout ${VERSION}\n`)
    return 0
  }
  const command = COMMANDS.find((c) => c.name === name)
  if (!command) {
    io.stderr.write(`linkingout: unknown command "${name}"\n\n${mainHelp()}`)
    return 2
  }
  try {
    const { values, positionals } = parseCommandArgs(command, rest)
    if (values.help) {
      io.stdout.write(commandHelp(command))
      return 0
    }
    return await command.run(values, positionals, io)
  } catch (error) {
    return reportError(error, command.name, io)
  }
}

function reportError(error: unknown, commandName: string, io: Io): number {
  if (error instanceof UsageError) {
    io.stderr.write(`linkingout ${commandName}: ${error.message}\nRun \`linkingout ${commandName} --help\` for usage.\n`)
    return 2
  }
  if (error instanceof ImportError || error instanceof ConfigError || error instanceof StoreError) {
    io.stderr.write(`linkingout ${commandName}: ${error.message}\n`)
    return 1
  }
  const message = error instanceof Error ? error.message : String(error)
  io.stderr.write(`linkingout ${commandName}: ${message.split('\n')[0]}\n`)
  if (process.env.LINKINGOUT_DEBUG) io.stderr.write(`${(error as Error).stack ?? ''}\n`)
  return 1
}
