// One device in the sync tests: a browser context of its own (so its own IndexedDB), the app
// opened from the sync tests' server, and what a user does in Settings → Sync, by the
// accessible names the issue gives.

import type { Browser, BrowserContext, Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';
import type { ArticleRow } from '../../../renderer/db/types';
import type { SyncAppServer } from '../../support/sync/syncAppServer';
import { readRows } from '../support/highlightRows';
import { HamishApp } from './HamishApp';

export interface SyncCredentials {
  address: string;
  username: string;
  password: string;
  passphrase: string;
}

export class SyncDevice {
  private constructor(
    readonly context: BrowserContext,
    readonly page: Page,
    readonly app: HamishApp,
  ) {}

  static async open(browser: Browser, server: SyncAppServer, query = '?lang=en'): Promise<SyncDevice> {
    const context = await browser.newContext({ viewport: { width: 1100, height: 800 } });
    return SyncDevice.attach(await context.newPage(), server, query);
  }

  /** The app in a page the caller made (the benchmarks' device with a profile on disk). */
  static async attach(page: Page, server: SyncAppServer, query = '?lang=en'): Promise<SyncDevice> {
    const app = new HamishApp(page, server.origin);
    await app.watchRequestsAndPolicy();
    await app.open(query);
    await page.locator('.app-bar').waitFor();
    return new SyncDevice(page.context(), page, app);
  }

  /** The page left 127.0.0.1 or broke the CSP: any test ends by checking both are empty. */
  problems(): { offMachine: string[]; policy: string[] } {
    return { offMachine: this.app.offMachineRequests(), policy: this.app.policyViolations() };
  }

  get statusLine(): Locator {
    return this.page.getByRole('status', { name: 'Sync status' });
  }

  get section(): Locator {
    return this.page.getByRole('region', { name: 'Sync' });
  }

  get liveSwitch(): Locator {
    return this.section.getByRole('switch', { name: 'Live sync' });
  }

  get syncNow(): Locator {
    return this.section.getByRole('button', { name: 'Sync now' });
  }

  get stop(): Locator {
    return this.section.getByRole('button', { name: 'Stop syncing on this device' });
  }

  /**
   * Presses Sync now (in open Settings) and waits until the sync that press started has ended:
   * the button is busy from the press until then. The status line alone cannot say it, since it
   * may still read "idle" from an earlier sync when the press lands.
   */
  async syncOnce(timeout = 60_000): Promise<void> {
    await this.syncNow.click();
    await expect(this.syncNow).toBeEnabled({ timeout });
  }

  async openSettings(): Promise<void> {
    if (!(await this.section.isVisible())) await this.app.openSettings();
    await this.section.waitFor();
  }

  async closeSettings(): Promise<void> {
    await this.page.keyboard.press('Escape');
    await expect(this.app.settingsDialog).toBeHidden();
  }

  /** Fills the form and presses "Sync now"; does not wait for the outcome. */
  async startSetUp(credentials: SyncCredentials, repeat = credentials.passphrase): Promise<void> {
    await this.openSettings();
    const section = this.section;
    await section.getByRole('textbox', { name: 'Server address' }).fill(credentials.address);
    await section.getByRole('textbox', { name: 'User name' }).fill(credentials.username);
    await section.getByLabel('Password', { exact: true }).fill(credentials.password);
    await section.getByLabel('Passphrase', { exact: true }).fill(credentials.passphrase);
    await section.getByLabel('Repeat passphrase', { exact: true }).fill(repeat);
    await this.syncNow.click();
  }

  /** Sets up sync and waits for the first sync to finish (the switch appears, the status settles). */
  async setUp(credentials: SyncCredentials, timeout = 120_000): Promise<void> {
    await this.startSetUp(credentials);
    await expect(this.liveSwitch).toBeVisible({ timeout });
    // The form's Sync now button had the focus; the switch that replaces it takes it.
    await expect(this.liveSwitch).toBeFocused();
    await expect(this.statusLine).toHaveAttribute('data-state', /idle|syncing/, { timeout });
    await this.closeSettings();
  }

  /**
   * Opens an article by its route, without reloading the page: a browser tab keeps the sync
   * password for the session only, so a reload would stop sync until it is typed again.
   */
  async read(articleId: string, timeout?: number): Promise<void> {
    await this.page.evaluate((id) => (window.location.hash = `#/read/${encodeURIComponent(id)}`), articleId);
    await this.app.articleBody.locator('[data-block]').first().waitFor({ timeout });
  }

  /**
   * Leaves the reader a first run opens on (the welcome article) for the library, and waits
   * until the reader has stored its reading position: after this the library changes only
   * when the test (or sync) changes it.
   */
  async leaveReader(): Promise<void> {
    await this.app.gotoLibrary();
    await expect
      .poll(async () => {
        const welcome = (await readRows<ArticleRow>(this.page, 'articles')).find((row) => row.source === 'welcome');
        return welcome === undefined || welcome.openedAt === null || welcome.updatedAt > welcome.openedAt;
      })
      .toBe(true);
  }

  async close(): Promise<void> {
    await this.context.close();
  }
}
