// The search index proper: MiniSearch over the analyzer, one document per article block,
// article title, highlight and note. It knows nothing of Dexie or of workers: rows come in,
// results go out, and the few texts it needs for phrases and snippets come from a TextSource.

import MiniSearch, { type Options, type Query, type SearchResult as MiniSearchResult } from 'minisearch';
import { blockStartOffsets } from '../../article/canonicalText';
import type { ArticleDoc, Block } from '../../article/types';
import type { ArticleRow, HighlightColor, HighlightRow, NoteRow } from '../../db/types';
import { analyze, ANALYZER_OPTIONS, ANALYZER_VERSION, indexTerms, type AnalyzerOptions, type Token } from '../analyzer/analyze';
import { MIN_PREFIX_LENGTH, parseQuery, type ParsedQuery, type QueryTerm } from '../analyzer/query';
import {
  EMPTY_RESPONSE,
  type ResultKind,
  type SearchFilters,
  type SearchRequest,
  type SearchResponse,
  type SearchResult,
  type TextRange,
} from '../types';
import { blockDocId, highlightDocId, noteDocId, parseDocId, titleDocId, type DocRef } from './docIds';
import { makeSnippet, markedRanges, phraseRanges } from './snippet';

/** Bump when the documents or fields of the index change; part of the persisted key. */
export const INDEX_LAYOUT_VERSION = 1;
export const SEARCH_INDEX_KEY = `analyzer-${ANALYZER_VERSION}.layout-${INDEX_LAYOUT_VERSION}`;

/** An exact form counts this much more than a shared stem, so "المكتبات" ranks its own form first. */
const EXACT_FORM_BOOST = 2;
const TITLE_BOOST = 2;
/** Phrases are checked on the best candidates only; beyond this many, ranking has decided. */
const MAX_PHRASE_CANDIDATES = 2_000;
const DEFAULT_LIMIT = 20;

interface IndexDoc {
  id: string;
  text?: string;
  title?: string;
  tags?: string;
  articleId?: string;
  color?: HighlightColor;
  start?: number;
  end?: number;
  highlightId?: string;
}

interface StoredFields {
  articleId?: string;
  color?: HighlightColor;
  start?: number;
  end?: number;
  highlightId?: string;
}

/** What the index remembers of an article, to decide what a changed row needs. */
export interface ArticleEntry {
  title: string;
  tags: string[];
  lang: string;
  contentHash: string;
  blockCount: number;
}

export type RowTable = 'highlights' | 'notes';

/** Where texts come from when the index was loaded from storage rather than built here. */
export interface TextSource {
  articleBlocks(articleIds: readonly string[]): Promise<Map<string, readonly Block[]>>;
  highlightQuotes(ids: readonly string[]): Promise<Map<string, string>>;
  noteTexts(ids: readonly string[]): Promise<Map<string, string>>;
}

/** One matching document, ranked. */
export interface Hit {
  docId: string;
  ref: DocRef;
  articleId: string;
  score: number;
  /** The index terms it matched (forms and stems), for marking. */
  terms: string[];
}

interface Persisted {
  layout: number;
  analyzer: number;
  articles: [string, ArticleEntry][];
  versions: Record<RowTable, [string, number][]>;
  index: ReturnType<MiniSearch['toJSON']>;
}

function miniSearchOptions(analyzer: AnalyzerOptions): Options<IndexDoc> {
  return {
    fields: ['text', 'title', 'tags'],
    storeFields: ['articleId', 'color', 'start', 'end', 'highlightId'],
    tokenize: (text) => indexTerms(text, analyzer),
    processTerm: (term) => term,
    searchOptions: { tokenize: (text) => [text], processTerm: (term) => term, boost: { title: TITLE_BOOST } },
  };
}

function wordQuery(word: QueryTerm): Query {
  const forms: Query[] = [{ queries: [word.term], prefix: word.prefix, boostTerm: () => EXACT_FORM_BOOST }];
  if (word.stem !== word.term) {
    forms.push({ queries: [word.stem], prefix: word.prefix && word.stem.length >= MIN_PREFIX_LENGTH });
  }
  return { combineWith: 'OR', queries: forms };
}

/** MiniSearch spreads the stored fields into each result. */
const storedOf = (result: MiniSearchResult): StoredFields => result as unknown as StoredFields;

const resultKindOf = (ref: DocRef): ResultKind => (ref.kind === 'note' ? 'note' : ref.kind === 'highlight' ? 'highlight' : 'article');

export class SearchEngine {
  private index: MiniSearch<IndexDoc>;
  private readonly articles = new Map<string, ArticleEntry>();
  private readonly versions: Record<RowTable, Map<string, number>> = { highlights: new Map(), notes: new Map() };
  // Texts seen while indexing or fetched for results; never persisted.
  private readonly articleBlocks = new Map<string, readonly Block[]>();
  private readonly rowTexts = new Map<string, string>();

