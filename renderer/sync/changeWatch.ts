// Which synced rows changed, seen where every write passes: a Dexie DBCore middleware on the
// synced tables. Keys are collected per transaction and announced once it commits, so an
// aborted write never reaches the server. It also tells the other tabs of the same library (a
// BroadcastChannel), since only one of them runs sync. Writes made while sync is not running
// are found by the engine's comparison with its bookkeeping when it starts (engine/reconcile.ts).
//
// Installed at start-up (it must be there before the database opens) and nearly free while
// nobody listens.

import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTransaction, Middleware } from 'dexie';
import { isSyncedTable, type SyncedTable } from './docs/syncedTables';

export interface RowChange {
  table: SyncedTable;
  /** The changed keys, or 'all' after a range delete or clear. */
  keys: string[] | 'all';
}

type Listener = (changes: RowChange[]) => void;

function changedKeys(request: DBCoreMutateRequest, response: DBCoreMutateResponse): unknown[] | 'all' {
  switch (request.type) {
    case 'deleteRange':
      return 'all';
    case 'delete':
      return request.keys;
    case 'add':
    case 'put':
      return response.results ?? request.keys ?? 'all';
  }
}

export interface SyncChangeWatch {
  readonly middleware: Middleware<DBCore>;
  subscribe(listener: Listener): () => void;
}

export function createSyncChangeWatch(channelName?: string): SyncChangeWatch {
  const listeners = new Set<Listener>();
  const pending = new WeakMap<DBCoreTransaction, Map<SyncedTable, Set<string> | 'all'>>();
  const channel =
    channelName !== undefined && typeof BroadcastChannel === 'function' ? new BroadcastChannel(channelName) : null;
  channel?.addEventListener('message', (event: MessageEvent<RowChange[]>) => {
    for (const listener of listeners) listener(event.data);
  });

  function announce(byTable: Map<SyncedTable, Set<string> | 'all'>): void {
    const changes = [...byTable].map(([table, keys]): RowChange => ({
      table,
      keys: keys === 'all' ? 'all' : [...keys],
    }));
    for (const listener of listeners) listener(changes);
    channel?.postMessage(changes);
  }

  function record(transaction: DBCoreTransaction, table: SyncedTable, keys: unknown[] | 'all'): void {
    let byTable = pending.get(transaction);
    if (byTable === undefined) {
      const fresh = new Map<SyncedTable, Set<string> | 'all'>();
      byTable = fresh;
      pending.set(transaction, fresh);
      const idbTransaction = transaction as unknown as Partial<IDBTransaction>;
      if (typeof idbTransaction.addEventListener === 'function') {
        idbTransaction.addEventListener('complete', () => announce(fresh));
      } else {
        queueMicrotask(() => announce(fresh));
      }
    }
    const known = byTable.get(table);
    if (keys === 'all' || known === 'all') {
      byTable.set(table, 'all');
      return;
    }
    const set = known ?? new Set<string>();
    for (const key of keys) if (typeof key === 'string') set.add(key);
    byTable.set(table, set);
  }

  const middleware: Middleware<DBCore> = {
    stack: 'dbcore',
    name: 'hamish-sync-changes',
    create: (down) => ({
      ...down,
      table(name) {
        const table = down.table(name);
        if (!isSyncedTable(name)) return table;
        return {
          ...table,
          async mutate(request) {
            const response = await table.mutate(request);
            if (listeners.size > 0 || channel !== null) record(request.trans, name, changedKeys(request, response));
            return response;
          },
        };
      },
    }),
  };

  return {
    middleware,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The app's one watch: main.tsx installs its middleware, the sync engine listens. */
export const syncChangeWatch = createSyncChangeWatch('hamish-sync-changes');
