// What a search asks and what it answers, shared by the worker and the UI. Plain data only:
// it crosses the worker boundary by structured clone.

import type { HighlightColor } from '../db/types';

export type ResultKind = 'note' | 'highlight' | 'article';

export interface SearchFilters {
  kind?: ResultKind;
  /** Highlights of this colour, and notes on highlights of this colour. */
  color?: HighlightColor;
  /** Results from articles carrying this tag. */
  tag?: string;
  articleId?: string;
}

export interface SearchRequest {
  query: string;
  filters?: SearchFilters;
  /** Results per group; the totals count them all. */
  limit?: number;
}

/** A range of UTF-16 code units, end exclusive. */
export interface TextRange {
  start: number;
  end: number;
}

/** A piece of the original text around the hit, with the matched words' ranges in it. */
export interface Snippet {
  text: string;
  marks: TextRange[];
  /** Whether text was cut before / after the piece (the UI shows an ellipsis). */
  cutStart: boolean;
  cutEnd: boolean;
}

export interface SearchResult {
  kind: ResultKind;
  /** The note's, the highlight's or the article's id. */
  id: string;
  articleId: string;
  articleTitle: string;
  articleLang: string;
  /** Matched words in the article title (article results only). */
  titleMarks: TextRange[];
  snippet: Snippet | null;
  /** Where in the article's canonical text to go: null opens the article at its top. */
  at: TextRange | null;
  /** The highlight's colour, or that of the highlight a note is attached to. */
  color: HighlightColor | null;
  /** Article results: how many of its parts (title, blocks) matched. */
  matchCount: number;
}

export interface SearchResponse {
  notes: SearchResult[];
  highlights: SearchResult[];
  articles: SearchResult[];
  totals: Record<ResultKind, number>;
  /** Per group: the words are so common that only a sample of the group was ranked, and its total is an estimate. */
  approximate: Record<ResultKind, boolean>;
  /** A word found nothing and a word one letter away was searched: the query as searched ("Showing results for …"). */
  correctedQuery: string | null;
  /** Something the user should know about the query itself. */
  notice: QueryNotice | null;
}

export type QueryNotice =
  /** Only diacritics, tatweel, punctuation or invisible characters: nothing to search for. */
  | { kind: 'nothing-to-search' }
  /** Cut to its first `limit` characters. */
  | { kind: 'shortened'; limit: number };

export const EMPTY_RESPONSE: SearchResponse = {
  notes: [],
  highlights: [],
  articles: [],
  totals: { note: 0, highlight: 0, article: 0 },
  approximate: { note: false, highlight: false, article: false },
  correctedQuery: null,
  notice: null,
};
