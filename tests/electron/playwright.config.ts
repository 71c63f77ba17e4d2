// The Electron suite: the shell itself (window, app:// protocol, CSP, IPC, menus), driven by
// Playwright's _electron against the built app in out/. Started by tests/electron/run.ts.

import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
  outputDir: '../../test-results/electron',
});
