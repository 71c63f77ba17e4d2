// The search index proper: one document per article block, article title (with tags),
// highlight (with its tags) and note, analyzed by the analyzer (terms in, offsets out) and held in packed
// postings of our own (index/). It knows nothing of Dexie or of workers: rows come in, results
// go out, and the texts results need come from a TextSource. This file keeps the index in step
// with the rows; matchQuery.ts ranks, results.ts presents, storedIndex.ts stores.

import type { ArticleDoc } from '../../article/types';
import type { ArticleRow, HighlightRow, NoteRow } from '../../db/types';
import { ANALYZER_OPTIONS, indexTerms, type AnalyzerOptions } from '../../text/analyzer/analyze';
import { limitQuery, MAX_QUERY_LENGTH, parseQuery, type ParsedQuery } from '../../text/analyzer/query';
import { EMPTY_RESPONSE, type SearchFilters, type SearchRequest, type SearchResponse } from '../types';
import { Catalog, type ArticleEntry, type RowTable } from './catalog';
import { COLOURS, DocumentTable, fieldsOf, type DocShape } from './documents';
import type { EngineState, Hit } from './engineState';
import { correctedQuery } from './corrections';
import type { NearTerms } from '../../text/analyzer/fuzzy';
import { withinOneEdit } from '../../text/analyzer/oneEdit';
import { PostingIndex } from './index/postingIndex';
import { matchQuery } from './matchQuery';
import { topRanked } from './ranking';
import { hitOf, present } from './results';
import { ScoredDocuments } from './scoredDocuments';
import {
  dumpEngine,
  restoreEngine,
  type EngineDump,
  type ReadPart,
  type RestoredEngine,
  type StepTimer,
} from './storedIndex';
import type { PostingLoad } from './storedParts';
import { TextCache, type TextSource } from './texts';

export type { ArticleEntry, RowTable } from './catalog';
export type { Hit } from './engineState';
export type { TextSource } from './texts';
export { SEARCH_INDEX_KEY } from './storedIndex';

const DEFAULT_LIMIT = 20;
/** Postings added before the delta is merged into the base: at least this many, or a quarter of the base. */
const MIN_MERGE_POSTINGS = 2_000_000;

/** Each distinct term of a text with how often it occurs. */
function termFrequencies(text: string, analyzer: AnalyzerOptions): Map<string, number> {
  const frequencies = new Map<string, number>();
  for (const term of indexTerms(text, analyzer)) frequencies.set(term, (frequencies.get(term) ?? 0) + 1);
  return frequencies;
}

export class SearchEngine implements NearTerms {
  private readonly state: EngineState;
  private alphabet: Set<number> | null = null;
  /** A restored engine's postings while they are read (null once all are, or if never stored). */
  private reading: PostingLoad | null;

  constructor(
    analyzer: AnalyzerOptions = ANALYZER_OPTIONS,
    parts?: Omit<RestoredEngine, 'postings'>,
    postings?: PostingLoad,
  ) {
    this.reading = postings ?? null;
    this.state = {
      analyzer,
      index: parts?.index ?? new PostingIndex(),
      documents: parts?.documents ?? new DocumentTable(),
      catalog: parts?.catalog ?? new Catalog(),
      texts: new TextCache(),
      scores: new ScoredDocuments(0),
      postingsOf: (terms) => {
        const reading = this.reading;
        if (reading === null || reading.complete) return Promise.resolve();
        return reading.ensure(this.state.index.baseRuns(terms));
      },
    };
  }

  /** Restores a stored engine whole (storedIndex.ts); throws if the data is not whole, or not what this version writes. */
  static async restore(
    manifestData: string,
    readPart: ReadPart,
    analyzer: AnalyzerOptions = ANALYZER_OPTIONS,
  ): Promise<SearchEngine> {
    const engine = await SearchEngine.restoreForQueries(manifestData, readPart, analyzer);
    await engine.readPostings();
    return engine;
  }

  /**
   * Restores a stored engine but for its postings, which are read as queries need them and in
   * full by readPostings() (what the worker calls once it is ready). Throws as restore() does;
   * a damaged part of postings fails the query or readPostings() that reads it.
   */
  static async restoreForQueries(
    manifestData: string,
    readPart: ReadPart,
    analyzer: AnalyzerOptions = ANALYZER_OPTIONS,
    timer?: StepTimer,
  ): Promise<SearchEngine> {
    const { postings, ...parts } = await restoreEngine(manifestData, readPart, timer);
    return new SearchEngine(analyzer, parts, postings);
  }

  /** Reads whatever postings of a restored engine are not read yet; resolves at once otherwise. */
  async readPostings(): Promise<void> {
    const reading = this.reading;
    if (reading === null) return;
    await reading.all();
    if (this.reading === reading) this.reading = null;
  }

