// Writes back the new places of highlights re-anchored in a changed article, in one
// transaction: their selectors are described again from the current text, so the next
// re-anchoring starts from this version.

import type { Result } from '../../electron/common/result';
import type { HamishDb } from '../db/HamishDb';
import { storageWrite, type WriteFailure } from '../db/storageErrors';
import type { PlacedHighlight } from './placeHighlights';
import { describeRange } from './quoteSelector';

export function persistPlacement(
  db: HamishDb,
  moved: readonly PlacedHighlight[],
  canonical: string,
  contentHash: string,
  extractionVersion: number,
): Promise<Result<void, WriteFailure>> {
  const now = Date.now();
  return storageWrite(() =>
    db.transaction('rw', db.highlights, async () => {
      for (const place of moved) {
        await db.highlights.update(place.row.id, {
          ...describeRange(canonical, place.start, place.end),
          contentHash,
          extractionVersion,
          updatedAt: now,
        });
      }
    }),
  );
}
