// Each highlight's or note's `updatedAt`, by id: what a start compares the stored index with
// (IndexService, catching up). Read with a key cursor over the `updatedAt` index, so no row's
// text is read, and with IndexedDB's own cursor rather than Dexie's `eachKey`, which wraps each
// of the 30,000 steps in its promise machinery (issue 17, cold start: docs/search.md).

import type { HamishDb } from '../../db/HamishDb';

export function readUpdatedAt(db: HamishDb, table: 'highlights' | 'notes'): Promise<Map<string, number>> {
  return new Promise((resolve, reject) => {
    const versions = new Map<string, number>();
    const transaction = db.backendDB().transaction(table, 'readonly');
    const request = transaction.objectStore(table).index('updatedAt').openKeyCursor();
    request.onsuccess = () => {
      const cursor = request.result;
      if (cursor === null) return;
      versions.set(cursor.primaryKey as string, cursor.key as number);
      cursor.continue();
    };
    transaction.oncomplete = () => resolve(versions);
    transaction.onerror = () => reject(transaction.error ?? request.error);
    transaction.onabort = () => reject(transaction.error ?? new Error(`reading ${table} was aborted`));
  });
}
