// Another window (a tab, in the web build) may upgrade or delete the database while this one
// has it open. Dexie's default then closes the connection but reopens it on the next query —
// at the newer version, with this window's older code writing into it. Instead this window
// stops using the database at once and says why, until the user reloads it.

import type { HamishDb } from './HamishDb';

export type ConnectionLoss = 'upgraded-elsewhere' | 'deleted-elsewhere';

export interface ConnectionWatch {
  subscribe(listener: () => void): () => void;
  /** Why this window lost the database, or null while it still has it. */
  current(): ConnectionLoss | null;
}

export function watchConnection(db: HamishDb): ConnectionWatch {
  let loss: ConnectionLoss | null = null;
  const listeners = new Set<() => void>();
  db.on('versionchange', (event: IDBVersionChangeEvent) => {
    db.close({ disableAutoOpen: true });
    loss = event.newVersion === null ? 'deleted-elsewhere' : 'upgraded-elsewhere';
    for (const listener of listeners) listener();
    // Skips Dexie's own handler, which would close with auto-reopen allowed.
    return false;
  });
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    current: () => loss,
  };
}
