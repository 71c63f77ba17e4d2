// Rows written straight into the app's IndexedDB through the test harness page, for search
// tests that need many articles, highlights and notes at once (faster than making each through
// the UI), or rows the UI can never make (a corrupt stored index). Reload afterwards so the app
// (and its search index) sees the rows.

import type { Page } from '@playwright/test';
import { harnessBeside, withHarness } from './support/harnessPage';
import type { ArticleDoc } from '../../renderer/article/types';
import type { ArticleRow, HighlightRow, NoteRow } from '../../renderer/db/types';

export interface SeedRows {
  articles?: { row: ArticleRow; doc: ArticleDoc }[];
  highlights?: HighlightRow[];
  notes?: NoteRow[];
  /** Raw searchIndex rows, e.g. a corrupt one. */
  searchIndex?: { key: string; data: string; updatedAt: number }[];
}

export async function seedRows(page: Page, rows: SeedRows): Promise<void> {
  await withHarness(page, (harness) =>
    harness.call('putRows', {
      articles: (rows.articles ?? []).map(({ row }) => row),
      bodies: (rows.articles ?? []).map(({ row, doc }) => ({ articleId: row.id, doc, updatedAt: row.updatedAt })),
      highlights: rows.highlights ?? [],
      notes: rows.notes ?? [],
      searchIndex: rows.searchIndex ?? [],
    }),
  );
}

/**
 * The stored search index as the worker last wrote it: its manifest, whether every part it
 * names is there, and how many articles it covers.
 */
export async function storedSearchIndex(page: Page): Promise<{ key: string; whole: boolean; articles: number } | null> {
  const { keys, manifest } = await (await harnessBeside(page)).call('searchIndexListing');
  if (manifest === null) return null;
  try {
    // The articles the index knows: in its catalog (layouts 2 and 3), or at the top (layout 1).
    const { generation, parts, articles, catalog } = JSON.parse(manifest.data) as {
      generation: string;
      parts: number;
      articles?: unknown[];
      catalog?: { articles?: unknown[] };
    };
    const present = keys.filter((key) => key.startsWith(`${manifest.key}/${generation}/`)).length;
    return { key: manifest.key, whole: present === parts, articles: (catalog?.articles ?? articles)?.length ?? 0 };
  } catch {
    // A manifest that does not parse is an index that is not whole, which is what a test asks.
    return { key: manifest.key, whole: false, articles: 0 };
  }
}
