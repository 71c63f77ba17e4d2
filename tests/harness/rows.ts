// Stored rows as they are, for browser tests: read any table, put rows the UI would make slowly
// (many articles at once) or never (a corrupt stored index, a setting out of range, a highlight
// deleted "in another window"). Raw IndexedDB on purpose, not Dexie: a Dexie write would tell
// the app's live queries in the other tab (Dexie broadcasts its changes), and a test of a write
// made behind the app's back needs the app not to know; and a Dexie open would upgrade a library
// a test left at an older version. Each call opens the library, does its work in one
// transaction and closes it, so no connection is left to hold up the app's own upgrades.

import { DATABASE_NAME } from '../../renderer/db/HamishDb';

export const ROW_TABLES = ['articles', 'bodies', 'images', 'highlights', 'notes', 'settings', 'searchIndex'] as const;
export type RowTable = (typeof ROW_TABLES)[number];

function requested<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** Opens the library as it is (no version asked, so nothing is upgraded), runs `work`, closes it. */
async function briefly<T>(work: (db: IDBDatabase) => Promise<T>): Promise<T> {
  const db = await requested(indexedDB.open(DATABASE_NAME));
  try {
    return await work(db);
  } finally {
    db.close();
  }
}

function committed(transaction: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error);
    transaction.onabort = () => reject(transaction.error);
  });
}

/** The stored search index's keys and its manifest (the key without a slash), in one read. */
export interface SearchIndexListing {
  keys: string[];
  manifest: { key: string; data: string } | null;
}

export const rowCalls = {
  /** Every row of one table, as stored. */
  rows(table: RowTable): Promise<unknown[]> {
    return briefly((db) => requested(db.transaction(table).objectStore(table).getAll()));
  },
  /** One row by its key, as stored (undefined when there is none). */
  row(table: RowTable, key: string): Promise<unknown> {
    return briefly((db) => requested(db.transaction(table).objectStore(table).get(key)));
  },
  countRows(table: RowTable): Promise<number> {
    return briefly((db) => requested(db.transaction(table).objectStore(table).count()));
  },
  /** Puts rows into their tables as they are, all in one transaction. */
  async putRows(rows: Partial<Record<RowTable, readonly unknown[]>>): Promise<void> {
    const tables = ROW_TABLES.filter((table) => (rows[table]?.length ?? 0) > 0);
    if (tables.length === 0) return;
    await briefly((db) => {
      const transaction = db.transaction(tables, 'readwrite');
      for (const table of tables) for (const row of rows[table]!) transaction.objectStore(table).put(row);
      return committed(transaction);
    });
  },
  /**
   * Keys first and then the manifest alone: reading every part on each poll (tens of megabytes)
   * would slow down the very write a test waits for.
   */
  searchIndexListing(): Promise<SearchIndexListing> {
    return briefly(async (db) => {
      const store = db.transaction('searchIndex').objectStore('searchIndex');
      const keys = (await requested(store.getAllKeys())).map(String);
      const manifestKey = keys.find((key) => !key.includes('/'));
      if (manifestKey === undefined) return { keys, manifest: null };
      const row = (await requested(store.get(manifestKey))) as { data: string } | undefined;
      return { keys, manifest: row === undefined ? null : { key: manifestKey, data: row.data } };
    });
  },
};
