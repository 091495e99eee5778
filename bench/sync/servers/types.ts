import type { CardSet } from '../cards.js'
import type { ServerProcess } from '../process.js'

export type ServerName = 'linkingout' | 'radicale' | 'xandikos'

export interface RunningServer {
  process: ServerProcess
  port: number
  /** Path of the address book, with its trailing slash. */
  bookPath: string
  authorization: string
}

export interface BenchServer {
  name: ServerName
  /** Commands it needs on the PATH (installed with apt-get when missing). */
  commands: readonly string[]
  version(): string
  /** Loads the cards into the server's storage in `dir` (the server is not running). */
  load(dir: string, set: CardSet): Promise<void>
  start(dir: string, set: CardSet): Promise<RunningServer>
}

export function basicAuthorization(user: string, password: string): string {
  return `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`
}
