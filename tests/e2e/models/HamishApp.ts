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
    return this.requests.filter(
      (url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:') && !url.startsWith('blob:'),
    );
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
    return this.page.getByRole('button', { name: 'Settings', exact: true });
  }

  get languageChoice(): Locator {
    return this.page.getByRole('combobox', { name: 'Language' });
  }

  // Import (English UI names).

  get importButton(): Locator {
    return this.page.getByRole('button', { name: 'Import', exact: true });
  }

  get importDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Add articles' });
  }

  get pasteText(): Locator {
    return this.importDialog.getByRole('textbox', { name: 'Paste text' });
  }

  get titleBox(): Locator {
    return this.importDialog.getByRole('textbox', { name: 'Title' });
  }

  get addToLibrary(): Locator {
    return this.importDialog.getByRole('button', { name: 'Add to library' });
  }

  get chooseFiles(): Locator {
    return this.importDialog.getByLabel('Choose files');
  }

  get webAddress(): Locator {
    return this.importDialog.getByRole('textbox', { name: 'Web address' });
  }

  get saveForOffline(): Locator {
    return this.importDialog.getByRole('button', { name: 'Save for offline' });
  }

  get imports(): Locator {
    return this.page.getByRole('region', { name: 'Imports' });
  }

  /** The imports panel's line for a file name or address. */
  importJob(label: string): Locator {
    return this.imports.getByRole('listitem').filter({ hasText: label });
  }

  /** Waits until no import is queued or running (the panel may be folded: see showAllImports). */
  async importsSettled(): Promise<void> {
    // The progress bar is shown exactly while some job is unfinished, folded or not.
    await this.imports.locator('progress').waitFor({ state: 'detached' });
    await this.imports
      .locator('[data-status="queued"], [data-status="working"]')
      .first()
      .waitFor({ state: 'detached' });
  }

  /**
   * Unfolds the imports panel if it is folded (it shows five jobs then), by its state, so in
   * either language, so that every job's line can be read.
   */
  async showAllImports(): Promise<void> {
    const unfold = this.imports.locator('button[aria-expanded="false"]');
    if ((await unfold.count()) > 0) await unfold.click();
  }

  /** The library item whose title link has this name. */
  libraryItem(title: string): Locator {
    return this.libraryList
      .getByRole('listitem')
      .filter({ has: this.page.getByRole('link', { name: title, exact: true }) });
  }

  async pasteAndAdd(text: string, title = ''): Promise<void> {
    await this.importButton.click();
    await this.pasteText.fill(text);
    if (title !== '') await this.titleBox.fill(title);
    await this.addToLibrary.click();
  }

  async importFiles(files: Parameters<Locator['setInputFiles']>[0]): Promise<void> {
    await this.importButton.click();
    await this.chooseFiles.setInputFiles(files);
  }

  async saveWebPage(url: string): Promise<void> {
    await this.importButton.click();
    await this.webAddress.fill(url);
    await this.saveForOffline.click();
  }

  /** Opens the library from anywhere. */
  async gotoLibrary(): Promise<void> {
    await this.mainNav.getByRole('link').first().click();
    await this.page.getByRole('heading', { level: 1 }).first().waitFor();
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
