// Devices for sync unit tests that need PouchDB's own revision trees and conflicts: each has a
// library (fake-indexeddb), its sync bookkeeping and a real PouchDB replica (PouchDB's LevelDB
// adapter in a temporary folder), all with one set of keys, as devices sharing a passphrase.
// Called at the top of a test file, it registers the hooks that make and remove the folder and
// close every device after each test, and returns the function that makes a device.

import 'fake-indexeddb/auto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PouchDB from 'pouchdb';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { keysFromMaster, type SyncKeys } from '../../../renderer/sync/crypto/keys';
import type { EngineContext } from '../../../renderer/sync/engine/context';
import type { PouchStatic } from '../../../renderer/sync/engine/pouch';
import { SyncStore } from '../../../renderer/sync/engine/syncStore';
import { memoryDb } from '../search/memoryDb';

export function realSyncDevices(label: string): () => EngineContext {
  let folder: string;
  let Replica: PouchStatic;
  let keys: SyncKeys;
  let counter = 0;
  const opened: EngineContext[] = [];

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), `hamish-${label}-`));
    Replica = PouchDB.defaults({ prefix: `${folder}/` }) as PouchStatic;
    keys = (await keysFromMaster(crypto.getRandomValues(new Uint8Array(32)))).keys;
  });

  afterEach(async () => {
    for (const ctx of opened.splice(0)) {
      await ctx.replica.destroy();
      await ctx.db.delete();
      await ctx.store.delete();
    }
  });

  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  return () => {
    const name = `${label}-${++counter}`;
    const ctx = { db: memoryDb(), store: new SyncStore(`${name}-sync`), replica: new Replica(name), keys };
    opened.push(ctx);
    return ctx;
  };
}
