import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const SRC = resolve(__dirname, '../src')

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [])
}

/** Top-level area of a file under src/ ('dav', 'store', 'main.ts', 'log.ts', ...). */
const area = (file: string) => relative(SRC, file).split('/')[0]!

const imports = sourceFiles(SRC).flatMap((file) => {
  const text = readFileSync(file, 'utf8')
  return [...text.matchAll(/^\s*(?:import|export)\s[^'"]*?from\s+['"](\.[^'"]+)['"]/gm)].map((m) => ({
    from: file,
    to: resolve(dirname(file), m[1]!.replace(/\.js$/, '.ts')),
  }))
})

/** area -> areas it may import (besides itself). log.ts is a leaf anyone may use. */
const ALLOWED: Record<string, readonly string[]> = {
  'log.ts': [],
  store: ['log.ts'],
  vcard: [],
  import: ['store', 'vcard', 'log.ts'],
  dav: ['store', 'vcard', 'log.ts'],
  http: ['dav', 'store', 'log.ts'],
  cli: ['http', 'dav', 'store', 'vcard', 'import', 'log.ts'],
  'main.ts': ['cli', 'import', 'store', 'log.ts'],
}

describe('architecture', () => {
  it('finds the source files and their imports', () => {
    expect(imports.length).toBeGreaterThan(50)
  })

  it('keeps every import inside the allowed direction (dav never imports import, and vice versa)', () => {
    const violations = imports
      .filter(({ from, to }) => area(from) !== area(to) && !(ALLOWED[area(from)] ?? []).includes(area(to)))
      .map(({ from, to }) => `${relative(SRC, from)} -> ${relative(SRC, to)}`)
    expect(violations).toEqual([])
  })

  it('knows every top-level area of src/', () => {
    const areas = new Set(sourceFiles(SRC).map(area))
    expect([...areas].filter((a) => !(a in ALLOWED))).toEqual([])
  })
})