  constructor(private readonly analyzer: AnalyzerOptions = ANALYZER_OPTIONS) {
    this.index = new MiniSearch(miniSearchOptions(analyzer));
  }

  /** Restores a serialized engine; throws if the data is not one this version wrote. */
  static load(data: string, analyzer: AnalyzerOptions = ANALYZER_OPTIONS): SearchEngine {
    const persisted = JSON.parse(data) as Partial<Persisted> | null;
    if (
      persisted === null ||
      typeof persisted !== 'object' ||
      persisted.layout !== INDEX_LAYOUT_VERSION ||
      persisted.analyzer !== ANALYZER_VERSION ||
      !Array.isArray(persisted.articles) ||
      !Array.isArray(persisted.versions?.highlights) ||
      !Array.isArray(persisted.versions.notes) ||
      typeof persisted.index !== 'object'
    ) {
      throw new Error('not a search index of this version');
    }
    const engine = new SearchEngine(analyzer);
    engine.index = MiniSearch.loadJS(persisted.index, miniSearchOptions(analyzer));
    for (const [id, entry] of persisted.articles) engine.articles.set(id, entry);
    for (const table of ['highlights', 'notes'] as const) {
      for (const [id, version] of persisted.versions[table]) engine.versions[table].set(id, version);
    }
    return engine;
  }

  serialize(): string {
    const persisted: Persisted = {
      layout: INDEX_LAYOUT_VERSION,
      analyzer: ANALYZER_VERSION,
      articles: [...this.articles],
      versions: { highlights: [...this.versions.highlights], notes: [...this.versions.notes] },
      index: this.index.toJSON(),
    };
    return JSON.stringify(persisted);
  }

  get documentCount(): number {
    return this.index.documentCount;
  }

  // ---- Keeping the index in step with the rows ----

  indexedArticleIds(): string[] {
    return [...this.articles.keys()];
  }

  /** The `updatedAt` of the row last indexed, deleted rows included, or undefined. */
  versionOf(table: RowTable, id: string): number | undefined {
    return this.versions[table].get(id);
  }

  knownRowIds(table: RowTable): string[] {
    return [...this.versions[table].keys()];
  }

  /** Whether putArticle needs the body for this row: its text is new or changed. */
  articleNeedsBody(row: ArticleRow): boolean {
    if (row.deletedAt !== null) return false;
    return this.articles.get(row.id)?.contentHash !== row.contentHash;
  }

  /**
   * Indexes an article row. `doc` is required when articleNeedsBody(row) says so; given
   * anyway, the blocks are indexed afresh. A change of title or tags touches the title only.
   */
  putArticle(row: ArticleRow, doc?: ArticleDoc): void {
    if (row.deletedAt !== null) {
      this.removeArticle(row.id);
      return;
    }
    const previous = this.articles.get(row.id);
    const textChanged = this.articleNeedsBody(row);
    if (textChanged && doc === undefined) throw new Error(`article ${row.id} needs its body to be indexed`);
    if (doc !== undefined) {
      this.removeArticle(row.id);
      this.addBlocks(row.id, doc);
    }
    const entry: ArticleEntry = {
      title: row.title,
      tags: [...row.tags],
      lang: row.lang,
      contentHash: row.contentHash,
      blockCount: doc?.blocks.length ?? previous!.blockCount,
    };
    this.articles.set(row.id, entry);
    const titleChanged = doc !== undefined || previous!.title !== row.title || previous!.tags.join('\n') !== row.tags.join('\n');
    if (titleChanged) this.replace({ id: titleDocId(row.id), title: row.title, tags: row.tags.join('\n') });
  }

  removeArticle(id: string): void {
    const entry = this.articles.get(id);
    if (entry === undefined) return;
    for (let block = 0; block < entry.blockCount; block += 1) this.discard(blockDocId(id, block));
    this.discard(titleDocId(id));
    this.articles.delete(id);
    this.articleBlocks.delete(id);
  }

  putHighlight(row: HighlightRow): void {
    const docId = highlightDocId(row.id);
    this.versions.highlights.set(row.id, row.updatedAt);
    if (row.deletedAt !== null) {
      this.discard(docId);
      this.rowTexts.delete(docId);
      return;
    }
    this.replace({ id: docId, text: row.exact, articleId: row.articleId, color: row.color, start: row.start, end: row.end });
    this.rowTexts.set(docId, row.exact);
  }

  putNote(row: NoteRow): void {
    const docId = noteDocId(row.id);
    this.versions.notes.set(row.id, row.updatedAt);
    if (row.deletedAt !== null) {
      this.discard(docId);
      this.rowTexts.delete(docId);
      return;
    }
    this.replace({ id: docId, text: row.text, articleId: row.articleId, ...(row.highlightId !== null ? { highlightId: row.highlightId } : {}) });
    this.rowTexts.set(docId, row.text);
  }

