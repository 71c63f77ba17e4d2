// Browser tests: the built renderer (out/renderer), served on 127.0.0.1, in real Chromium
// with real IndexedDB. Each test gets a fresh browser context, so a fresh profile.

import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from '../support/chromium';

const executablePath = chromiumExecutable();

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  globalSetup: './globalSetup.ts',
  fullyParallel: true,
  workers: process.env['CI'] ? 2 : undefined,
  forbidOnly: Boolean(process.env['CI']),
  // One retry in CI, where the machine is shared: a retried test is reported as flaky, not hidden.
  retries: process.env['CI'] ? 1 : 0,
  // Every wait is on a condition; these bounds only stop a hung test. The machines that run the
  // suite are shared: under load (two CPU-bound processes beside it, or other suites) a page
  // load took 10-20 s and a 30 s test limit failed tests that were only slow, so both bounds
  // allow a machine several times slower than a quiet one.
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: process.env['CI'] ? [['list']] : [['list']],
  outputDir: '../../test-results/e2e',
  use: {
    browserName: 'chromium',
    launchOptions: { args: CHROMIUM_ARGS, ...(executablePath !== undefined ? { executablePath } : {}) },
    viewport: { width: 1100, height: 800 },
    trace: 'retain-on-failure',
  },
});
