/**
 * `npm run fuzz`: the fuzz properties with many more runs (BLA_FUZZ_RUNS times those of `npm test`, 50 by
 * default) and the long runs (*.long.ts) that are too slow for every test run. Not part of `npm test`.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['tests/robustness/fuzz.test.ts', 'tests/robustness/*.long.ts'],
    globalSetup: ['tests/setup/embed-rules.ts'],
    env: { BLA_FUZZ_RUNS: process.env.BLA_FUZZ_RUNS ?? '50' },
    testTimeout: 3_600_000,
    hookTimeout: 600_000,
    pool: 'forks',
  },
});
