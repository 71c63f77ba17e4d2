import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { databaseAtVersion } from './historicDb';
import { openDatabase } from './openDatabase';

const names: string[] = [];
const nameFor = (prefix: string) => {
  const name = `${prefix}-${crypto.randomUUID()}`;
  names.push(name);
  return name;
};
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

describe('openDatabase before an upgrade', () => {
  it('waits for beforeUpgrade with the stored version, then upgrades', async () => {
    const name = nameFor('upgrade');
    const old = databaseAtVersion(name, 1);
    await old.table('notes').add({ id: 'n1', articleId: 'a1', highlightId: null, text: 'v1 note', createdAt: 1, updatedAt: 1 });
    old.close();
    const seen: number[] = [];
    const opened = await openDatabase(name, {
      beforeUpgrade: async (from) => {
        seen.push(from);
        // Still the old library while the hook runs.
        expect((await indexedDB.databases()).find((database) => database.name === name)?.version).toBe(10);
      },
    });
    expect(seen).toEqual([1]);
    expect(opened.ok && (await opened.value.notes.get('n1'))).toMatchObject({ text: 'v1 note', deletedAt: null });
    if (opened.ok) opened.value.close();
  });

  it('still upgrades when the backup hook fails', async () => {
    const name = nameFor('upgrade-hook-fails');
    await databaseAtVersion(name, 1).open().then((db) => db.close());
    const opened = await openDatabase(name, {
      beforeUpgrade: async () => {
        throw new Error('disk full');
      },
    });
    expect(opened.ok).toBe(true);
    if (opened.ok) opened.value.close();
  });

  it('does not call it for a new or current library', async () => {
    const name = nameFor('no-upgrade');
    let calls = 0;
    const first = await openDatabase(name, { beforeUpgrade: async () => void (calls += 1) });
    if (first.ok) first.value.close();
    const second = await openDatabase(name, { beforeUpgrade: async () => void (calls += 1) });
    if (second.ok) second.value.close();
    expect(calls).toBe(0);
  });
});
