// Page object for the Hamish renderer: how a user reaches things, by their accessible names.

import type { Locator, Page } from '@playwright/test';

export class HamishApp {
  private readonly requests: string[] = [];
  private readonly violations: string[] = [];

  constructor(
    readonly page: Page,
    readonly baseUrl: string,
  ) {}

  async watchRequestsAndPolicy(): Promise<void> {
    this.page.on('request', (request) => this.requests.push(request.url()));
    await this.page.exposeFunction('__reportCspViolation', (text: string) => this.violations.push(text));
    await this.page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        (window as unknown as { __reportCspViolation(text: string): void }).__reportCspViolation(
          `${event.violatedDirective} ${event.blockedURI}`,
        );
      });
    });
  }

  offMachineRequests(): string[] {
    const origin = new URL(this.baseUrl).origin;
    return this.requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:') && !url.startsWith('blob:'));
  }

  policyViolations(): string[] {
    return [...this.violations];
  }

  async open(query = ''): Promise<void> {
    await this.page.goto(`${this.baseUrl}/index.html${query}`);
  }

  get mainNav(): Locator {
    return this.page.getByRole('navigation', { name: 'Main' });
  }

  get libraryList(): Locator {
    return this.page.getByRole('list', { name: 'Library' });
  }

  get article(): Locator {
    return this.page.locator('article');
  }

  get backToLibrary(): Locator {
    return this.page.getByRole('button', { name: 'Back to library' });
  }

  get settingsButton(): Locator {
    return this.page.getByRole('button', { name: 'Settings' });
  }

  get languageChoice(): Locator {
    return this.page.getByRole('combobox', { name: 'Language' });
  }

  get settingsDialog(): Locator {
    return this.page.locator('dialog.settings');
  }

  async openSettings(): Promise<void> {
    await this.settingsButton.click();
    await this.settingsDialog.waitFor();
  }

  get exportBackupButton(): Locator {
    return this.page.getByRole('button', { name: 'Export backup' });
  }

  get restoreBackupButton(): Locator {
    return this.page.getByRole('button', { name: 'Restore backup' });
  }

  get automaticBackups(): Locator {
    return this.page.getByRole('list', { name: 'Automatic backups' });
  }

  /** The outcome line under the backup buttons (a status, or an alert for failures). */
  get backupMessage(): Locator {
    return this.page.locator('.backup-message');
  }

  /** Opens an article by id with a fresh page load, so rows seeded behind the app's back are read. */
  async read(articleId: string, query = '?lang=en'): Promise<void> {
    await this.page.goto(`${this.baseUrl}/index.html${query}#/read/${encodeURIComponent(articleId)}`);
    await this.page.reload();
    await this.articleBody.locator('[data-block]').first().waitFor();
  }

  get articleBody(): Locator {
    return this.article.locator('.article-body');
  }

  /** The element rendering block `index` of the article's document. */
  block(index: number): Locator {
    return this.articleBody.locator(`[data-block="${index}"]`);
  }

  get contentsButton(): Locator {
    return this.page.getByRole('button', { name: 'Contents', exact: true });
  }

  get findBox(): Locator {
    return this.page.getByRole('searchbox', { name: 'Find in article' });
  }

  get findStatus(): Locator {
    return this.page.locator('.find-bar').getByRole('status');
  }

  get nextMatch(): Locator {
    return this.page.getByRole('button', { name: 'Next match' });
  }

  get previousMatch(): Locator {
    return this.page.getByRole('button', { name: 'Previous match' });
  }

  /** A control of the Settings dialog by its label ("Font", "Font size", "Theme", ...). */
  setting(label: string): Locator {
    return this.page.getByRole('dialog').getByLabel(label, { exact: true });
  }

  async htmlDirection(): Promise<{ lang: string; dir: string }> {
    return this.page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));
  }
}
