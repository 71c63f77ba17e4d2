// A HamishDb over fake-indexeddb, fresh per call, for tests that run in Node.

import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import type { DBCore, Middleware } from 'dexie';
import { HamishDb } from '../../../renderer/db/HamishDb';

let counter = 0;

export function memoryDb(name = `test-${++counter}`, middleware: readonly Middleware<DBCore>[] = []): HamishDb {
  const db = new HamishDb(name, { indexedDB, IDBKeyRange });
  for (const layer of middleware) db.use(layer);
  return db;
}
