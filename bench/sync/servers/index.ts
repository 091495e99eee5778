import { linkingout } from './linkingout.js'
import { radicale } from './radicale.js'
import { xandikos } from './xandikos.js'
import type { BenchServer, ServerName } from './types.js'

export type { BenchServer, RunningServer, ServerName } from './types.js'

/** Measured in this order, one after the other. */
export const SERVERS: Record<ServerName, BenchServer> = { linkingout, radicale, xandikos }
export const SERVER_NAMES = Object.keys(SERVERS) as ServerName[]
