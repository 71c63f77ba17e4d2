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
  },
});
