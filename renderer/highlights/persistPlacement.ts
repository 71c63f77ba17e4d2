// Writes back the new places of highlights re-anchored in a changed article, in one
// transaction: their selectors are described again from the current text, so the next
// re-anchoring starts from this version.

import type { HamishDb } from '../db/HamishDb';
import type { PlacedHighlight } from './placeHighlights';
import { describeRange } from './quoteSelector';

export async function persistPlacement(
  db: HamishDb,
  moved: readonly PlacedHighlight[],
  canonical: string,
  contentHash: string,
  extractionVersion: number,
): Promise<void> {
  if (moved.length === 0) return;
  const now = Date.now();
  await db.transaction('rw', db.highlights, async () => {
    for (const place of moved) {
      await db.highlights.update(place.row.id, {
        ...describeRange(canonical, place.start, place.end),
        contentHash,
        extractionVersion,
        updatedAt: now,
      });
    }
  });
}
