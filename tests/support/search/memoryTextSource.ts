// A TextSource over rows held in memory, for tests and benchmarks that index rows without a
// database: it answers what the database would, and counts how often it was asked.

import type { ArticleDoc, Block } from '../../../renderer/article/types';
import type { HighlightRow, NoteRow } from '../../../renderer/db/types';
import type { TextSource } from '../../../renderer/search/engine/texts';

export interface SourceRows {
  articles?: readonly { row: { id: string }; doc: ArticleDoc }[];
  highlights?: readonly HighlightRow[];
  notes?: readonly NoteRow[];
}

export class MemoryTextSource implements TextSource {
  readonly blocks = new Map<string, readonly Block[]>();
  readonly quotes = new Map<string, string>();
  readonly noteBodies = new Map<string, string>();
  /** Requests answered, per table. */
  readonly requests = { articles: 0, highlights: 0, notes: 0 };

  constructor(rows: SourceRows = {}) {
    for (const { row, doc } of rows.articles ?? []) this.blocks.set(row.id, doc.blocks);
    for (const row of rows.highlights ?? []) this.quotes.set(row.id, row.exact);
    for (const row of rows.notes ?? []) this.noteBodies.set(row.id, row.text);
  }

  articleBlocks(ids: readonly string[]): Promise<Map<string, readonly Block[]>> {
    this.requests.articles += 1;
    return Promise.resolve(pick(this.blocks, ids));
  }

  highlightQuotes(ids: readonly string[]): Promise<Map<string, string>> {
    this.requests.highlights += 1;
    return Promise.resolve(pick(this.quotes, ids));
  }

  noteTexts(ids: readonly string[]): Promise<Map<string, string>> {
    this.requests.notes += 1;
    return Promise.resolve(pick(this.noteBodies, ids));
  }
}

function pick<T>(from: ReadonlyMap<string, T>, ids: readonly string[]): Map<string, T> {
  const found = new Map<string, T>();
  for (const id of ids) {
    const value = from.get(id);
    if (value !== undefined) found.set(id, value);
  }
  return found;
}
