// Test fixtures: the app's page object, and a guard that fails any test whose page sends a
// request off this machine or breaks the CSP.

import { test as base, expect } from '@playwright/test';
import { HamishApp } from './models/HamishApp';

interface Fixtures {
  app: HamishApp;
}

export const test = base.extend<Fixtures>({
  app: async ({ page }, use) => {
    const baseUrl = process.env['HAMISH_BASE_URL'];
    if (baseUrl === undefined) throw new Error('HAMISH_BASE_URL is not set: globalSetup did not run');
    const app = new HamishApp(page, baseUrl);
    await app.watchRequestsAndPolicy();
    await use(app);
    expect(app.offMachineRequests(), 'requests that left 127.0.0.1').toEqual([]);
    expect(app.policyViolations(), 'CSP violations').toEqual([]);
  },
});

export { expect };
