import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parse } from 'smol-toml'
import { describe, expect, it } from 'vitest'
import { CONFIG_SCHEMA, ConfigError, loadConfig } from '../../src/cli/config.js'

const EXAMPLE = resolve(__dirname, '../../config.example.toml')

function tempConfig(text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'linkingout-config-')), 'config.toml')
  writeFileSync(file, text)
  return file
}

describe('config.example.toml', () => {
  const text = readFileSync(EXAMPLE, 'utf8')
  const example = parse(text) as Record<string, Record<string, unknown>>
  const keys = Object.entries(example).flatMap(([section, table]) => Object.keys(table).map((k) => `${section}.${k}`))

  it('lists every setting of the schema, and nothing else', () => {
    expect(keys.sort()).toEqual(Object.keys(CONFIG_SCHEMA).sort())
  })

  it('shows the defaults and the help text of each setting', () => {
    for (const [key, def] of Object.entries(CONFIG_SCHEMA)) {
      const [section, name] = key.split('.') as [string, string]
      expect(example[section]![name], key).toEqual(def.default)
      expect(text, key).toContain(`# ${def.help}`)
    }
  })

  it('loads to the defaults', () => {
    expect(loadConfig({ file: EXAMPLE })).toEqual(loadConfig())
  })
})

describe('loadConfig', () => {
  it('lets flags override the environment, which overrides the file', () => {
    const file = tempConfig('[storage]\ndata_dir = "/from/file"\n[server]\nport = 6000\n')
    expect(loadConfig({ file })['storage.data_dir']).toBe('/from/file')
    expect(loadConfig({ file, env: { LINKINGOUT_DATA: '/from/env' } })['storage.data_dir']).toBe('/from/env')
    expect(loadConfig({ file, env: { LINKINGOUT_DATA: '/from/env' }, overrides: { 'storage.data_dir': '/from/flag' } })['storage.data_dir']).toBe('/from/flag')
    expect(loadConfig({ file, overrides: { 'server.port': '7000' } })['server.port']).toBe(7000)
  })

  it('rejects unknown settings, wrong types and half a TLS pair with a clear message', () => {
    expect(() => loadConfig({ file: tempConfig('[server]\nprot = 1\n') })).toThrow(/unknown setting server.prot/)
    expect(() => loadConfig({ file: tempConfig('[server]\nport = "x"\n') })).toThrow(ConfigError)
    expect(() => loadConfig({ overrides: { 'server.port': 70000 } })).toThrow(/port number/)
    expect(() => loadConfig({ overrides: { 'server.tls_cert': 'cert.pem' } })).toThrow(/together/)
    expect(() => loadConfig({ file: tempConfig('not toml [') })).toThrow(/cannot read config file/)
    expect(() => loadConfig({ overrides: { 'server.base_path': 'no-slash' } })).toThrow(/base_path/)
  })

  it('normalises a base path with a trailing slash', () => {
    expect(loadConfig({ overrides: { 'server.base_path': '/carddav/' } })['server.base_path']).toBe('/carddav')
  })
})