  private get postingsRead(): boolean {
    return this.reading === null || this.reading.complete;
  }

  /**
   * The engine for storage, merged first (a restored engine's postings must all be read: readPostings): parts made one at a time (the index must not change
   * until the last is taken), then the manifest that lists them.
   */
  dump(generation: string, partBytes?: number, postingPartBytes?: number): EngineDump {
    this.merge();
    return dumpEngine(this.state, generation, partBytes, postingPartBytes);
  }

  /** Merges what was added into the base and drops what discarded documents left. */
  async compact(): Promise<void> {
    await this.readPostings();
    this.merge();
  }

  private merge(): void {
    const { index, documents } = this.state;
    // Merging rewrites every posting: a restored engine's must all be read first (readPostings).
    if (!this.postingsRead) throw new Error('the stored postings are still being read');
    if (index.pendingPostings === 0 && !documents.hasDiscarded) return;
    index.merge(documents.isLive);
    documents.merged();
    this.alphabet = null;
  }

  get documentCount(): number {
    return this.state.documents.documentCount;
  }

  // ---- Keeping the index in step with the rows ----

  indexedArticleIds(): string[] {
    return [...this.state.catalog.articles.keys()];
  }

  hasArticle(id: string): boolean {
    return this.state.catalog.articles.has(id);
  }

  /** The `updatedAt` of the row last indexed, deleted rows included, or undefined. */
  versionOf(table: RowTable, id: string): number | undefined {
    return this.state.catalog.versions[table].get(id);
  }

  knownRowIds(table: RowTable): string[] {
    return [...this.state.catalog.versions[table].keys()];
  }

  /** Whether putArticle needs the body for this row: its text is new or changed. */
  articleNeedsBody(row: ArticleRow): boolean {
    if (row.deletedAt !== null) return false;
    return this.state.catalog.articles.get(row.id)?.contentHash !== row.contentHash;
  }

  /**
   * Indexes an article row. `doc` is required when articleNeedsBody(row) says so; given
   * anyway, the blocks are indexed afresh. A change of title or tags touches the title only.
   * Returns whether the index changed.
   */
  putArticle(row: ArticleRow, doc?: ArticleDoc): boolean {
    const { catalog, texts } = this.state;
    const previous = catalog.articles.get(row.id);
    if (row.deletedAt !== null) {
      this.removeArticle(row.id);
      return previous !== undefined;
    }
    if (this.articleNeedsBody(row) && doc === undefined)
      throw new Error(`article ${row.id} needs its body to be indexed`);
    let blockDocs = previous?.blockDocs ?? [];
    if (doc !== undefined) {
      this.removeArticle(row.id);
      texts.forget({ kind: 'block', articleId: row.id, block: 0 });
      blockDocs = doc.blocks.map(({ text }, block) =>
        text.trim() === '' ? -1 : this.addDocument('block', row.id, block, [text]),
      );
      texts.remember({ kind: 'block', articleId: row.id, block: 0 }, doc.blocks);
    }
    const titleChanged =
      doc !== undefined || previous!.title !== row.title || previous!.tags.join('\n') !== row.tags.join('\n');
    if (!titleChanged && previous!.lang === row.lang) return false;
    let titleDoc = previous?.titleDoc ?? -1;
    if (titleChanged) {
      if (doc === undefined) this.state.documents.discard(titleDoc);
      titleDoc = this.addDocument('title', row.id, 0, [row.title, row.tags.join('\n')]);
    }
    const entry: ArticleEntry = {
      title: row.title,
      tags: [...row.tags],
      lang: row.lang,
      contentHash: row.contentHash,
      blockCount: doc?.blocks.length ?? previous!.blockCount,
      titleDoc,
      blockDocs,
    };
    catalog.articles.set(row.id, entry);
    return true;
  }

  removeArticle(id: string): void {
    const { catalog, documents, texts } = this.state;
    const entry = catalog.articles.get(id);
    if (entry === undefined) return;
    for (const doc of entry.blockDocs) if (doc >= 0) documents.discard(doc);
    documents.discard(entry.titleDoc);
    catalog.articles.delete(id);
    texts.forget({ kind: 'block', articleId: id, block: 0 });
  }

  putHighlight(row: HighlightRow): void {
    const { catalog } = this.state;
    catalog.versions.highlights.set(row.id, row.updatedAt);
    this.dropRow('highlights', row.id);
    if (row.deletedAt !== null) return;
    // The highlight's tags are searched in its tags field, as an article's are in its title's.
    const tags = row.tags ?? [];
    const doc =
      tags.length > 0
        ? this.addDocument('tagged highlight', row.articleId, COLOURS.indexOf(row.color), [row.exact, tags.join('\n')])
        : this.addDocument('highlight', row.articleId, COLOURS.indexOf(row.color), [row.exact]);
    this.state.texts.remember({ kind: 'highlight', id: row.id }, row.exact);
    catalog.setHighlight(row.id, { doc, articleId: row.articleId, color: row.color, start: row.start, end: row.end });
  }

