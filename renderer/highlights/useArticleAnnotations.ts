// An article's live highlights and notes (not deleted), straight from Dexie: components keep
// no second copy, and every change anywhere (another window, an undo) shows at once.

import { useLiveQuery } from 'dexie-react-hooks';
import { useServices } from '../platform/services';
import { articleHighlights } from '../db/highlights';
import { articleNotes } from '../db/notes';
import type { HighlightRow, NoteRow } from '../db/types';

export interface ArticleAnnotationRows {
  highlights: HighlightRow[];
  notes: NoteRow[];
}

export function useArticleAnnotations(articleId: string): ArticleAnnotationRows | undefined {
  const { db } = useServices();
  return useLiveQuery(async () => {
    const [highlights, notes] = await Promise.all([articleHighlights(db, articleId), articleNotes(db, articleId)]);
    return { highlights, notes };
  }, [db, articleId]);
}
