// Which rows changed while sync was not watching (the app was closed, sync was stopped, another
// tab wrote): the library's keys and update times against the bookkeeping's. It reads keys and
// index entries only — never a body or an image — except the settings, which are few.

import type { HamishDb } from '../../db/HamishDb';
import { rowSyncs, type SyncedTable } from '../docs/syncedTables';
import type { RowRef } from './mirror';
import type { SyncStore } from './syncStore';

/** Primary keys with their updatedAt, from the `updatedAt` index (no row is loaded). */
async function keysWithTimes(db: HamishDb, table: 'articles' | 'highlights' | 'notes'): Promise<Map<string, number>> {
  const collection = db.table(table).orderBy('updatedAt');
  const [times, keys] = await Promise.all([collection.keys(), collection.primaryKeys()]);
  return new Map(keys.map((key, index) => [String(key), Number(times[index])]));
}

export async function findUnsyncedRows(db: HamishDb, store: SyncStore): Promise<RowRef[]> {
  const known = new Map<SyncedTable, Map<string, number | null>>();
  await store.eachRow((row) => {
    const table = known.get(row.table) ?? new Map<string, number | null>();
    table.set(row.key, row.updatedAt);
    known.set(row.table, table);
  });
  const dirty: RowRef[] = [];
  const compare = (table: SyncedTable, present: Map<string, number | null>) => {
    const seen = known.get(table) ?? new Map<string, number | null>();
    for (const [key, updatedAt] of present) {
      if (!seen.has(key) || (updatedAt !== null && seen.get(key) !== updatedAt)) dirty.push({ table, key });
    }
    for (const [key, updatedAt] of seen) if (updatedAt !== null && !present.has(key)) dirty.push({ table, key });
  };

  const articles = await keysWithTimes(db, 'articles');
  compare('articles', articles);
  compare('highlights', await keysWithTimes(db, 'highlights'));
  compare('notes', await keysWithTimes(db, 'notes'));

  // Bodies change only with their article (a re-import), and images are replaced, never edited:
  // look at the bodies of changed articles, and compare the key sets.
  const changedArticles = new Set(dirty.filter((ref) => ref.table === 'articles').map((ref) => ref.key));
  const bodyKeys = (await db.bodies.toCollection().primaryKeys()).map(String);
  const bodies = new Map<string, number | null>(
    bodyKeys.map((key) => [key, changedArticles.has(key) ? -1 : (known.get('bodies')?.get(key) ?? null)]),
  );
  compare('bodies', bodies);
  const imageKeys = (await db.images.toCollection().primaryKeys()).map(String);
  compare('images', new Map(imageKeys.map((key) => [key, known.get('images')?.get(key) ?? null])));

  const settings = (await db.settings.toArray()).filter((row) =>
    rowSyncs('settings', row as unknown as Record<string, unknown>),
  );
  compare('settings', new Map(settings.map((row) => [row.key, row.updatedAt])));
  return dirty;
}