  /** Forgets a row that is gone from the database altogether. */
  removeRow(table: RowTable, id: string): void {
    const docId = table === 'highlights' ? highlightDocId(id) : noteDocId(id);
    this.discard(docId);
    this.rowTexts.delete(docId);
    this.versions[table].delete(id);
  }

  private addBlocks(articleId: string, doc: ArticleDoc): void {
    doc.blocks.forEach(({ text }, block) => {
      if (text.trim() !== '') this.index.add({ id: blockDocId(articleId, block), text });
    });
    this.articleBlocks.set(articleId, doc.blocks);
  }

  private replace(doc: IndexDoc): void {
    this.discard(doc.id);
    this.index.add(doc);
  }

  private discard(docId: string): void {
    if (this.index.has(docId)) this.index.discard(docId);
  }

  // ---- Searching ----

  /** Every document matching the query and filters, best first, phrases checked. */
  async find(query: ParsedQuery, filters: SearchFilters, source: TextSource): Promise<Hit[]> {
    if (query.terms.length === 0) return [];
    const tree: Query = { combineWith: 'AND', queries: query.terms.map(wordQuery) };
    const raw = this.index.search(tree, { filter: (result) => this.accepts(result, filters) });
    const hits = raw.map((result): Hit => {
      const ref = parseDocId(result.id as string);
      return { docId: result.id as string, ref, articleId: this.articleIdOf(ref, storedOf(result)), score: result.score, terms: result.terms };
    });
    if (query.phrases.length === 0) return hits;
    const candidates = hits.slice(0, MAX_PHRASE_CANDIDATES);
    await this.fetchTexts(candidates, source);
    return candidates.filter((hit) => {
      const tokens = analyze(this.textOf(hit.ref) ?? '', this.analyzer);
      return query.phrases.every((phrase) => phraseRanges(tokens, phrase).length > 0);
    });
  }

  /** Results grouped into notes, highlights and articles (one per article), with snippets. */
  async search(request: SearchRequest, source: TextSource): Promise<SearchResponse> {
    const query = parseQuery(request.query, this.analyzer);
    if (query.terms.length === 0) return EMPTY_RESPONSE;
    const hits = await this.find(query, request.filters ?? {}, source);
    const limit = request.limit ?? DEFAULT_LIMIT;

    const notes: Hit[] = [];
    const highlights: Hit[] = [];
    const byArticle = new Map<string, Hit[]>();
    for (const hit of hits) {
      if (hit.ref.kind === 'note') notes.push(hit);
      else if (hit.ref.kind === 'highlight') highlights.push(hit);
      else {
        const group = byArticle.get(hit.articleId);
        if (group === undefined) byArticle.set(hit.articleId, [hit]);
        else group.push(hit);
      }
    }
    const articleGroups = [...byArticle.values()].slice(0, limit);
    await this.fetchTexts([...notes.slice(0, limit), ...highlights.slice(0, limit), ...articleGroups.flat()], source);
    // An article may have been deleted while its texts were being read.
    const live = (hit: Hit) => this.articles.has(hit.articleId);
    return {
      notes: notes.slice(0, limit).filter(live).map((hit) => this.rowResult(hit, query)),
      highlights: highlights.slice(0, limit).filter(live).map((hit) => this.rowResult(hit, query)),
      articles: articleGroups.filter((group) => live(group[0]!)).map((group) => this.articleResult(group, query)),
      totals: { note: notes.length, highlight: highlights.length, article: byArticle.size },
    };
  }

  private accepts(result: MiniSearchResult, filters: SearchFilters): boolean {
    const ref = parseDocId(result.id as string);
    const stored = storedOf(result);
    const articleId = this.articleIdOf(ref, stored);
    const article = this.articles.get(articleId);
    if (article === undefined) return false; // its article is deleted: nowhere to show it
    if (filters.kind !== undefined && resultKindOf(ref) !== filters.kind) return false;
    if (filters.articleId !== undefined && articleId !== filters.articleId) return false;
    if (filters.tag !== undefined && !article.tags.includes(filters.tag)) return false;
    if (filters.color !== undefined && this.colorOf(ref, stored) !== filters.color) return false;
    return true;
  }

  private articleIdOf(ref: DocRef, stored: StoredFields): string {
    return ref.kind === 'block' || ref.kind === 'title' ? ref.articleId : (stored.articleId ?? '');
  }

  private colorOf(ref: DocRef, stored: StoredFields): HighlightColor | null {
    if (ref.kind === 'highlight') return stored.color ?? null;
    if (ref.kind === 'note' && stored.highlightId !== undefined) return this.highlightFields(stored.highlightId)?.color ?? null;
    return null;
  }

