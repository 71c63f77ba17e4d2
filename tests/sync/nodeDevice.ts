// A "device" for sync tests in Node: a library (Dexie over fake-indexeddb), its sync engine,
// and the desktop app's own transport (electron/main/sync: the server store with a stand-in for
// safeStorage, and the request forwarder over Node's fetch) — so these tests also run main's
// half of the network path against the real replication server.

import { HamishDb } from '../../renderer/db/HamishDb';
import type { Platform } from '../../renderer/platform/Platform';
import { createSyncChangeWatch } from '../../renderer/sync/changeWatch';
import { SyncEngine } from '../../renderer/sync/engine/SyncEngine';
import type { SyncStatus } from '../../renderer/sync/syncStatus';
import { createSyncRequests } from '../../electron/main/sync/syncRequests';
import { createSyncServerStore, type FileAccess, type SafeStorageLike } from '../../electron/main/sync/syncServerStore';
import { err, ok } from '../../electron/common/result';
import { parseDatabaseUrl } from '../../electron/common/syncTransport';

// pouchdb-browser expects a page: `self`, `navigator`, and FileReader for Blobs. Node has Blob.
(globalThis as { self?: unknown }).self ??= globalThis;
// Node 20 has no `navigator`; PouchDB reads its userAgent once it has stored a test Blob.
(globalThis as { navigator?: unknown }).navigator ??= { userAgent: 'Node.js' };
class NodeFileReader {
  result: ArrayBuffer | string | null = null;
  onload: ((event: { target: NodeFileReader }) => void) | null = null;
  onloadend: ((event: { target: NodeFileReader }) => void) | null = null;
  onerror: ((event: { target: { error: unknown } }) => void) | null = null;
  private finish(read: Promise<ArrayBuffer | string>): void {
    read.then(
      (value) => {
        this.result = value;
        this.onload?.({ target: this });
        this.onloadend?.({ target: this });
      },
      (error: unknown) => this.onerror?.({ target: { error } }),
    );
  }
  readAsArrayBuffer(blob: Blob): void {
    this.finish(blob.arrayBuffer());
  }
  readAsBinaryString(blob: Blob): void {
    this.finish(blob.arrayBuffer().then((buffer) => Buffer.from(buffer).toString('latin1')));
  }
}
(globalThis as { FileReader?: unknown }).FileReader ??= NodeFileReader;

/** Reversible, clearly not encryption: stands in for the OS keychain in Node. */
const fakeSafeStorage: SafeStorageLike = {
  isEncryptionAvailable: () => true,
  encryptString: (plain) => Buffer.from(`sealed:${plain}`),
  decryptString: (sealed) => sealed.toString().replace(/^sealed:/, ''),
};

function memoryFiles(): FileAccess {
  const files = new Map<string, string>();
  return {
    readFile: async (file) => {
      const text = files.get(file);
      if (text === undefined) throw new Error('ENOENT');
      return text;
    },
    writeFile: async (file, data) => void files.set(file, data),
    rm: async (file) => void files.delete(file),
  };
}

export interface NodeDevice {
  name: string;
  db: HamishDb;
  engine: SyncEngine;
  /** Resolves once the status satisfies `test` (checked on every change). */
  until(test: (status: SyncStatus) => boolean, timeoutMs?: number): Promise<SyncStatus>;
  close(): Promise<void>;
}

export async function nodeDevice(name: string, fetchImpl: typeof fetch = fetch): Promise<NodeDevice> {
  const watch = createSyncChangeWatch();
  const db = new HamishDb(name);
  db.use(watch.middleware);
  await db.open();
  const store = createSyncServerStore(`/${name}/sync-server.json`, memoryFiles(), fakeSafeStorage);
  const requests = createSyncRequests(store, (url, init) => fetchImpl(url, init));
  const platform = {
    sync: {
      keepsPassword: true,
      async setServer(server) {
        const url = parseDatabaseUrl(server.databaseUrl);
        if (!url.ok) return err('bad-url');
        return ok(await store.set({ ...server, databaseUrl: url.value }));
      },
      async server() {
        const server = await store.get();
        return server === null
          ? null
          : { databaseUrl: server.databaseUrl, username: server.username, hasPassword: server.password !== null };
      },
      forgetServer: () => store.forget(),
      request: (request, signal) => {
        const id = crypto.randomUUID();
        signal?.addEventListener('abort', () => requests.abort(id));
        return requests.send(id, request);
      },
    },
  } as Pick<Platform, 'sync'> as Platform;
  const engine = new SyncEngine({ db, platform, libraryName: name, watch, mirrorDelayMs: 5 });
  return {
    name,
    db,
    engine,
    until(test, timeoutMs = 60_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (!test(engine.status())) return false;
          unsubscribe();
          clearTimeout(timer);
          resolve(engine.status());
          return true;
        };
        const unsubscribe = engine.subscribe(check);
        const timer = setTimeout(() => {
          unsubscribe();
          reject(new Error(`${name}: status never matched; last ${JSON.stringify(engine.status())}`));
        }, timeoutMs);
        check();
      });
    },
    async close() {
      engine.dispose();
      db.close();
    },
  };
}

/** Waits until `read` returns something `test` accepts (polled; sync is asynchronous). */
export async function eventually<T>(
  read: () => Promise<T>,
  test: (value: T) => boolean,
  timeoutMs = 60_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (test(value)) return value;
    if (Date.now() > deadline) throw new Error(`condition not met; last value ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
