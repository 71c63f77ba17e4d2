// Rows written straight into the app's IndexedDB, for search tests that need many articles,
// highlights and notes at once (faster than making each through the UI), or rows the UI can
// never make (a corrupt stored index). The app must have created the database first; reload
// afterwards so the app (and its search index) sees the rows.

import type { Page } from '@playwright/test';
import type { ArticleDoc } from '../../renderer/article/types';
import type { ArticleRow, HighlightRow, NoteRow } from '../../renderer/db/types';

export interface SeedRows {
  articles?: { row: ArticleRow; doc: ArticleDoc }[];
  highlights?: HighlightRow[];
  notes?: NoteRow[];
  /** Raw searchIndex rows, e.g. a corrupt one. */
  searchIndex?: { key: string; data: string; updatedAt: number }[];
}

export async function seedRows(page: Page, rows: SeedRows): Promise<void> {
  await page.evaluate(
    (seed) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('hamish');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction(['articles', 'bodies', 'highlights', 'notes', 'searchIndex'], 'readwrite');
          for (const { row, doc } of seed.articles ?? []) {
            tx.objectStore('articles').put(row);
            tx.objectStore('bodies').put({ articleId: row.id, doc, updatedAt: row.updatedAt });
          }
          for (const row of seed.highlights ?? []) tx.objectStore('highlights').put(row);
          for (const row of seed.notes ?? []) tx.objectStore('notes').put(row);
          for (const row of seed.searchIndex ?? []) tx.objectStore('searchIndex').put(row);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    rows,
  );
}

/**
 * The stored search index as the worker last wrote it: its manifest, whether every part it
 * names is there, and how many articles it covers.
 */
export async function storedSearchIndex(page: Page): Promise<{ key: string; whole: boolean; articles: number } | null> {
  return page.evaluate(
    () =>
      new Promise<{ key: string; whole: boolean; articles: number } | null>((resolve, reject) => {
        const request = indexedDB.open('hamish');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          // Keys first and then the manifest alone: reading every part on each poll (tens of
          // megabytes) would slow down the very write the caller is waiting for.
          const store = db.transaction('searchIndex').objectStore('searchIndex');
          const keys = store.getAllKeys();
          keys.onsuccess = () => {
            const all = (keys.result as string[]).map(String);
            const manifestKey = all.find((key) => !key.includes('/'));
            if (manifestKey === undefined) {
              db.close();
              resolve(null);
              return;
            }
            const row = store.get(manifestKey);
            row.onsuccess = () => {
              db.close();
              try {
                // The articles the index knows: in its catalog (layout 2), or at the top (layout 1).
                const { generation, parts, articles, catalog } = JSON.parse((row.result as { data: string }).data) as {
                  generation: string;
                  parts: number;
                  articles?: unknown[];
                  catalog?: { articles?: unknown[] };
                };
                const present = all.filter((key) => key.startsWith(`${manifestKey}/${generation}/`)).length;
                resolve({
                  key: manifestKey,
                  whole: present === parts,
                  articles: (catalog?.articles ?? articles)?.length ?? 0,
                });
              } catch {
                resolve({ key: manifestKey, whole: false, articles: 0 });
              }
            };
          };
        };
      }),
  );
}
