// Unit tests: pure modules and main-process modules, in Node. They sit beside the code they
// test (`*.test.ts`). IndexedDB comes from fake-indexeddb where a test needs it.

import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: resolve(import.meta.dirname, '..'),
  test: {
    include: ['electron/**/*.test.ts', 'renderer/**/*.test.{ts,tsx}', 'tests/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    // Vitest's default of 5 s is met on a quiet machine only: on a shared 2-core machine under
    // load, building a deep tree or loading electron-builder's schema took 7–8 s. Timeouts are
    // a guard against hangs, not a measurement (timing belongs in the benchmarks).
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
