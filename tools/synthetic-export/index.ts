/** Synthetic LinkedIn data exports for tests, golden fixtures and benchmarks. Invented people only. */
export type {
  CreateNetworkOptions,
  Era,
  EvolveOptions,
  ExportKind,
  GeneratedExport,
  Network,
  NetworkChangeLog,
  NetworkChanges,
  PendingInvitation,
  Person,
  RenderOptions,
} from './types.js'
export { createNetwork, DEFAULT_AS_OF, NAME_TWINS_MIN_SIZE } from './network.js'
export { evolveNetwork } from './evolve.js'
export { archiveName, renderExport } from './render.js'
export { writeFolder, writeZip } from './zip.js'
export { ERAS, ERA_NAMES, CONNECTIONS_PREAMBLE_SENTENCE, type EraPreset } from './eras.js'
export { endorsementUrl, profileUrl } from './slugs.js'
export { fallbackEmail, MAIL_DOMAINS } from './people.js'
