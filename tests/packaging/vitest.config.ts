// The packaging check: electron-builder runs for real (with a stand-in Electron), so it is slow
// and needs the build; `npm run test:packaging` runs it after `npm run build`.

import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: resolve(import.meta.dirname, '../..'),
  test: {
    include: ['tests/packaging/**/*.pack.ts'],
    environment: 'node',
    pool: 'forks',
    // electron-builder takes ~10 s on a quiet 2-core machine; allow a machine several times slower.
    hookTimeout: 180_000,
    testTimeout: 30_000,
  },
});
