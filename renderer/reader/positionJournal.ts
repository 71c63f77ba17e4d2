// A synchronous copy of the reading position, written when the page is being hidden or unloaded.
// The position is stored in IndexedDB, whose writes are asynchronous: one started in `pagehide`
// or `beforeunload` is often cut off by the unload that follows (measured: a reload right after
// a scroll reopened at the position saved before it). localStorage writes synchronously, so the
// copy survives; the next opening of the article takes it when it is newer than the article row,
// stores it in the row as usual, and removes it. Only a position lives here, keyed by article id;
// it is never the source of truth for anything else.

const PREFIX = 'hamish.readingPosition.';

export interface JournaledPosition {
  progress: number;
  progressOffset: number;
  /** When it was written (ms since the epoch), to compare with the row's updatedAt. */
  at: number;
}

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    // Storage turned off (a locked-down profile): the IndexedDB save still runs.
    return null;
  }
}

export function journalPosition(articleId: string, position: JournaledPosition): void {
  try {
    storage()?.setItem(PREFIX + articleId, JSON.stringify(position));
  } catch {
    // Full or refused: the IndexedDB save started beside it is the only copy then.
  }
}

export function forgetJournaledPosition(articleId: string): void {
  try {
    storage()?.removeItem(PREFIX + articleId);
  } catch {
    // Nothing to forget when storage cannot be reached.
  }
}

/** The journaled position of `articleId`, if any and well formed. */
export function journaledPosition(articleId: string): JournaledPosition | null {
  let parsed: unknown;
  try {
    const text = storage()?.getItem(PREFIX + articleId) ?? null;
    if (text === null) return null;
    parsed = JSON.parse(text);
  } catch {
    // A value that does not parse is not a position.
    return null;
  }
  if (typeof parsed !== 'object' || parsed === null) return null;
  const { progress, progressOffset, at } = parsed as Record<string, unknown>;
  if (typeof progress !== 'number' || !(progress >= 0 && progress <= 1)) return null;
  if (typeof progressOffset !== 'number' || !Number.isInteger(progressOffset) || progressOffset < 0) return null;
  if (typeof at !== 'number' || !Number.isFinite(at)) return null;
  return { progress, progressOffset, at };
}

/** Where to reopen: the journaled position when it is newer than the row's, else the row's. */
export function positionToRestore(row: { id: string; progressOffset: number; updatedAt: number }): number {
  const journaled = journaledPosition(row.id);
  return journaled !== null && journaled.at > row.updatedAt ? journaled.progressOffset : row.progressOffset;
}
