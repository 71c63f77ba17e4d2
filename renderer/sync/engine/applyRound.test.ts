// The apply step of a round against real PouchDB replicas (PouchDB's LevelDB adapter, in a
// temporary folder) and real (fake-indexeddb) libraries: revision trees and conflicts are
// PouchDB's own here, which the in-memory replica of applyRemote.test.ts does not model.

import 'fake-indexeddb/auto';
import PouchDB from 'pouchdb';
import { describe, expect, it } from 'vitest';
import { noteRow } from '../../../tests/support/search/rows';
import { realSyncDevices } from '../../../tests/support/sync/realSyncDevices';
import { applyRound } from './applyRound';
import type { EngineContext } from './context';
import { mirrorRows } from './mirror';
import type { StoredDocument } from './pouch';

/** One device: its library, its sync bookkeeping and its replica, all with the shared keys. */
const device = realSyncDevices('apply-round');

/** What the server would carry from one replica to the other: PouchDB's own replication. */
async function carry(from: EngineContext, to: EngineContext): Promise<void> {
  await PouchDB.replicate(from.replica, to.replica);
}

const NOTE = { table: 'notes', key: 'n1' } as const;

/** Two devices whose libraries both hold note n1 with `text`, written on A and synced to B. */
async function twoDevicesSharing(text: string): Promise<[EngineContext, EngineContext]> {
  const a = device();
  const b = device();
  await a.db.notes.put(noteRow('n1', 'a1', text, null, { updatedAt: 1_000 }));
  await mirrorRows(a, [NOTE]);
  await carry(a, b);
  expect(await applyRound(b)).toEqual({ applied: 1, refused: 0, mirrored: 0 });
  expect((await b.db.notes.get('n1'))?.text).toBe(text);
  return [a, b];
}

describe('applyRound', () => {
  it('a note changed here before sync saw it meets the incoming edit as a conflict in the same round: both texts kept', async () => {
    const [a, b] = await twoDevicesSharing('النص الأول');

    // Apart: A's edit is mirrored and carried; B's edit is in B's library only — the change
    // feed had not told sync yet when the round began.
    await a.db.notes.put(noteRow('n1', 'a1', 'كتبت هذا على الجهاز الأول', null, { updatedAt: 2_000 }));
    await mirrorRows(a, [NOTE]);
    await b.db.notes.put(noteRow('n1', 'a1', 'And this on the second device', null, { updatedAt: 3_000 }));
    await carry(a, b);

    const round = await applyRound(b);

    expect(round.mirrored).toBe(1);
    expect(round.refused).toBe(0);
    const onB = await b.db.notes.get('n1');
    expect(onB?.text).toBe('And this on the second device');
    expect(onB?.otherVersions).toEqual([{ text: 'كتبت هذا على الجهاز الأول', updatedAt: 2_000 }]);
    // Settled: B's replica holds one version of the note, nothing left for the next round.
    const all = await b.replica.allDocs({ include_docs: true, conflicts: true });
    const docs = all.rows.map((row) => row.doc as StoredDocument);
    expect(docs.filter((doc) => (doc._conflicts ?? []).length > 0)).toEqual([]);
    expect(await b.store.retryIds()).toEqual([]);

    // What B resolved, carried back, gives A the same note.
    await carry(b, a);
    await applyRound(a);
    expect(await a.db.notes.get('n1')).toEqual(onB);
  });

  it('with nothing changed here, one pass and nothing mirrored', async () => {
    const [, b] = await twoDevicesSharing('text');
    expect(await applyRound(b)).toEqual({ applied: 0, refused: 0, mirrored: 0 });
  });
});
