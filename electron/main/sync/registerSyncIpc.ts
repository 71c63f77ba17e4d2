// The sync channels of the desktop app: the server store (safeStorage) and the request
// forwarder, registered through the validated IPC like every other channel.

import path from 'node:path';
import { ok } from '../../common/result';
import { parseDatabaseUrl } from '../../common/syncTransport';
import type { ValidatedIpc } from '../validatedIpc';
import { createSyncRequests, type FetchLike } from './syncRequests';
import { createSyncServerStore, type FileAccess, type SafeStorageLike } from './syncServerStore';

export interface SyncIpcDependencies {
  userDataDir: string;
  fs: FileAccess;
  safeStorage: SafeStorageLike;
  /** Electron's net.fetch in the app, so the system's proxy and certificates apply. */
  fetch: FetchLike;
}

export function registerSyncIpc(ipc: ValidatedIpc, deps: SyncIpcDependencies): void {
  const store = createSyncServerStore(path.join(deps.userDataDir, 'sync-server.json'), deps.fs, deps.safeStorage);
  const requests = createSyncRequests(store, deps.fetch);
  ipc.handle('sync:set-server', async (server) => {
    const databaseUrl = parseDatabaseUrl(server.databaseUrl);
    if (!databaseUrl.ok) return databaseUrl;
    return ok(await store.set({ ...server, databaseUrl: databaseUrl.value }));
  });
  ipc.handle('sync:get-server', async () => {
    const server = await store.get();
    return ok(
      server === null
        ? null
        : { databaseUrl: server.databaseUrl, username: server.username, hasPassword: server.password !== null },
    );
  });
  ipc.handle('sync:forget-server', async () => {
    await store.forget();
    return ok(null);
  });
  ipc.handle('sync:request', (requestId, request) => requests.send(requestId, request));
  ipc.handle('sync:abort', (requestId) => {
    requests.abort(requestId);
    return ok(null);
  });
}
