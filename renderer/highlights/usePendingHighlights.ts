// Highlights made in this session that are not in the live rows yet: painted and listed at once,
// while the write is under way. A pending copy goes for good once its stored row has arrived
// (if it stayed, deleting the stored row would bring the copy back), or when the write fails.

import { useMemo, useRef, useState } from 'react';
import type { PlacedHighlight } from './placeHighlights';

export interface PendingHighlight extends PlacedHighlight {
  /** The stored id, once written: the pending copy goes when the live rows have it. */
  storedId?: string;
}

export interface PendingHighlights {
  /** The pending copies whose stored rows have not arrived. */
  visible: readonly PendingHighlight[];
  /** A fresh id for a pending copy (`pending-<n>`): never an id the database hands out. */
  nextId(): string;
  add(item: PendingHighlight): void;
  /** The write succeeded: keep the copy until the live rows hold `storedId`. */
  stored(item: PendingHighlight, storedId: string): void;
  /** The write failed: the copy goes now. */
  drop(item: PendingHighlight): void;
}

export const PENDING_ID_PREFIX = 'pending-';

export function usePendingHighlights(storedIds: ReadonlySet<string>): PendingHighlights {
  const [pending, setPending] = useState<PendingHighlight[]>([]);
  const counter = useRef(0);

  // Adjusted during render, as React advises for state that follows other data.
  const [seenStoredIds, setSeenStoredIds] = useState(storedIds);
  if (seenStoredIds !== storedIds) {
    setSeenStoredIds(storedIds);
    if (pending.some((item) => item.storedId !== undefined && storedIds.has(item.storedId))) {
      setPending(pending.filter((item) => item.storedId === undefined || !storedIds.has(item.storedId)));
    }
  }
  const visible = useMemo(
    () => pending.filter((item) => item.storedId === undefined || !storedIds.has(item.storedId)),
    [pending, storedIds],
  );

  return {
    visible,
    nextId: () => `${PENDING_ID_PREFIX}${(counter.current += 1)}`,
    add: (item) => setPending((items) => [...items, item]),
    stored: (item, storedId) =>
      setPending((items) => items.map((each) => (each === item ? { ...each, storedId } : each))),
    drop: (item) => setPending((items) => items.filter((each) => each !== item)),
  };
}
