// The keyboard shortcuts dialog: `?` by its physical key (Shift+/, which types ؟ under an Arabic
// layout) opens it, and it lists every command of the registry with its keys, in the UI
// language, grouped by scope. The expected rows come from the registry and the catalogs, not
// from a list written here, so a command added without showing up in the dialog fails this.

import type { Locator, Page } from '@playwright/test';
import { COMMAND_IDS, COMMANDS, commandLabelKey, HELP_GROUPS } from '../../renderer/commands/commands';
import { shortcutTexts, type KeyNames } from '../../renderer/commands/shortcutText';
import { ar } from '../../renderer/i18n/catalogs/ar';
import { en } from '../../renderer/i18n/catalogs/en';
import { expect, test } from './fixtures';
import type { HamishApp } from './models/HamishApp';
import { ArabicKeyboard } from './support/arabicKeyboard';
import { docOf, seedArticles } from './support/seedArticles';

const CATALOGS = { en, ar } as const;
type Lang = keyof typeof CATALOGS;

/** A catalog lookup by dotted key, as i18next resolves it. */
function lookup(lang: Lang, key: string): string {
  let value: unknown = CATALOGS[lang];
  for (const part of key.split('.')) value = (value as Record<string, unknown>)[part];
  if (typeof value !== 'string') throw new Error(`no string at ${key} in ${lang}`);
  return value;
}

/** What the dialog should hold, read from the registry: per scope, each command's label and keys. */
function expectedGroups(lang: Lang) {
  const names: KeyNames = (key) => lookup(lang, key);
  return HELP_GROUPS.map((scope) => ({
    heading: lookup(lang, `shortcuts.scope.${scope}`),
    rows: COMMAND_IDS.filter((id) => COMMANDS[id].scope === scope).map((id) => ({
      label: lookup(lang, commandLabelKey(id)),
      keys: shortcutTexts(id, names, false),
    })),
  }));
}

async function shownGroups(dialog: Locator) {
  return dialog.locator('section').evaluateAll((sections) =>
    sections.map((section) => ({
      heading: section.querySelector('h3')!.textContent,
      rows: [...section.querySelectorAll('tbody tr')].map((row) => ({
        label: row.querySelector('th')!.textContent,
        keys: [...row.querySelectorAll('kbd')].map((kbd) => kbd.textContent),
      })),
    })),
  );
}

async function openArticle(app: HamishApp, page: Page, lang: Lang): Promise<void> {
  await app.open(`?lang=${lang}`);
  await app.article.waitFor();
  const [id] = await seedArticles(page, [
    { title: 'اختصارات', doc: docOf([{ kind: 'paragraph', text: 'قال المتحدث إن التقرير نُشر هذا الأسبوع.' }]) },
  ]);
  await app.read(id!, `?lang=${lang}`);
  await app.article.getByText('التقرير').waitFor();
}

for (const lang of ['ar', 'en'] as const) {
  test(`? typed as ؟ on an Arabic layout opens the shortcuts, listing every command (${lang} UI)`, async ({
    app,
    page,
  }) => {
    await openArticle(app, page, lang);
    const keyboard = await ArabicKeyboard.attach(page);
    const dialog = page.getByRole('dialog', { name: lookup(lang, 'shortcuts.title') });
    await expect(dialog).toBeHidden();
    await keyboard.press('Slash', 'shift');
    await expect(dialog).toBeVisible();
    const expected = expectedGroups(lang);
    expect(await shownGroups(dialog)).toEqual(expected);
    // Every command of the registry, once (the test would pass on an empty registry otherwise).
    expect(expected.flatMap((group) => group.rows)).toHaveLength(COMMAND_IDS.length);
    // Shift+/ went to the dialog, not to search (/ without Shift).
    await expect(page.getByRole('searchbox', { name: lookup(lang, 'search.label') })).not.toBeFocused();

    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    // Escape closed the dialog only: the article is still open.
    await expect(app.article.getByText('التقرير')).toBeVisible();
  });
}

test('the app bar button opens the shortcuts and Escape returns the focus to it', async ({ app, page }) => {
  await app.open('?lang=en');
  await app.article.waitFor();
  const button = page.getByRole('button', { name: 'Keyboard shortcuts' });
  await expect(button).toHaveAttribute('title', 'Show the keyboard shortcuts (?)');
  await button.click();
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog.getByRole('row', { name: /Go to search/ })).toContainText('Ctrl+K');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();
});

test('? typed into a text field stays text', async ({ app, page }) => {
  await app.open('?lang=en');
  await app.article.waitFor();
  const search = page.getByRole('searchbox', { name: 'Search' });
  await search.fill('why');
  await search.press('Shift+Slash');
  await expect(search).toHaveValue('why?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeHidden();
});

for (const lang of ['ar', 'en'] as const) {
  test(`the reader toolbar buttons with a shortcut name it in their tooltip, in the UI language (${lang})`, async ({
    app,
    page,
  }) => {
    await openArticle(app, page, lang);
    const names: KeyNames = (key) => lookup(lang, key);
    const tooltip = (id: 'backToLibrary' | 'openFind' | 'toggleHighlightsPanel') =>
      `${lookup(lang, commandLabelKey(id))} (${shortcutTexts(id, names, false).join(lookup(lang, 'keys.or'))})`;
    await expect(page.getByRole('button', { name: lookup(lang, 'reader.back') })).toHaveAttribute(
      'title',
      tooltip('backToLibrary'),
    );
    await expect(page.getByRole('button', { name: lookup(lang, 'reader.find.open'), exact: true })).toHaveAttribute(
      'title',
      tooltip('openFind'),
    );
    // The highlights panel's toggle is portalled into the toolbar by the highlights layer.
    await expect(
      page.getByRole('button', { name: lookup(lang, 'highlights.sidebarToggle'), exact: true }),
    ).toHaveAttribute('title', tooltip('toggleHighlightsPanel'));
  });
}
