#!/usr/bin/env node
// Entry point for `npx linkingout`: runs the TypeScript sources through tsx's loader,
// so there is no build step between `npm ci` and the first command.
import { register } from 'tsx/esm/api'

register()
const { main } = await import('../src/main.ts')
process.exitCode = await main(process.argv.slice(2))
