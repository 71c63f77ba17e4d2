// What every search engine measured side by side (issue 17, item 1) is asked to do, and what the
// candidates that are libraries share: the library as index documents (ids as docIds.ts names
// them, so the quality sets score every engine the same way), the query planned with our
// analyzer (its words, their stem keys, the typo fallback) and quoted phrases checked on the
// texts, as the app's engine checks them.

import type { ArticleDoc } from '../../../renderer/article/types';
import type { ArticleRow, HighlightRow, NoteRow } from '../../../renderer/db/types';
import { blockDocId, highlightDocId, noteDocId, titleDocId } from '../../../renderer/search/engine/docIds';
import { corrected } from '../../../renderer/search/engine/corrections';
import { phraseRanges } from '../../../renderer/search/engine/snippet';
import { analyze, ANALYZER_OPTIONS } from '../../../renderer/text/analyzer/analyze';
import type { NearTerms } from '../../../renderer/text/analyzer/fuzzy';
import { withinOneEdit } from '../../../renderer/text/analyzer/oneEdit';
import { parseQuery, type ParsedQuery, type QueryTerm } from '../../../renderer/text/analyzer/query';

/** The engines measured (measure.ts), in the order they run. */
export const CANDIDATE_NAMES = ['packed', 'minisearch', 'flexsearch', 'sqlite-fts5'] as const;

export interface LibraryRows {
  articles: readonly { row: ArticleRow; doc: ArticleDoc }[];
  highlights: readonly HighlightRow[];
  notes: readonly NoteRow[];
}

/** What an engine stored, and how to start a new engine from it (a cold start). */
export interface Stored {
  /** Bytes as stored (see each engine for what that counts). */
  bytes: number;
  /** What the bytes are. */
  what: string;
  load(): Promise<Candidate>;
}

export interface Candidate {
  /** Indexes the whole library, ready to answer (merged, optimized). */
  build(rows: LibraryRows): Promise<void>;
  /** Indexes one more article (its title and blocks). */
  addArticle(row: ArticleRow, doc: ArticleDoc): Promise<void>;
  /** The documents matching the query as typed (prefix on the last word), best first, the first `limit`. */
  find(typed: string, limit: number): Promise<string[]>;
  store(): Promise<Stored>;
  /** Lets go of whatever the engine holds outside the garbage-collected heap. */
  dispose(): void;
}

export interface CandidateKind {
  name: string;
  /** What it is, for the table. */
  describe: string;
  /** `texts`: every document's text by id, as the database would answer (phrase checks read it). */
  create(texts: DocumentTexts): Promise<Candidate>;
}

/** One index document: its id and its fields' texts (text; title and tags for an article's title). */
export interface IndexDocument {
  id: string;
  text: string;
  title: string;
  tags: string;
}

export function* documentsOfArticle(row: ArticleRow, doc: ArticleDoc): Generator<IndexDocument> {
  yield { id: titleDocId(row.id), text: '', title: row.title, tags: row.tags.join('\n') };
  for (const [block, { text }] of doc.blocks.entries()) {
    if (text.trim() !== '') yield { id: blockDocId(row.id, block), text, title: '', tags: '' };
  }
}

export function* documentsOf(rows: LibraryRows): Generator<IndexDocument> {
  for (const { row, doc } of rows.articles) yield* documentsOfArticle(row, doc);
  for (const row of rows.highlights) {
    if (row.deletedAt === null)
      yield { id: highlightDocId(row.id), text: row.exact, title: '', tags: (row.tags ?? []).join('\n') };
  }
  for (const row of rows.notes) {
    if (row.deletedAt === null) yield { id: noteDocId(row.id), text: row.text, title: '', tags: '' };
  }
}

/** Every document's searchable text by id: what a phrase check reads from the database. */
export class DocumentTexts {
  private readonly byId = new Map<string, string>();

  constructor(rows: LibraryRows) {
    for (const document of documentsOf(rows)) this.add(document);
  }

  add(document: IndexDocument): void {
    this.byId.set(document.id, [document.title, document.tags, document.text].filter((text) => text !== '').join('\n'));
  }

  text(id: string): string {
    return this.byId.get(id) ?? '';
  }
}

/** A query word as index terms: exact terms (its form first, then its stem keys), and the form to complete while typed. */
export interface WordTerms {
  exact: string[];
  prefix: string | null;
}

export function wordTerms(word: QueryTerm): WordTerms {
  return {
    exact: [word.term, ...word.stemKeys.filter((key) => key !== word.term)],
    prefix: word.prefix ? word.term : null,
  };
}

/** Letters a one-edit neighbour may use: Arabic and Persian letters, Latin, digits. */
const ALPHABET: readonly number[] = [
  ...Array.from({ length: 0x064a - 0x0621 + 1 }, (_, i) => 0x0621 + i),
  ...[0x067e, 0x0686, 0x0698, 0x06a9, 0x06af, 0x06cc],
  ...Array.from({ length: 26 }, (_, i) => 0x61 + i),
  ...Array.from({ length: 10 }, (_, i) => 0x30 + i),
];

/**
 * The query as the app's engine searches it: parsed by our analyzer, each word that finds
 * nothing (`has` says which terms exist, `frequency` how many documents hold one) replaced by its
 * most common one-edit neighbour (the engine's typo fallback, through the same functions).
 */
export function planQuery(
  typed: string,
  has: (term: string) => boolean,
  frequency: (term: string) => number,
  completes: (prefix: string) => boolean,
): ParsedQuery {
  const near: NearTerms = {
    termsWithinOneEdit: (word) =>
      withinOneEdit(word, ALPHABET, has).map((term) => ({ term, frequency: frequency(term) })),
  };
  const finds = (word: QueryTerm) => {
    const { exact, prefix } = wordTerms(word);
    return exact.some(has) || (prefix !== null && completes(prefix));
  };
  return corrected(parseQuery(typed), typed, ANALYZER_OPTIONS, near, finds).query;
}

/** The ranked ids whose texts hold every quoted phrase (the first 2,000, as the engine checks). */
export function withPhrases(query: ParsedQuery, ids: readonly string[], texts: DocumentTexts): string[] {
  if (query.phrases.length === 0) return [...ids];
  return ids.slice(0, 2_000).filter((id) => {
    const tokens = analyze(texts.text(id));
    return query.phrases.every((phrase) => phraseRanges(tokens, phrase).length > 0);
  });
}
