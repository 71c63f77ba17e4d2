// What each indexed document is, by its number: its kind, its article, its block (or its
// highlight's colour), the length of each of its fields; and the statistics BM25 reads over
// all documents. Typed arrays indexed by document number: ranking reads these for thousands
// of candidates per keystroke, and they cost a few bytes per document.
//
// Documents are numbered in the order they are added, never reused (as MiniSearch numbered
// them), and the document count and average field lengths are updated exactly as MiniSearch
// updated them — a running average over all documents — so scores are the same as before.

import type { HighlightColor } from '../../db/types';
import { FIELD_COUNT, TAGS_FIELD, TEXT_FIELD, TITLE_FIELD } from './index/fields';

export type DocKind = 'block' | 'title' | 'highlight' | 'note';

/**
 * What is stored for a document: its kind and which fields it has. MiniSearch recorded a length
 * (and counted it in the field's average) only for the fields a document had, empty or not; a
 * highlight has a tags field only when it has tags, so it has two shapes.
 */
export type DocShape = DocKind | 'tagged highlight';

/** By shape code (the `kinds` column; 0 is a discarded document): the kind and the fields. */
const SHAPES: readonly ({ kind: DocKind; fields: readonly number[] } | undefined)[] = [
  undefined,
  { kind: 'block', fields: [TEXT_FIELD] },
  { kind: 'title', fields: [TITLE_FIELD, TAGS_FIELD] },
  { kind: 'highlight', fields: [TEXT_FIELD] },
  { kind: 'note', fields: [TEXT_FIELD] },
  { kind: 'highlight', fields: [TEXT_FIELD, TAGS_FIELD] },
];
const SHAPE_CODE: Readonly<Record<DocShape, number>> = {
  block: 1,
  title: 2,
  highlight: 3,
  note: 4,
  'tagged highlight': 5,
};
/** The shape codes of each kind (see shapeCodes). */
export const SHAPE_CODES_OF: Readonly<Record<DocKind, readonly number[]>> = {
  block: [SHAPE_CODE.block],
  title: [SHAPE_CODE.title],
  highlight: [SHAPE_CODE.highlight, SHAPE_CODE['tagged highlight']],
  note: [SHAPE_CODE.note],
};
export const SHAPE_COUNT = SHAPES.length;
export const COLOURS: readonly HighlightColor[] = ['yellow', 'green', 'blue', 'pink', 'purple'];

/** The fields a document of this shape has, in the order its texts are given. */
export function fieldsOf(shape: DocShape): readonly number[] {
  return SHAPES[SHAPE_CODE[shape]]!.fields;
}

/** The table as stored (storedIndex.ts). */
export interface DocumentColumns {
  kinds: Uint8Array;
  articles: Int32Array;
  details: Int32Array;
  lengths: Uint32Array;
}

export interface DocumentStats {
  nextDoc: number;
  documentCount: number;
  averageFieldLength: number[];
  discarded: number;
  articleIds: string[];
}

export class DocumentTable {
  private columns: DocumentColumns;
  private nextDoc = 0;
  private liveCount = 0;
  private averages: number[] = [];
  private discardedSinceMerge = 0;
  private readonly articleIds: string[] = [];
  private readonly articleNumbers = new Map<string, number>();

  constructor(columns?: DocumentColumns, stats?: DocumentStats) {
    this.columns = columns ?? {
      kinds: new Uint8Array(1024),
      articles: new Int32Array(1024),
      details: new Int32Array(1024),
      lengths: new Uint32Array(1024 * FIELD_COUNT),
    };
    if (stats !== undefined) {
      this.nextDoc = stats.nextDoc;
      this.liveCount = stats.documentCount;
      this.averages = [...stats.averageFieldLength];
      this.discardedSinceMerge = stats.discarded;
      stats.articleIds.forEach((id) => this.articleNumberOf(id));
    }
  }

