// The replica → library step of a sync round, settled within the round.
//
// applyRemote keeps a library row that changed here since it last matched the replica and puts
// the incoming documents for it on the retry list; the row must be mirrored first, so that the
// incoming version meets it as a conflict and resolves (a note keeps both texts). Left to the
// next round, the retried documents would wait for it — with live sync off that may be days,
// and meanwhile this device shows its own text while the other shows both. So the rows are
// mirrored here and the retry list applied again at once. A row changed here yet again during
// that second pass (the user typing while Sync now runs) is mirrored and waits for the next
// round: one extra pass, never a loop a busy editor could keep spinning.

import { applyRemote } from './applyRemote';
import type { EngineContext } from './context';
import { mirrorRows } from './mirror';

export interface RoundReport {
  /** Rows written into (or deleted from) the library. */
  applied: number;
  /** Documents refused: unreadable, not this library's, or not a valid row. */
  refused: number;
  /** Documents of rows changed here, written into the replica during the step: not yet sent. */
  mirrored: number;
}

export async function applyRound(
  ctx: EngineContext,
  onProgress?: (done: number, total: number) => void,
): Promise<RoundReport> {
  const first = await applyRemote(ctx, onProgress);
  const round: RoundReport = { applied: first.applied, refused: first.refused, mirrored: 0 };
  if (first.localFirst.length === 0) return round;
  round.mirrored += await mirrorRows(ctx, first.localFirst);
  const again = await applyRemote(ctx);
  round.applied += again.applied;
  round.refused += again.refused;
  if (again.localFirst.length > 0) round.mirrored += await mirrorRows(ctx, again.localFirst);
  return round;
}
