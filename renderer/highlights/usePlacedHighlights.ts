// The article's highlights where they are in the text as it is now (placeHighlights), with
// their notes; highlights that moved in a changed text are written back in the background
// (persistPlacement), so the next change starts from this version.

import { useEffect, useMemo } from 'react';
import type { ArticleRow, NoteRow } from '../db/types';
import { byFirstWritten } from '../db/notes';
import type { TextSurface } from '../document/surface';
import { useServices } from '../platform/services';
import { persistPlacement } from './persistPlacement';
import { placeHighlights, type Placement } from './placeHighlights';
import { useArticleAnnotations, type ArticleAnnotationRows } from './useArticleAnnotations';

export interface PlacedHighlights {
  /** The live rows; undefined while they load. */
  rows: ArticleAnnotationRows | undefined;
  placement: Placement | null;
  /** The first note of each highlight that has one. */
  notesByHighlight: ReadonlyMap<string, NoteRow>;
  /** The note on the whole article, if there is one. */
  articleNote: NoteRow | undefined;
}

export function usePlacedHighlights(article: ArticleRow, surface: TextSurface): PlacedHighlights {
  const { db } = useServices();
  const { canonical, doc } = surface;
  const rows = useArticleAnnotations(article.id);

  const placement = useMemo(
    () => (rows === undefined ? null : placeHighlights(rows.highlights, canonical, article.contentHash)),
    [rows, canonical, article.contentHash],
  );

  useEffect(() => {
    if (placement === null || placement.moved.length === 0) return;
    // Not worth interrupting reading for: the highlights are placed on screen either way, and
    // the write is tried again the next time the article opens.
    void persistPlacement(db, placement.moved, canonical, article.contentHash, doc.extractionVersion).then((result) => {
      if (!result.ok) console.warn('Could not store re-anchored highlights:', result.error);
    });
  }, [db, placement, canonical, article.contentHash, doc.extractionVersion]);

  // Where two notes share a place (written on two devices apart), every device shows the same one.
  const notes = useMemo(() => [...(rows?.notes ?? [])].sort(byFirstWritten), [rows]);
  const notesByHighlight = useMemo(() => {
    const byId = new Map<string, NoteRow>();
    for (const note of notes)
      if (note.highlightId !== null && !byId.has(note.highlightId)) byId.set(note.highlightId, note);
    return byId;
  }, [notes]);
  const articleNote = notes.find((note) => note.highlightId === null);

  return { rows, placement, notesByHighlight, articleNote };
}
