// Which rows the search index must look at again, observed where every write passes: a Dexie
// DBCore middleware on the tables the index is built from. Keys are collected per transaction
// and announced only once it commits, so an aborted write never reaches the index. Writes made
// elsewhere (another window, a restore in a fresh session) are caught up by the worker's
// comparison of row versions when it starts.

import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTransaction, Middleware } from 'dexie';
import type { TableChange, WatchedTable } from '../protocol';

const WATCHED: ReadonlySet<string> = new Set<WatchedTable>(['articles', 'bodies', 'highlights', 'notes']);

type Pending = Map<WatchedTable, Set<string> | 'all'>;

export interface ChangeFeed {
  /** Install with `db.use()` before the database opens. */
  readonly middleware: Middleware<DBCore>;
  subscribe(listener: (changes: TableChange[]) => void): () => void;
}

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

export function createChangeFeed(): ChangeFeed {
  const listeners = new Set<(changes: TableChange[]) => void>();
  const pendingByTransaction = new WeakMap<DBCoreTransaction, Pending>();

  function announce(pending: Pending): void {
    const changes = [...pending].map(([table, keys]): TableChange => ({
      table,
      keys: keys === 'all' ? 'all' : [...keys],
    }));
    for (const listener of listeners) listener(changes);
  }

  function record(transaction: DBCoreTransaction, table: WatchedTable, keys: unknown[] | 'all'): void {
    let pending = pendingByTransaction.get(transaction);
    if (pending === undefined) {
      const fresh: Pending = new Map();
      pending = fresh;
      pendingByTransaction.set(transaction, fresh);
      const idbTransaction = transaction as unknown as Partial<IDBTransaction>;
      if (typeof idbTransaction.addEventListener === 'function') {
        idbTransaction.addEventListener('complete', () => announce(fresh));
      } else {
        // Not an IndexedDB transaction underneath: nothing to wait for.
        queueMicrotask(() => {
          pendingByTransaction.delete(transaction);
          announce(fresh);
        });
      }
    }
    const known = pending.get(table);
    if (keys === 'all' || known === 'all') {
      pending.set(table, 'all');
      return;
    }
    const set = known ?? new Set<string>();
    for (const key of keys) if (typeof key === 'string') set.add(key);
    pending.set(table, set);
  }

  const middleware: Middleware<DBCore> = {
    stack: 'dbcore',
    name: 'hamish-search-changes',
    create: (down) => ({
      ...down,
      table(name) {
        const table = down.table(name);
        if (!WATCHED.has(name)) return table;
        return {
          ...table,
          async mutate(request) {
            const response = await table.mutate(request);
            record(request.trans, name as WatchedTable, changedKeys(request, response));
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

/** The app's one feed: main.tsx installs its middleware, the search provider listens. */
export const searchChangeFeed = createChangeFeed();
