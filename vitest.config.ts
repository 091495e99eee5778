import { defineConfig } from 'vitest/config'

// vitest needs a default export here. The benchmarks' own harness tests run with the suite; the
// benchmarks themselves do not.

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'bench/sync/test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
})