  private highlightFields(id: string): StoredFields | undefined {
    return this.index.getStoredFields(highlightDocId(id)) as StoredFields | undefined;
  }

  private storedFields(docId: string): StoredFields {
    return (this.index.getStoredFields(docId) ?? {}) as StoredFields;
  }

  private textOf(ref: DocRef): string | undefined {
    switch (ref.kind) {
      case 'block':
        return this.articleBlocks.get(ref.articleId)?.[ref.block]?.text;
      case 'title':
        return this.articles.get(ref.articleId)?.title;
      case 'highlight':
        return this.rowTexts.get(highlightDocId(ref.id));
      case 'note':
        return this.rowTexts.get(noteDocId(ref.id));
    }
  }

  private async fetchTexts(hits: readonly Hit[], source: TextSource): Promise<void> {
    const articleIds = new Set<string>();
    const highlightIds: string[] = [];
    const noteIds: string[] = [];
    for (const { ref } of hits) {
      if (this.textOf(ref) !== undefined) continue;
      if (ref.kind === 'block') articleIds.add(ref.articleId);
      else if (ref.kind === 'highlight') highlightIds.push(ref.id);
      else if (ref.kind === 'note') noteIds.push(ref.id);
    }
    const [blocks, quotes, notes] = await Promise.all([
      articleIds.size > 0 ? source.articleBlocks([...articleIds]) : new Map<string, readonly Block[]>(),
      highlightIds.length > 0 ? source.highlightQuotes(highlightIds) : new Map<string, string>(),
      noteIds.length > 0 ? source.noteTexts(noteIds) : new Map<string, string>(),
    ]);
    for (const [id, articleBlocks] of blocks) if (this.articles.has(id)) this.articleBlocks.set(id, articleBlocks);
    for (const [id, text] of quotes) this.rowTexts.set(highlightDocId(id), text);
    for (const [id, text] of notes) this.rowTexts.set(noteDocId(id), text);
  }

  private marksIn(text: string, hit: Hit, query: ParsedQuery): TextRange[] {
    const tokens: Token[] = analyze(text, this.analyzer);
    const marks = markedRanges(tokens, new Set(hit.terms));
    // A phrase is marked as one stretch where it stands.
    const phrases = query.phrases.flatMap((phrase) => phraseRanges(tokens, phrase));
    return phrases.length === 0 ? marks : [...phrases, ...marks.filter((mark) => !phrases.some((p) => mark.start >= p.start && mark.end <= p.end))];
  }

  private rowResult(hit: Hit, query: ParsedQuery): SearchResult {
    const article = this.articles.get(hit.articleId)!;
    const stored = this.storedFields(hit.docId);
    const text = this.textOf(hit.ref) ?? '';
    const anchor = hit.ref.kind === 'highlight' ? stored : stored.highlightId !== undefined ? this.highlightFields(stored.highlightId) : undefined;
    return {
      kind: resultKindOf(hit.ref),
      id: hit.ref.kind === 'highlight' || hit.ref.kind === 'note' ? hit.ref.id : hit.articleId,
      articleId: hit.articleId,
      articleTitle: article.title,
      articleLang: article.lang,
      titleMarks: [],
      snippet: makeSnippet(text, this.marksIn(text, hit, query)),
      at: anchor?.start !== undefined && anchor.end !== undefined ? { start: anchor.start, end: anchor.end } : null,
      color: this.colorOf(hit.ref, stored),
      matchCount: 1,
    };
  }

  /** One result for an article: its best block (or its title), with every matched word of the title marked. */
  private articleResult(group: readonly Hit[], query: ParsedQuery): SearchResult {
    const first = group[0]!;
    const article = this.articles.get(first.articleId)!;
    const allTerms = [...new Set(group.flatMap((hit) => hit.terms))];
    const titleMarks = this.marksIn(article.title, { ...first, terms: allTerms }, query);
    const best = group.find((hit) => hit.ref.kind === 'block');
    let snippet = null;
    let at: TextRange | null = null;
    if (best !== undefined && best.ref.kind === 'block') {
      const blocks = this.articleBlocks.get(best.articleId) ?? [];
      const text = blocks[best.ref.block]?.text ?? '';
      const marks = this.marksIn(text, best, query);
      snippet = makeSnippet(text, marks);
      const blockStart = blockStartOffsets({ blocks })[best.ref.block] ?? 0;
      const target = [...marks].sort((a, b) => a.start - b.start)[0];
      at = target === undefined ? { start: blockStart, end: blockStart } : { start: blockStart + target.start, end: blockStart + target.end };
    }
    return {
      kind: 'article',
      id: first.articleId,
      articleId: first.articleId,
      articleTitle: article.title,
      articleLang: article.lang,
      titleMarks,
      snippet,
      at,
      color: null,
      matchCount: group.length,
    };
  }
}
