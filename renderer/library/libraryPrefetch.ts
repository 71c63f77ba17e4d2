// The top of the library read ahead at start-up (renderer/startup/earlyRead.ts), so that the
// library's first render already has rows to paint. The full list loads right after, through
// the library's live query.

import type { HamishDb } from '../db/HamishDb';
import type { ArticleRow } from '../db/types';

let prefetched: { db: HamishDb; rows: ArticleRow[] } | null = null;

/** Start-up hands over the rows it read ahead for the library of `db`. */
export function provideLibraryHead(db: HamishDb, rows: ArticleRow[]): void {
  prefetched = { db, rows };
}

/** The rows read ahead, once: later mounts of the library read the full list directly. */
export function takePrefetchedHead(db: HamishDb): ArticleRow[] | undefined {
  const rows = prefetched?.db === db ? prefetched.rows : undefined;
  prefetched = null;
  return rows;
}
