// Libraries this app's schema cannot describe, made and read with raw IndexedDB for the tests of
// what the app does with them: one saved by a newer version, and one whose store no longer
// matches the schema (Dexie cannot open it). Made before the app first runs on the origin.

import { DATABASE_NAME } from '../../renderer/db/HamishDb';

function openRaw(version?: number, upgrade?: (db: IDBDatabase) => void): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = version === undefined ? indexedDB.open(DATABASE_NAME) : indexedDB.open(DATABASE_NAME, version);
    if (upgrade !== undefined) request.onupgradeneeded = () => upgrade(request.result);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function requested<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

export const foreignLibraryCalls = {
  /** A library at version 9990 with a store of its own: what a newer Hamish might leave. */
  async makeFutureLibrary(): Promise<void> {
    const db = await openRaw(9990, (upgrading) => upgrading.createObjectStore('future').put('kept', 'row'));
    db.close();
  },
  /**
   * At this schema's version, past its first run, with settings and articles the early read can
   * read — but a highlights store whose key no longer matches the schema, so Dexie cannot open it.
   */
  async makeDamagedLibrary(): Promise<void> {
    const db = await openRaw(30, (upgrading) => {
      upgrading
        .createObjectStore('settings', { keyPath: 'key' })
        .put({ key: 'welcomeSeeded', value: true, updatedAt: 1 });
      const articles = upgrading.createObjectStore('articles', { keyPath: 'id' });
      articles.createIndex('createdAt', 'createdAt');
      articles.put({ id: 'kept', title: 'Kept as it was', createdAt: 1, deletedAt: null, archivedAt: null, tags: [] });
      upgrading.createObjectStore('highlights', { keyPath: 'other' });
    });
    db.close();
  },
  /** The library as stored, whatever its schema: its version, its stores and one row of one store. */
  async libraryShape(store: string, key: string): Promise<{ version: number; stores: string[]; row: unknown }> {
    const db = await openRaw();
    try {
      const row = await requested(db.transaction(store).objectStore(store).get(key));
      return { version: db.version, stores: [...db.objectStoreNames].sort(), row };
    } finally {
      db.close();
    }
  },
};
