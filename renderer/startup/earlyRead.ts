// The page's first script, an entry of its own in index.html (a few hundred bytes, depending on
// nothing else), so it runs while the browser is still compiling the app's main chunk — on a
// cold start that takes well over 100 ms. In that time it asks IndexedDB, with the plain API,
// for what the first screen needs: the start-up settings and the top of the library. The
// main chunk then finds the answers waiting instead of asking after it has been evaluated,
// and can paint the library while Dexie is still opening.
//
// It only reads, and only a library already at this app's schema: a new, older or newer
// library (or any failure here) gives null, and start-up takes its usual path, where
// openDatabase checks versions, backs up before an upgrade and words every error.
//
// It does not ask `indexedDB.databases()`: on a large library that call alone took 170 ms
// (10,000 articles) where the open that follows took 1 ms; the version comes from the open.

import { parseRoute } from '../shared/route';
import { DATABASE_NAME } from '../db/databaseName';
import { CURRENT_SCHEMA_VERSION } from '../db/schema';
import type { ArticleRow } from '../db/types';
import { isListed } from '../library/libraryQuery';

/** The settings start-up needs before the first paint (see readSettings for their checks). */
export const STARTUP_SETTING_KEYS = [
  'uiLanguage',
  'theme',
  'welcomeSeeded',
  // The library's rows show reading times at the user's speeds (db/readingSpeed.ts).
  'readingSpeedArabic',
  'readingSpeedOther',
] as const;

/** Rows at the top of the library read ahead: enough to fill a tall window. */
export const LIBRARY_HEAD_SIZE = 40;

export interface EarlyLibrary {
  /** Stored values of STARTUP_SETTING_KEYS (undefined where never set), not yet validated. */
  settings: Record<(typeof STARTUP_SETTING_KEYS)[number], unknown>;
  /** The newest rows the library lists by default, newest first; null when the page opens on another view. */
  head: ArticleRow[] | null;
}

/** IndexedDB 3.0's getAllRecords (Chromium 141+), not yet in TypeScript's DOM types. */
interface IndexWithRecords {
  getAllRecords(options: { direction: IDBCursorDirection; count: number }): IDBRequest<{ value: ArticleRow }[]>;
}

function requestResult<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

const isLive = (row: ArticleRow) => isListed(row, 'all');

/** Walks the createdAt index from the newest end, keeping live, unarchived rows: one round trip per row. */
function walkHead(index: IDBIndex, limit: number): Promise<ArticleRow[]> {
  return new Promise((resolve, reject) => {
    const rows: ArticleRow[] = [];
    const request = index.openCursor(null, 'prev');
    request.onerror = () => reject(request.error ?? new Error('IndexedDB cursor failed'));
    request.onsuccess = () => {
      const cursor = request.result;
      if (cursor === null) return resolve(rows);
      const row = cursor.value as ArticleRow;
      if (isLive(row)) rows.push(row);
      if (rows.length >= limit) return resolve(rows);
      cursor.continue();
    };
  });
}

/**
 * The newest live, unarchived rows. Where the browser has getAllRecords, one request for
 * twice as many rows as wanted (deleted and archived ones are skipped), since each step of a
 * cursor is a round trip of its own (~0.75 ms each, measured); a cursor otherwise, or when
 * that batch held too few live rows.
 */
async function readHead(index: IDBIndex, limit: number): Promise<ArticleRow[]> {
  if (!('getAllRecords' in index)) return walkHead(index, limit);
  const batch = await requestResult(
    (index as unknown as IndexWithRecords).getAllRecords({ direction: 'prev', count: limit * 2 }),
  );
  const live = batch.map((record) => record.value).filter(isLive);
  return live.length >= limit || batch.length < limit * 2 ? live.slice(0, limit) : walkHead(index, limit);
}

/**
 * Opens the library without a version, so that it can never upgrade it; when there is no
 * library, the creation that such an open starts is aborted, so none is made either. Null
 * when there is none, or it is not at this app's schema.
 */
function openIfCurrent(name: string): Promise<IDBDatabase | null> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name);
    let absent = false;
    request.onupgradeneeded = () => {
      absent = true;
      request.transaction?.abort();
    };
    request.onerror = (event) => {
      if (!absent) return reject(request.error ?? new Error('IndexedDB open failed'));
      // The aborted creation, as intended: not an error for the page.
      event.preventDefault();
      resolve(null);
    };
    request.onsuccess = () => {
      const db = request.result;
      // Dexie stores schema version n as native version 10n (plus small bumps of its own).
      if (
        Math.floor(db.version / 10) === CURRENT_SCHEMA_VERSION &&
        db.objectStoreNames.contains('settings') &&
        db.objectStoreNames.contains('articles')
      )
        return resolve(db);
      db.close();
      resolve(null);
    };
  });
}

async function readLibrary(name: string, withHead: boolean): Promise<EarlyLibrary | null> {
  const db = await openIfCurrent(name);
  if (db === null) return null;
  // Another window's upgrade must never wait on this short read.
  db.onversionchange = () => db.close();
  try {
    const tx = db.transaction(['settings', 'articles'], 'readonly');
    const settingsStore = tx.objectStore('settings');
    const [settingRows, head] = await Promise.all([
      Promise.all(
        STARTUP_SETTING_KEYS.map((key) =>
          requestResult(settingsStore.get(key) as IDBRequest<{ value?: unknown } | undefined>),
        ),
      ),
      withHead ? readHead(tx.objectStore('articles').index('createdAt'), LIBRARY_HEAD_SIZE) : null,
    ]);
    const settings = Object.fromEntries(
      STARTUP_SETTING_KEYS.map((key, i) => [key, settingRows[i]?.value]),
    ) as EarlyLibrary['settings'];
    return { settings, head };
  } finally {
    db.close();
  }
}

/**
 * The first screen's data, or null when start-up must take its usual path: no IndexedDB, no
 * library yet, another schema, or any failure (which that path meets again and words).
 */
export async function readEarly(name: string, withHead: boolean): Promise<EarlyLibrary | null> {
  if (typeof indexedDB === 'undefined') return null;
  try {
    return await readLibrary(name, withHead);
  } catch (error) {
    // Only a head start: the app reads the library again as it opens, and reports a failure there.
    console.warn('Could not read the library ahead of start-up', error);
    return null;
  }
}

// The rows only when the page opens on the library: another view would throw them away.
const opensOnLibrary = typeof location !== 'undefined' && parseRoute(location.hash).view === 'library';
let early: Promise<EarlyLibrary | null> | null = readEarly(DATABASE_NAME, opensOnLibrary);

/** The read started when this script ran, once; null once taken (later callers read for themselves). */
export function takeEarlyRead(): Promise<EarlyLibrary | null> | null {
  const read = early;
  early = null;
  return read;
}