  /** Adds a document with the lengths of its fields (fieldsOf its shape, in order); returns its number. */
  add(shape: DocShape, articleId: string, detail: number, fieldLengths: readonly number[]): number {
    const doc = this.nextDoc;
    this.nextDoc += 1;
    if (doc >= this.columns.kinds.length) this.grow(doc + 1);
    const { kinds, articles, details, lengths } = this.columns;
    kinds[doc] = SHAPE_CODE[shape];
    articles[doc] = this.articleNumberOf(articleId);
    details[doc] = detail;
    this.liveCount += 1;
    const count = this.liveCount - 1;
    fieldsOf(shape).forEach((field, i) => {
      const length = fieldLengths[i]!;
      lengths[doc * FIELD_COUNT + field] = length;
      this.averages[field] = ((this.averages[field] ?? 0) * count + length) / (count + 1);
    });
    return doc;
  }

  discard(doc: number): void {
    const shape = doc < this.nextDoc ? SHAPES[this.columns.kinds[doc]!] : undefined;
    if (shape === undefined) return;
    for (const field of shape.fields) {
      const count = this.liveCount;
      const length = this.columns.lengths[doc * FIELD_COUNT + field]!;
      this.averages[field] = count === 1 ? 0 : (this.averages[field]! * count - length) / (count - 1);
    }
    this.columns.kinds[doc] = 0;
    this.liveCount -= 1;
    this.discardedSinceMerge += 1;
  }

  /** Whether postings may still name discarded documents. */
  get hasDiscarded(): boolean {
    return this.discardedSinceMerge > 0;
  }

  /** The postings were merged: no discarded document is left in them. */
  merged(): void {
    this.discardedSinceMerge = 0;
  }

  get documentCount(): number {
    return this.liveCount;
  }

  isLive = (doc: number): boolean => doc < this.nextDoc && this.columns.kinds[doc] !== 0;

  /**
   * Each document's shape code by number (0 for a discarded one), for a walk over hundreds of
   * thousands of postings that asks each one's kind (sampling.ts): the column itself, read only.
   */
  get shapeCodes(): Uint8Array {
    return this.columns.kinds;
  }

  /** Above every document number given so far: the size of a table by document number. */
  get documentLimit(): number {
    return this.nextDoc;
  }

  kind(doc: number): DocKind | undefined {
    return doc < this.nextDoc ? SHAPES[this.columns.kinds[doc]!]?.kind : undefined;
  }

  /** A small number standing for the document's article, the same for all its documents. */
  articleNumber(doc: number): number {
    return this.columns.articles[doc]!;
  }

  /** Above every article number given so far: the size of a table by article number. */
  get articleLimit(): number {
    return this.articleIds.length;
  }

  articleIdOf(number: number): string {
    return this.articleIds[number]!;
  }

  /** The block's index, or the highlight's colour code (COLOURS). */
  detail(doc: number): number {
    return this.columns.details[doc]!;
  }

  fieldLength(doc: number, field: number): number {
    return this.columns.lengths[doc * FIELD_COUNT + field]!;
  }

  averageFieldLength(field: number): number {
    return this.averages[field] ?? 0;
  }

  /** Columns trimmed to the documents numbered so far, and the statistics, for storage. */
  snapshot(): { columns: DocumentColumns; stats: DocumentStats } {
    const { kinds, articles, details, lengths } = this.columns;
    const n = this.nextDoc;
    return {
      columns: {
        kinds: kinds.subarray(0, n),
        articles: articles.subarray(0, n),
        details: details.subarray(0, n),
        lengths: lengths.subarray(0, n * FIELD_COUNT),
      },
      stats: {
        nextDoc: n,
        documentCount: this.liveCount,
        averageFieldLength: [...this.averages],
        discarded: this.discardedSinceMerge,
        articleIds: [...this.articleIds],
      },
    };
  }

  private articleNumberOf(articleId: string): number {
    let number = this.articleNumbers.get(articleId);
    if (number === undefined) {
      number = this.articleIds.length;
      this.articleIds.push(articleId);
      this.articleNumbers.set(articleId, number);
    }
    return number;
  }

  private grow(needed: number): void {
    let size = Math.max(1024, this.columns.kinds.length);
    while (size < needed) size *= 2;
    const { kinds, articles, details, lengths } = this.columns;
    const widened = {
      kinds: new Uint8Array(size),
      articles: new Int32Array(size),
      details: new Int32Array(size),
      lengths: new Uint32Array(size * FIELD_COUNT),
    };
    widened.kinds.set(kinds);
    widened.articles.set(articles);
    widened.details.set(details);
    widened.lengths.set(lengths);
    this.columns = widened;
  }
}
