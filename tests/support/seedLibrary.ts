// Fills the app's IndexedDB with generated articles, straight through the IndexedDB API, for
// library tests and benchmarks. The app must have opened its database once on this origin
// (so the schema exists); reload afterwards to see the rows. Everything is generated inside
// the page from a seed, so 10,000 articles cost no transfer.

import type { Page } from '@playwright/test';

export interface SeedOptions {
  count: number;
  /** Also write a body per article (~`bodyChars` characters), as real articles have. */
  bodyChars?: number;
  /** Times are `start - i * step` ms, so article 0 is the newest. */
  start?: number;
}

/** tsx (esbuild keepNames) wraps named functions in `__name(...)`; give the page a no-op one. */
async function allowNamedFunctions(page: Page): Promise<void> {
  await page.evaluate('globalThis.__name ??= (fn) => fn');
}

export async function seedLibrary(page: Page, options: SeedOptions): Promise<void> {
  await allowNamedFunctions(page);
  await page.evaluate(
    ({ count, bodyChars, start }) =>
      new Promise<void>((resolve, reject) => {
        const words = [
          'مدينة',
          'سوق',
          'تاريخ',
          'حلب',
          'الثقافة',
          'كتاب',
          'Electron',
          'بيروت',
          'القاهرة',
          '2026',
          'النهر',
          'الشعر',
          'مقالة',
          'الصحافة',
          'UNESCO',
          'الاقتصاد',
        ];
        let state = 42;
        const random = () => {
          state = (state * 1103515245 + 12345) >>> 0;
          return state / 4294967296;
        };
        const sentence = (n: number) =>
          Array.from({ length: n }, () => words[Math.floor(random() * words.length)]).join(' ');
        const request = indexedDB.open('hamish');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const stores = bodyChars > 0 ? ['articles', 'bodies'] : ['articles'];
          const tx = db.transaction(stores, 'readwrite');
          const articles = tx.objectStore('articles');
          const bodies = bodyChars > 0 ? tx.objectStore('bodies') : null;
          for (let i = 0; i < count; i += 1) {
            const id = `seed-${String(i).padStart(6, '0')}`;
            const created = start - i * 60_000;
            const title = `${sentence(4)} ${i}`;
            articles.put({
              id,
              title,
              byline: null,
              siteName: null,
              sourceUrl: null,
              publishedAt: null,
              lang: 'ar',
              dir: 'rtl',
              excerpt: sentence(28),
              wordCount: 800 + (i % 900),
              progress: i % 3 === 0 ? 0 : i % 3 === 1 ? 0.4 : 1,
              progressOffset: 0,
              tags: i % 5 === 0 ? ['سفر'] : [],
              contentHash: `hash-${i}`,
              extractionVersion: 1,
              source: 'paste',
              createdAt: created,
              updatedAt: created,
              openedAt: i % 3 === 0 ? null : created + 1000,
              archivedAt: null,
              deletedAt: null,
            });
            if (bodies !== null) {
              const blocks = [];
              for (let chars = 0; chars < bodyChars;) {
                const text = sentence(40);
                blocks.push({ kind: 'paragraph', text, dir: 'auto' });
                chars += text.length;
              }
              bodies.put({
                articleId: id,
                doc: { extractionVersion: 1, lang: 'ar', dir: 'rtl', blocks },
                updatedAt: created,
              });
            }
          }
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { count: options.count, bodyChars: options.bodyChars ?? 0, start: options.start ?? Date.UTC(2026, 0, 1) },
  );
}

export interface ArticleSeed {
  id: string;
  title: string;
  excerpt?: string;
  lang?: string;
  dir?: 'rtl' | 'ltr';
  progress?: number;
  tags?: string[];
  createdAt: number;
  openedAt?: number | null;
  archivedAt?: number | null;
  siteName?: string | null;
  sourceUrl?: string | null;
  wordCount?: number;
}

/** Writes the given articles (with a one-paragraph body each). */
export async function putArticles(page: Page, seeds: readonly ArticleSeed[]): Promise<void> {
  await allowNamedFunctions(page);
  await page.evaluate(
    (rows) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('hamish');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction(['articles', 'bodies'], 'readwrite');
          for (const seed of rows) {
            const excerpt = seed.excerpt ?? `نص المقالة ${seed.title}`;
            tx.objectStore('articles').put({
              byline: null,
              siteName: null,
              sourceUrl: null,
              publishedAt: null,
              lang: 'ar',
              dir: 'rtl',
              wordCount: 100,
              progress: 0,
              progressOffset: 0,
              tags: [],
              contentHash: `hash-${seed.id}`,
              extractionVersion: 1,
              source: 'paste',
              updatedAt: seed.createdAt,
              openedAt: null,
              archivedAt: null,
              deletedAt: null,
              ...seed,
              excerpt,
            });
            tx.objectStore('bodies').put({
              articleId: seed.id,
              doc: {
                extractionVersion: 1,
                lang: seed.lang ?? 'ar',
                dir: seed.dir ?? 'rtl',
                blocks: [{ kind: 'paragraph', text: excerpt, dir: 'auto' }],
              },
              updatedAt: seed.createdAt,
            });
          }
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    seeds,
  );
}
