/** The shape of a CLI command: its options are one table that drives parsing and `--help`. */
import { parseArgs } from 'node:util'

export interface Io {
  stdout: NodeJS.WritableStream & { isTTY?: boolean }
  stderr: NodeJS.WritableStream & { isTTY?: boolean }
  stdin: NodeJS.ReadableStream & { isTTY?: boolean; setRawMode?: (mode: boolean) => unknown }
  env: Record<string, string | undefined>
}

export interface OptionSpec {
  type: 'string' | 'boolean'
  short?: string
  /** Placeholder shown in help, e.g. DIR. */
  value?: string
  help: string
}

export type Values = Record<string, string | boolean | undefined>

export interface Command {
  name: string
  summary: string
  /** Usage line after `linkingout `. */
  usage: string
  options: Record<string, OptionSpec>
  /** Paragraphs printed after the options in --help. */
  details?: string[]
  run(values: Values, positionals: string[], io: Io): Promise<number>
}

export class UsageError extends Error {
  override name = 'UsageError'
}

export const COMMON_OPTIONS = {
  data: { type: 'string', value: 'DIR', help: 'data directory holding the database (default ./data, or $LINKINGOUT_DATA)' },
  config: { type: 'string', value: 'FILE', help: 'TOML configuration file (see config.example.toml)' },
  help: { type: 'boolean', short: 'h', help: 'show this help' },
} as const satisfies Record<string, OptionSpec>

export const USER_OPTION = {
  user: { type: 'string', short: 'u', value: 'NAME', help: 'whose address book (default "me"; created if missing)' },
} as const satisfies Record<string, OptionSpec>

export function parseCommandArgs(command: Command, argv: string[]): { values: Values; positionals: string[] } {
  try {
    const parsed = parseArgs({ args: argv, options: command.options, allowPositionals: true, strict: true })
    return { values: parsed.values as Values, positionals: parsed.positionals }
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/^TypeError \[[A-Z_]+\]: /, ''))
  }
}

export function commandHelp(command: Command): string {
  const rows = Object.entries(command.options).map(([name, spec]) => {
    const flag = `${spec.short ? `-${spec.short}, ` : '    '}--${name}${spec.value ? ` ${spec.value}` : ''}`
    return [flag, spec.help] as const
  })
  const width = Math.max(...rows.map(([flag]) => flag.length))
  return [
    `Usage: linkingout ${command.usage}`,
    '',
    command.summary,
    '',
    'Options:',
    ...rows.map(([flag, help]) => `  ${flag.padEnd(width)}  ${help}`),
    ...(command.details ? ['', ...command.details] : []),
    '',
  ].join('\n')
}
