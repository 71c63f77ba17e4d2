// The built-in welcome article, written by us in Arabic and English (assets/welcome/), added
// to an empty library on first run in the UI language.

import welcomeAr from '../../assets/welcome/welcome.ar.txt?raw';
import welcomeEn from '../../assets/welcome/welcome.en.txt?raw';
import type { UiLanguage } from '../../electron/common/uiLanguage';
import { splitTitle, textToDoc } from '../article/textToDoc';
import { articleRowFor, storeArticleRows, type NewArticle } from '../db/articles';
import type { HamishDb } from '../db/HamishDb';
import { settingOrDefault } from '../db/settings';

const SOURCES: Readonly<Record<UiLanguage, string>> = { ar: welcomeAr, en: welcomeEn };

export function welcomeArticleId(language: UiLanguage): string {
  return `welcome-${language}`;
}

export function welcomeArticle(language: UiLanguage): NewArticle {
  const { title, body } = splitTitle(SOURCES[language]);
  return { title, doc: textToDoc(body, language), source: 'welcome' };
}

/**
 * Adds the welcome article if this library has never had it and holds nothing. Check and
 * write are one transaction, so two windows starting at once cannot both add it.
 * Returns the new article's id, or null when nothing was added.
 */
export async function seedWelcomeIfEmpty(db: HamishDb, language: UiLanguage): Promise<string | null> {
  // The usual case, every start after the first: settled without building the article.
  if (settingOrDefault('welcomeSeeded', (await db.settings.get('welcomeSeeded'))?.value)) return null;
  const input = welcomeArticle(language);
  const now = Date.now();
  // Hashing is asynchronous outside IndexedDB, so it must finish before the transaction starts.
  // The id is the same on every device, so two devices that sync hold one welcome article in
  // each language, not one per device.
  const row = { ...(await articleRowFor(input, now)), id: welcomeArticleId(language) };
  return db.transaction('rw', db.articles, db.bodies, db.settings, async () => {
    const seeded = settingOrDefault('welcomeSeeded', (await db.settings.get('welcomeSeeded'))?.value);
    if (seeded || (await db.articles.count()) > 0) return null;
    await storeArticleRows(db, row, input.doc);
    await db.settings.put({ key: 'welcomeSeeded', value: true, updatedAt: now });
    return row.id;
  });
}
