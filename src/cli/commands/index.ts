import type { Command } from '../command.js'
import { exportCommand } from './export.js'
import { importCommand } from './import.js'
import { serveCommand } from './serve.js'
import { statsCommand } from './stats.js'
import { userCommand } from './user.js'

/** Every command, in the order `--help` lists them. */
export const COMMANDS: readonly Command[] = [importCommand, serveCommand, exportCommand, statsCommand, userCommand]
