// What the index remembers of the rows it indexed: each article's title, tags, language,
// content hash and document numbers; each highlight's and note's document and what a result
// shows of it; the `updatedAt` of every row last indexed (deleted rows included), so a start
// can tell what changed while no one was watching. Plain data: it is stored as it is.

import type { HighlightColor } from '../../db/types';

/** What the index remembers of an article, to decide what a changed row needs. */
export interface ArticleEntry {
  title: string;
  tags: string[];
  lang: string;
  contentHash: string;
  blockCount: number;
  /** The title document's number. */
  titleDoc: number;
  /** Each block's document number, -1 for a block with no text. */
  blockDocs: number[];
}

export interface HighlightEntry {
  doc: number;
  articleId: string;
  color: HighlightColor;
  start: number;
  end: number;
}

export interface NoteEntry {
  doc: number;
  articleId: string;
  highlightId: string | null;
}

export type RowTable = 'highlights' | 'notes';

/** The catalog as stored: maps as lists of entries. */
export interface StoredCatalog {
  articles: [string, ArticleEntry][];
  highlights: [string, HighlightEntry][];
  notes: [string, NoteEntry][];
  versions: Record<RowTable, [string, number][]>;
}

export class Catalog {
  readonly articles = new Map<string, ArticleEntry>();
  readonly highlights = new Map<string, HighlightEntry>();
  readonly notes = new Map<string, NoteEntry>();
  readonly versions: Record<RowTable, Map<string, number>> = { highlights: new Map(), notes: new Map() };
  /** Document number → the highlight or note it indexes. */
  private readonly rowOfDoc = new Map<number, string>();

  static restore(stored: StoredCatalog): Catalog {
    const catalog = new Catalog();
    for (const [id, entry] of stored.articles) catalog.articles.set(id, entry);
    for (const [id, entry] of stored.highlights) catalog.setHighlight(id, entry);
    for (const [id, entry] of stored.notes) catalog.setNote(id, entry);
    for (const table of ['highlights', 'notes'] as const)
      for (const [id, version] of stored.versions[table]) catalog.versions[table].set(id, version);
    return catalog;
  }

  store(): StoredCatalog {
    return {
      articles: [...this.articles],
      highlights: [...this.highlights],
      notes: [...this.notes],
      versions: { highlights: [...this.versions.highlights], notes: [...this.versions.notes] },
    };
  }

  setHighlight(id: string, entry: HighlightEntry): void {
    this.highlights.set(id, entry);
    this.rowOfDoc.set(entry.doc, id);
  }

  setNote(id: string, entry: NoteEntry): void {
    this.notes.set(id, entry);
    this.rowOfDoc.set(entry.doc, id);
  }

  /** Forgets the row's document; returns its number, if it had one. */
  dropRow(table: RowTable, id: string): number | undefined {
    const rows = table === 'highlights' ? this.highlights : this.notes;
    const doc = rows.get(id)?.doc;
    rows.delete(id);
    if (doc !== undefined) this.rowOfDoc.delete(doc);
    return doc;
  }

  rowIdOf(doc: number): string | undefined {
    return this.rowOfDoc.get(doc);
  }

  /** The colour a result shows: the highlight's, or that of the highlight a note is on. */
  colourOfNote(note: NoteEntry): HighlightColor | null {
    return note.highlightId === null ? null : (this.highlights.get(note.highlightId)?.color ?? null);
  }
}