  putNote(row: NoteRow): void {
    const { catalog } = this.state;
    catalog.versions.notes.set(row.id, row.updatedAt);
    this.dropRow('notes', row.id);
    if (row.deletedAt !== null) return;
    const doc = this.addDocument('note', row.articleId, 0, [row.text]);
    this.state.texts.remember({ kind: 'note', id: row.id }, row.text);
    catalog.setNote(row.id, { doc, articleId: row.articleId, highlightId: row.highlightId });
  }

  /** Forgets a row that is gone from the database altogether. */
  removeRow(table: RowTable, id: string): void {
    this.dropRow(table, id);
    this.state.catalog.versions[table].delete(id);
  }

  private dropRow(table: RowTable, id: string): void {
    const doc = this.state.catalog.dropRow(table, id);
    if (doc !== undefined) this.state.documents.discard(doc);
    this.state.texts.forget(table === 'highlights' ? { kind: 'highlight', id } : { kind: 'note', id });
  }

  /** Analyzes and adds a document; `fields` are the texts of fieldsOf(shape), in order. */
  private addDocument(shape: DocShape, articleId: string, detail: number, fields: readonly string[]): number {
    const { analyzer, index, documents } = this.state;
    const frequencies = fields.map((text) => termFrequencies(text, analyzer));
    const doc = documents.add(
      shape,
      articleId,
      detail,
      frequencies.map((terms) => terms.size),
    );
    fieldsOf(shape).forEach((field, i) => index.addField(doc, field, frequencies[i]!));
    this.alphabet = null;
    // Keep the delta small: while a library is built, fold it in as it grows.
    if (
      index.pendingPostings > Math.max(MIN_MERGE_POSTINGS, index.postingCount / 4) &&
      !documents.hasDiscarded &&
      this.postingsRead
    ) {
      index.merge(documents.isLive);
    }
    return doc;
  }

  // ---- Searching ----

  /** The documents matching the query and filters, best first, phrases checked: all of them, or the first `limit`. */
  async find(query: ParsedQuery, filters: SearchFilters, source: TextSource, limit = Infinity): Promise<Hit[]> {
    // Corrected as search() corrects, so that what find() ranks is what the search box shows.
    const { candidates } = await matchQuery(this.state, query, filters, source, { typed: '', near: this });
    return topRanked(candidates, limit).map((candidate) => hitOf(this.state, candidate));
  }

  /** Results grouped into notes, highlights and articles (one per article), with snippets. */
  search(request: SearchRequest, source: TextSource): Promise<SearchResponse> {
    const reading = this.reading;
    // While a restored engine still reads its postings, that reading waits for the query.
    if (reading === null || reading.complete) return this.answer(request, source);
    return reading.whileQuerying(() => this.answer(request, source));
  }

  private async answer(request: SearchRequest, source: TextSource): Promise<SearchResponse> {
    const limited = limitQuery(request.query);
    const query = parseQuery(limited.text, this.state.analyzer);
    const shortened = limited.shortened ? { kind: 'shortened' as const, limit: MAX_QUERY_LENGTH } : null;
    if (query.terms.length === 0) {
      // Only marks, tatweel, punctuation or invisible characters: nothing to look for.
      const notice = shortened ?? (request.query.trim() === '' ? null : { kind: 'nothing-to-search' as const });
      return { ...EMPTY_RESPONSE, notice };
    }
    const matches = await matchQuery(this.state, query, request.filters ?? {}, source, {
      typed: limited.text,
      near: this,
    });
    return {
      ...(await present(this.state, matches, request.limit ?? DEFAULT_LIMIT, source)),
      correctedQuery: correctedQuery(limited.text, matches.corrections),
      notice: shortened,
    };
  }

  /**
   * The indexed terms one edit (a letter deleted, inserted or replaced) away from `word`, a
   * normalized form: what a typo-tolerant search looks up when the word itself finds nothing.
   */
  termsWithinOneEdit(word: string): { term: string; frequency: number }[] {
    const { index } = this.state;
    if (this.alphabet === null) {
      this.alphabet = index.dictionary.alphabet();
      for (const term of index.deltaTerms)
        for (let k = 0; k < term.length; k += 1) this.alphabet.add(term.charCodeAt(k));
    }
    return withinOneEdit(word, this.alphabet, (term) => index.has(term)).map((term) => ({
      term,
      frequency: index.documentFrequency(term),
    }));
  }
}
