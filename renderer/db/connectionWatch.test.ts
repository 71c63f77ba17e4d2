import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { watchConnection } from './connectionWatch';
import { HamishDb } from './HamishDb';
import { CURRENT_SCHEMA_VERSION, SCHEMA_HISTORY } from './schema';
import { freshDatabaseNames } from '../../tests/support/databaseNames';

const nameFor = freshDatabaseNames();

describe('watchConnection', () => {
  it('stops using the database when another connection upgrades it, and lets the upgrade through', async () => {
    const name = nameFor('watch');
    const db = new HamishDb(name);
    await db.notes.add({
      id: 'n1',
      articleId: 'a1',
      highlightId: null,
      text: 'kept',
      createdAt: 1,
      updatedAt: 1,
      deletedAt: null,
    });
    const watch = watchConnection(db);
    let told = 0;
    watch.subscribe(() => (told += 1));

    // A newer app version elsewhere: the same history plus one more version.
    const newer = new Dexie(name);
    for (const step of SCHEMA_HISTORY) newer.version(step.version).stores(step.stores);
    newer.version(CURRENT_SCHEMA_VERSION + 1).stores({ collections: 'id' });
    await newer.open();

    expect(watch.current()).toBe('upgraded-elsewhere');
    expect(told).toBe(1);
    expect(await newer.table('notes').get('n1')).toMatchObject({ text: 'kept' });
    // No silent reopen at the newer version: this window's writes are refused.
    await expect(
      db.notes.add({
        id: 'n2',
        articleId: 'a1',
        highlightId: null,
        text: 'lost?',
        createdAt: 2,
        updatedAt: 2,
        deletedAt: null,
      }),
    ).rejects.toThrow(Dexie.DatabaseClosedError);
    expect(await newer.table('notes').count()).toBe(1);
    newer.close();
  });

  it('says so when the database is deleted elsewhere', async () => {
    const name = nameFor('watch-delete');
    const db = new HamishDb(name);
    await db.open();
    const watch = watchConnection(db);
    await Dexie.delete(name);
    expect(watch.current()).toBe('deleted-elsewhere');
  });
});
