// The page's first script, an entry of its own in index.html (a few hundred bytes, depending on
// nothing else), so it runs while the browser is still compiling the app's main chunk — on a
// cold start that takes well over 100 ms. In that time it asks IndexedDB, with the plain API,
// for what the first screen needs: which databases exist, the start-up settings and the top
// of the library. The main chunk then finds the answers waiting instead of asking after it
// has been evaluated, and can paint the library while Dexie is still opening.
//
// It only reads, and only a library already at this app's schema: a new, older or newer
// library (or any failure here) leaves `library` null, and start-up takes its usual path,
// where openDatabase checks versions, backs up before an upgrade and words every error.

import { DATABASE_NAME } from '../db/databaseName';
import { CURRENT_SCHEMA_VERSION } from '../db/schema';

/** The settings start-up needs before the first paint (see readSettings for their checks). */
export const STARTUP_SETTING_KEYS = ['uiLanguage', 'theme', 'welcomeSeeded'] as const;

/** Rows at the top of the library read ahead: enough to fill a tall window. */
export const LIBRARY_HEAD_SIZE = 40;

export interface EarlyLibrary {
  /** Stored values of STARTUP_SETTING_KEYS (undefined where never set), not yet validated. */
  settings: Record<(typeof STARTUP_SETTING_KEYS)[number], unknown>;
  /** The newest live, unarchived article rows, newest first, as stored. */
  head: unknown[];
}

export interface EarlyRead {
  /** `indexedDB.databases()`, or null where the API is missing or failed. */
  databases: IDBDatabaseInfo[] | null;
  /** Null unless the library exists at this app's schema and was read. */
  library: EarlyLibrary | null;
}

function requestResult<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

/** Walks the createdAt index from the newest end, keeping live, unarchived rows. */
function readHead(index: IDBIndex, limit: number): Promise<unknown[]> {
  return new Promise((resolve, reject) => {
    const rows: unknown[] = [];
    const request = index.openCursor(null, 'prev');
    request.onerror = () => reject(request.error ?? new Error('IndexedDB cursor failed'));
    request.onsuccess = () => {
      const cursor = request.result;
      if (cursor === null) return resolve(rows);
      const row = cursor.value as { deletedAt?: unknown; archivedAt?: unknown };
      if (row.deletedAt === null && row.archivedAt === null) rows.push(row);
      if (rows.length >= limit) return resolve(rows);
      cursor.continue();
    };
  });
}

/** Opens without a version (so it can never create or upgrade), reads, and closes again. */
async function readLibrary(name: string): Promise<EarlyLibrary | null> {
  const db = await requestResult(indexedDB.open(name));
  // Another window's upgrade must never wait on this short read.
  db.onversionchange = () => db.close();
  try {
    if (!db.objectStoreNames.contains('settings') || !db.objectStoreNames.contains('articles')) return null;
    const tx = db.transaction(['settings', 'articles'], 'readonly');
    const settingsStore = tx.objectStore('settings');
    const [settingRows, head] = await Promise.all([
      Promise.all(STARTUP_SETTING_KEYS.map((key) => requestResult(settingsStore.get(key) as IDBRequest<{ value?: unknown } | undefined>))),
      readHead(tx.objectStore('articles').index('createdAt'), LIBRARY_HEAD_SIZE),
    ]);
    const settings = Object.fromEntries(STARTUP_SETTING_KEYS.map((key, i) => [key, settingRows[i]?.value])) as EarlyLibrary['settings'];
    return { settings, head };
  } finally {
    db.close();
  }
}

export async function readEarly(name: string = DATABASE_NAME): Promise<EarlyRead> {
  if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return { databases: null, library: null };
  let databases: IDBDatabaseInfo[];
  try {
    databases = await indexedDB.databases();
  } catch {
    return { databases: null, library: null };
  }
  // Dexie stores schema version n as native version 10n (plus small bumps of its own).
  const stored = databases.find((database) => database.name === name)?.version;
  if (stored === undefined || Math.floor(stored / 10) !== CURRENT_SCHEMA_VERSION) return { databases, library: null };
  try {
    return { databases, library: await readLibrary(name) };
  } catch (error) {
    // Start-up's usual path reads the same again, and words any error there.
    console.warn('Could not read the library ahead of start-up', error);
    return { databases, library: null };
  }
}

let early: Promise<EarlyRead> | null = readEarly();

/** The read started when this script ran, once; null once taken (later callers read for themselves). */
export function takeEarlyRead(): Promise<EarlyRead> | null {
  const read = early;
  early = null;
  return read;
}
