import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { databaseAtVersion } from './historicDb';
import { openDatabase } from './openDatabase';
import { freshDatabaseNames } from '../../tests/support/databaseNames';

const nameFor = freshDatabaseNames();

describe('openDatabase before an upgrade', () => {
  it('waits for beforeUpgrade with the stored version, then upgrades', async () => {
    const name = nameFor('upgrade');
    const old = databaseAtVersion(name, 1);
    await old
      .table('notes')
      .add({ id: 'n1', articleId: 'a1', highlightId: null, text: 'v1 note', createdAt: 1, updatedAt: 1 });
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
    await databaseAtVersion(name, 1)
      .open()
      .then((db) => db.close());
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

describe('openDatabase with the list of databases asked for early', () => {
  it('decides from that list: a newer version is refused before anything is opened', async () => {
    const name = nameFor('early-list');
    const opened = await openDatabase(name, { databases: Promise.resolve([{ name, version: 990 }]) });
    expect(opened).toMatchObject({ ok: false, error: 'newer-version' });
    // Nothing was created on the strength of the early answer.
    expect((await indexedDB.databases()).some((database) => database.name === name)).toBe(false);
  });

  it('calls beforeUpgrade with the version from that list', async () => {
    const name = nameFor('early-list-upgrade');
    await databaseAtVersion(name, 1)
      .open()
      .then((db) => db.close());
    const seen: number[] = [];
    const opened = await openDatabase(name, {
      databases: indexedDB.databases(),
      beforeUpgrade: async (from) => void seen.push(from),
    });
    expect(seen).toEqual([1]);
    expect(opened.ok).toBe(true);
    if (opened.ok) opened.value.close();
  });

  it('words a failed list as a failed start-up', async () => {
    const opened = await openDatabase(nameFor('early-list-fails'), {
      databases: Promise.reject(new Error('backing store gone')),
    });
    expect(opened).toMatchObject({ ok: false, error: 'failed' });
  });
});
