// What every step of the engine works on.

import type { HamishDb } from '../../db/HamishDb';
import type { SyncKeys } from '../crypto/keys';
import type { PouchDatabase } from './pouch';
import type { SyncStore } from './syncStore';

export interface EngineContext {
  readonly db: HamishDb;
  readonly store: SyncStore;
  readonly replica: PouchDatabase;
  readonly keys: SyncKeys;
}

/** The replica's ids that are not rows: the server's key document and any design documents. */
export const KEY_DOCUMENT_ID = 'hamish-keys';

export function isRowDocumentId(id: string): boolean {
  return id !== KEY_DOCUMENT_ID && !id.startsWith('_');
}
