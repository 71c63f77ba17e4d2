// THE ENGINE AS IT WAS BEFORE ISSUE 17 (with issue 16's typo fallback), kept whole (hence its length) as the oracle the packed
// engine is tested against (tests/search/equivalence.test.ts) and as the first candidate of the
// engine benchmark. Changed only in its imports and in the `oracle` option (see planWord in
// ./executeQuery.ts, and equal scores ranked in document order, as the new engine ranks them).
//
// The search index proper: MiniSearch over the analyzer, one document per article block,
// article title (with tags), highlight and note. It knows nothing of Dexie or of workers: rows
// come in, results go out, and the few texts it needs for phrases and snippets come from a
// TextSource. Queries run in executeQuery.ts over MiniSearch's postings.

import MiniSearch, { type Options } from 'minisearch';
import { blockStartOffsets } from '../../../renderer/article/canonicalText';
import type { ArticleDoc, Block } from '../../../renderer/article/types';
import type { ArticleRow, HighlightColor, HighlightRow, NoteRow } from '../../../renderer/db/types';
import {
  analyze,
  analyzeQuery,
  ANALYZER_OPTIONS,
  ANALYZER_VERSION,
  indexTerms,
  type AnalyzerOptions,
} from '../../../renderer/text/analyzer/analyze';
import {
  limitQuery,
  MAX_QUERY_LENGTH,
  parseQuery,
  type ParsedQuery,
  type QueryTerm,
} from '../../../renderer/text/analyzer/query';
import {
  EMPTY_RESPONSE,
  type ResultKind,
  type SearchFilters,
  type SearchRequest,
  type SearchResponse,
  type SearchResult,
  type TextRange,
} from '../../../renderer/search/types';
import {
  blockDocId,
  highlightDocId,
  noteDocId,
  parseDocId,
  titleDocId,
  type DocRef,
} from '../../../renderer/search/engine/docIds';
import { DocTable, type DocKind } from './docTable';
import { matchedTerms, planWord, scoreDocuments, type PlannedWord } from './executeQuery';
import { groupTotal } from '../../../renderer/search/engine/results';
import { correctionFor, respell } from '../../../renderer/text/analyzer/fuzzy';
import { IndexInternals } from './indexInternals';
import { decodePart, encodeParts, type Manifest } from './persistence';
import { makeSnippet, markedRanges, phraseRanges } from '../../../renderer/search/engine/snippet';

/** Bump when the documents or fields of the index change; part of the persisted key. */
const INDEX_LAYOUT_VERSION = 1;
export const SEARCH_INDEX_KEY = `analyzer-${ANALYZER_VERSION}.layout-${INDEX_LAYOUT_VERSION}`;

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
}

/** A candidate while ranking: numbers only, no strings. */
interface Candidate {
  shortId: number;
  score: number;
  kind: DocKind;
  article: number;
}

/** A query word that found nothing, and the indexed word one edit away that was searched instead. */
interface Correction {
  start: number;
  end: number;
  /** The replacement as the user would have typed it (fuzzy.ts respell). */
  spelled: string;
}

/** A query as index terms, with the documents it matched. */
interface Matches {
  query: ParsedQuery;
  corrections: Correction[];
  words: PlannedWord[];
  candidates: Candidate[];
  /** See Scores.stride: >1 when only a sample was scored. */
  stride: number;
}

type StoredManifest = Manifest<ArticleEntry, Record<RowTable, [string, number][]>>;

function miniSearchOptions(analyzer: AnalyzerOptions): Options<IndexDoc> {
  return {
    fields: ['text', 'title', 'tags'],
    storeFields: ['articleId', 'color', 'start', 'end', 'highlightId'],
    tokenize: (text) => indexTerms(text, analyzer),
    processTerm: (term) => term,
    // Vacuuming rewrites postings; it runs when the engine says (compact), never behind its back.
    autoVacuum: false,
  };
}

const RESULT_KINDS: Readonly<Record<DocKind, ResultKind>> = {
  block: 'article',
  title: 'article',
  highlight: 'highlight',
  note: 'note',
};

export class SearchEngine {
  private index: MiniSearch<IndexDoc>;
  private internals: IndexInternals;
  private readonly docs = new DocTable();
  private readonly articles = new Map<string, ArticleEntry>();
  private readonly versions: Record<RowTable, Map<string, number>> = { highlights: new Map(), notes: new Map() };
  // Texts seen while indexing or fetched for results; never persisted.
  private readonly articleBlocks = new Map<string, readonly Block[]>();
  private readonly rowTexts = new Map<string, string>();

  /** Set when this engine is the oracle of the new one: see the comment at the top. */
  oracle = false;

  constructor(private readonly analyzer: AnalyzerOptions = ANALYZER_OPTIONS) {
    this.index = new MiniSearch(miniSearchOptions(analyzer));
    this.internals = new IndexInternals(this.index);
  }

  /**
   * Restores a stored engine from its manifest and parts (read one at a time); throws if the
   * data is not whole, or not what this version writes.
   */
  static async restore(
    manifestData: string,
    readPart: (index: number) => Promise<string | undefined>,
    analyzer: AnalyzerOptions = ANALYZER_OPTIONS,
  ): Promise<SearchEngine> {
    const manifest = JSON.parse(manifestData) as Partial<StoredManifest> | null;
    if (
      manifest === null ||
      typeof manifest !== 'object' ||
      manifest.layout !== INDEX_LAYOUT_VERSION ||
      manifest.analyzer !== ANALYZER_VERSION ||
      typeof manifest.parts !== 'number' ||
      !Array.isArray(manifest.articles) ||
      !Array.isArray(manifest.versions?.highlights) ||
      !Array.isArray(manifest.versions.notes) ||
      typeof manifest.header !== 'object' ||
      manifest.header === null
    ) {
      throw new Error('not a search index of this version');
    }
    const engine = new SearchEngine(analyzer);
    engine.index = MiniSearch.loadJS({ ...manifest.header, index: [] }, miniSearchOptions(analyzer));
    engine.internals = new IndexInternals(engine.index);
    for (let i = 0; i < manifest.parts; i += 1) {
      const part = await readPart(i);
      if (part === undefined) throw new Error(`part ${i} of the stored search index is missing`);
      for (const [term, postings] of decodePart(part)) engine.internals.setPostings(term, postings);
    }
    engine.internals.forEachDocument((shortId, docId) => {
      const ref = parseDocId(docId);
      engine.docs.set(shortId, ref.kind, engine.articleIdOf(ref, engine.storedFields(shortId)));
    });
    for (const [id, entry] of manifest.articles) engine.articles.set(id, entry);
    for (const table of ['highlights', 'notes'] as const) {
      for (const [id, version] of manifest.versions[table]) engine.versions[table].set(id, version);
    }
    return engine;
  }

  /**
   * The engine for storage: parts made one at a time (the index must not change until the
   * last is taken), then the manifest that lists them.
   */
  dump(generation: string): { parts: Iterable<string>; manifest: (parts: number) => string } {
    return {
      parts: encodeParts(this.internals.terms()),
      manifest: (parts) => {
        const manifest: StoredManifest = {
          layout: INDEX_LAYOUT_VERSION,
          analyzer: ANALYZER_VERSION,
          generation,
          parts,
          articles: [...this.articles],
          versions: { highlights: [...this.versions.highlights], notes: [...this.versions.notes] },
          header: this.internals.header(),
        };
        return JSON.stringify(manifest);
      },
    };
  }

  /** Drops what discarded documents left in the postings; do it before dump(). */
  async compact(): Promise<void> {
    if (this.index.dirtCount > 0) await this.index.vacuum({ batchWait: 0 });
  }

  get documentCount(): number {
    return this.index.documentCount;
  }

  // ---- Keeping the index in step with the rows ----

  indexedArticleIds(): string[] {
    return [...this.articles.keys()];
  }

  hasArticle(id: string): boolean {
    return this.articles.has(id);
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
   * Returns whether the index changed.
   */
  putArticle(row: ArticleRow, doc?: ArticleDoc): boolean {
    const previous = this.articles.get(row.id);
    if (row.deletedAt !== null) {
      this.removeArticle(row.id);
      return previous !== undefined;
    }
    if (this.articleNeedsBody(row) && doc === undefined)
      throw new Error(`article ${row.id} needs its body to be indexed`);
    if (doc !== undefined) {
      this.removeArticle(row.id);
      doc.blocks.forEach(({ text }, block) => {
        if (text.trim() !== '') this.add({ id: blockDocId(row.id, block), text }, 'block', row.id);
      });
      this.articleBlocks.set(row.id, doc.blocks);
    }
    const titleChanged =
      doc !== undefined || previous!.title !== row.title || previous!.tags.join('\n') !== row.tags.join('\n');
    if (!titleChanged && previous!.lang === row.lang) return false;
    this.articles.set(row.id, {
      title: row.title,
      tags: [...row.tags],
      lang: row.lang,
      contentHash: row.contentHash,
      blockCount: doc?.blocks.length ?? previous!.blockCount,
    });
    if (titleChanged)
      this.add({ id: titleDocId(row.id), title: row.title, tags: row.tags.join('\n') }, 'title', row.id);
    return true;
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
    // The highlight's tags are searched in its `tags` field, as an article's are in its title's.
    const tags = row.tags ?? [];
    this.add(
      {
        id: docId,
        text: row.exact,
        ...(tags.length > 0 ? { tags: tags.join('\n') } : {}),
        articleId: row.articleId,
        color: row.color,
        start: row.start,
        end: row.end,
      },
      'highlight',
      row.articleId,
    );
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
    const doc: IndexDoc = {
      id: docId,
      text: row.text,
      articleId: row.articleId,
      ...(row.highlightId !== null ? { highlightId: row.highlightId } : {}),
    };
    this.add(doc, 'note', row.articleId);
    this.rowTexts.set(docId, row.text);
  }

  /** Forgets a row that is gone from the database altogether. */
  removeRow(table: RowTable, id: string): void {
    const docId = table === 'highlights' ? highlightDocId(id) : noteDocId(id);
    this.discard(docId);
    this.rowTexts.delete(docId);
    this.versions[table].delete(id);
  }

  /** Adds (or replaces) a document, and notes what it is. */
  private add(doc: IndexDoc, kind: DocKind, articleId: string): void {
    this.discard(doc.id);
    this.index.add(doc);
    this.docs.set(this.internals.shortIdOf(doc.id)!, kind, articleId);
  }

  private discard(docId: string): void {
    if (this.index.has(docId)) this.index.discard(docId);
  }

  // ---- Searching ----

  /** The documents matching the query and filters, best first, phrases checked: all of them, or the first `limit`. */
  async find(query: ParsedQuery, filters: SearchFilters, source: TextSource, limit = Infinity): Promise<Hit[]> {
    const { candidates } = await this.match(query, filters, source);
    return candidates.slice(0, limit).map((candidate) => this.hitOf(candidate));
  }

  /** Results grouped into notes, highlights and articles (one per article), with snippets. */
  async search(request: SearchRequest, source: TextSource): Promise<SearchResponse> {
    const limited = limitQuery(request.query);
    const query = parseQuery(limited.text, this.analyzer);
    const shortened = limited.shortened ? { kind: 'shortened' as const, limit: MAX_QUERY_LENGTH } : null;
    if (query.terms.length === 0) {
      // Only marks, tatweel, punctuation or invisible characters: nothing to look for.
      const notice = shortened ?? (request.query.trim() === '' ? null : { kind: 'nothing-to-search' as const });
      return { ...EMPTY_RESPONSE, notice };
    }
    const matches = await this.match(query, request.filters ?? {}, source, limited.text);
    const limit = request.limit ?? DEFAULT_LIMIT;

    const notes: Candidate[] = [];
    const highlights: Candidate[] = [];
    // Candidates are in rank order: an article's first one is its best.
    const byArticle = new Map<number, Candidate[]>();
    for (const candidate of matches.candidates) {
      if (candidate.kind === 'note') notes.push(candidate);
      else if (candidate.kind === 'highlight') highlights.push(candidate);
      else {
        const group = byArticle.get(candidate.article);
        if (group === undefined) byArticle.set(candidate.article, [candidate]);
        else group.push(candidate);
      }
    }
    const shownNotes = notes.slice(0, limit).map((candidate) => this.hitOf(candidate));
    const shownHighlights = highlights.slice(0, limit).map((candidate) => this.hitOf(candidate));
    // An article shows its best block and, for marking, its title if that matched too.
    const shownArticles = [...byArticle.values()].slice(0, limit).map((group) => ({
      hits: group
        .filter((candidate, i) => candidate.kind === 'title' || i === group.findIndex((c) => c.kind === 'block'))
        .map((candidate) => this.hitOf(candidate)),
      count: group.length,
    }));
    await this.fetchTexts([...shownNotes, ...shownHighlights, ...shownArticles.flatMap((group) => group.hits)], source);
    // An article may have been deleted while its texts were being read.
    const live = (hit: Hit) => this.articles.has(hit.articleId);
    const { stride } = matches;
    const listedNotes = shownNotes.filter(live).map((hit) => this.rowResult(hit, matches));
    const listedHighlights = shownHighlights.filter(live).map((hit) => this.rowResult(hit, matches));
    const listedArticles = shownArticles
      .filter((group) => live(group.hits[0]!))
      .map((group) => this.articleResult(group.hits, group.count, matches));
    const articleEstimate = Math.min(byArticle.size * stride, this.articles.size);
    return {
      notes: listedNotes,
      highlights: listedHighlights,
      articles: listedArticles,
      totals: {
        note: groupTotal(notes.length, listedNotes.length, limit, notes.length),
        highlight: groupTotal(highlights.length, listedHighlights.length, limit, highlights.length),
        article: groupTotal(byArticle.size, listedArticles.length, limit, articleEstimate),
      },
      // The response's shape of today; this engine sampled articles' blocks only.
      approximate: { note: false, highlight: false, article: stride > 1 && byArticle.size > limit },
      correctedQuery: correctedQuery(limited.text, matches.corrections),
      notice: shortened,
    };
  }

  /**
   * Each word that finds nothing, if five letters or more, replaced by the indexed word one
   * edit away that most documents hold (fuzzy.ts); the query as it was then searched.
   */
  private corrected(query: ParsedQuery, typed: string): { query: ParsedQuery; corrections: Correction[] } {
    const corrections: Correction[] = [];
    const replaced = new Map<QueryTerm, QueryTerm>();
    for (const word of query.terms) {
      if (planWord(this.internals, word, this.oracle).terms.length > 0) continue;
      const correction = correctionFor(word.term, this.internals);
      const analyzed = correction === null ? undefined : analyzeQuery(correction, this.analyzer)[0];
      if (analyzed === undefined) continue;
      replaced.set(word, { ...word, term: analyzed.term, stemKeys: analyzed.stemKeys, prefix: false });
      corrections.push({
        start: word.start,
        end: word.end,
        spelled: respell(typed.slice(word.start, word.end), analyzed.term),
      });
    }
    if (corrections.length === 0) return { query, corrections };
    const swap = (word: QueryTerm) => replaced.get(word) ?? word;
    return {
      query: { terms: query.terms.map(swap), phrases: query.phrases.map((phrase) => phrase.map(swap)) },
      corrections,
    };
  }

  private async match(asked: ParsedQuery, filters: SearchFilters, source: TextSource, typed = ''): Promise<Matches> {
    const { query, corrections } = this.corrected(asked, typed);
    const words = query.terms.map((word) => planWord(this.internals, word, this.oracle));
    const { scores, stride } = scoreDocuments(
      this.internals,
      words,
      this.fieldBoosts(),
      (shortId) => this.docs.kind(shortId) === 'block',
    );
    const candidates: Candidate[] = [];
    scores.forEach((score, shortId) => {
      const kind = this.docs.kind(shortId);
      if (kind === undefined) return;
      const candidate = { shortId, score, kind, article: this.docs.articleNumber(shortId) };
      if (this.accepts(candidate, filters)) candidates.push(candidate);
    });
    candidates.sort((a, b) => b.score - a.score || (this.oracle ? a.shortId - b.shortId : 0));
    if (query.phrases.length === 0) return { query, corrections, words, candidates, stride };

    const checked = candidates.slice(0, MAX_PHRASE_CANDIDATES);
    const hits = checked.map((candidate) => this.hitOf(candidate));
    await this.fetchTexts(hits, source);
    const inOrder = checked.filter((_, i) => {
      const tokens = analyze(this.textOf(hits[i]!.ref) ?? '', this.analyzer);
      return query.phrases.every((phrase) => phraseRanges(tokens, phrase).length > 0);
    });
    return { query, corrections, words, candidates: inOrder, stride };
  }

  private fieldBoosts(): Map<number, number> {
    const boosts = new Map<number, number>();
    const title = this.internals.fieldId('title');
    if (title !== undefined) boosts.set(title, TITLE_BOOST);
    return boosts;
  }

  private accepts(candidate: Candidate, filters: SearchFilters): boolean {
    const articleId = this.docs.articleIdOf(candidate.article);
    const article = this.articles.get(articleId);
    if (article === undefined) return false; // its article is deleted: nowhere to show it
    if (filters.kind !== undefined && RESULT_KINDS[candidate.kind] !== filters.kind) return false;
    if (filters.articleId !== undefined && articleId !== filters.articleId) return false;
    if (filters.tag !== undefined && !article.tags.includes(filters.tag)) return false;
    if (
      filters.color !== undefined &&
      this.colorOf(candidate.kind, this.storedFields(candidate.shortId)) !== filters.color
    )
      return false;
    return true;
  }

  private hitOf(candidate: Candidate): Hit {
    const docId = this.internals.documentId(candidate.shortId)!;
    return {
      docId,
      ref: parseDocId(docId),
      articleId: this.docs.articleIdOf(candidate.article),
      score: candidate.score,
    };
  }

  private articleIdOf(ref: DocRef, stored: StoredFields): string {
    return ref.kind === 'block' || ref.kind === 'title' ? ref.articleId : (stored.articleId ?? '');
  }

  private storedFields(shortId: number): StoredFields {
    return (this.internals.storedFields(shortId) ?? {}) as StoredFields;
  }

  private colorOf(kind: DocKind, stored: StoredFields): HighlightColor | null {
    if (kind === 'highlight') return stored.color ?? null;
    if (kind === 'note' && stored.highlightId !== undefined)
      return this.highlightFields(stored.highlightId)?.color ?? null;
    return null;
  }

  private highlightFields(id: string): StoredFields | undefined {
    const shortId = this.internals.shortIdOf(highlightDocId(id));
    return shortId === undefined ? undefined : this.storedFields(shortId);
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

  /** The query's index terms that these documents hold. */
  private termsOf(hits: readonly Hit[], words: readonly PlannedWord[]): Set<string> {
    const terms = new Set<string>();
    for (const hit of hits) {
      const shortId = this.internals.shortIdOf(hit.docId);
      if (shortId !== undefined) for (const term of matchedTerms(this.internals, words, shortId)) terms.add(term);
    }
    return terms;
  }

  private marksIn(text: string, terms: ReadonlySet<string>, query: ParsedQuery): TextRange[] {
    const tokens = analyze(text, this.analyzer);
    const marks = markedRanges(tokens, terms);
    // A phrase is marked as one stretch where it stands.
    const phrases = query.phrases.flatMap((phrase) => phraseRanges(tokens, phrase));
    return phrases.length === 0
      ? marks
      : [...phrases, ...marks.filter((mark) => !phrases.some((p) => mark.start >= p.start && mark.end <= p.end))];
  }

  private rowResult(hit: Hit, { query, words }: Matches): SearchResult {
    const article = this.articles.get(hit.articleId)!;
    const stored = this.storedFields(this.internals.shortIdOf(hit.docId)!);
    const text = this.textOf(hit.ref) ?? '';
    const kind = hit.ref.kind === 'highlight' ? 'highlight' : 'note';
    const anchor =
      kind === 'highlight'
        ? stored
        : stored.highlightId !== undefined
          ? this.highlightFields(stored.highlightId)
          : undefined;
    return {
      kind,
      id: hit.ref.kind === 'highlight' || hit.ref.kind === 'note' ? hit.ref.id : hit.articleId,
      articleId: hit.articleId,
      articleTitle: article.title,
      articleLang: article.lang,
      titleMarks: [],
      snippet: makeSnippet(text, this.marksIn(text, this.termsOf([hit], words), query)),
      at: anchor?.start !== undefined && anchor.end !== undefined ? { start: anchor.start, end: anchor.end } : null,
      color: this.colorOf(hit.ref.kind, stored),
      matchCount: 1,
    };
  }

  /** One result for an article: its best block (or its title), with every matched word of the title marked. */
  private articleResult(group: readonly Hit[], matchCount: number, { query, words }: Matches): SearchResult {
    const first = group[0]!;
    const article = this.articles.get(first.articleId)!;
    const titleMarks = this.marksIn(article.title, this.termsOf(group, words), query);
    const best = group.find((hit) => hit.ref.kind === 'block');
    let snippet = null;
    let at: TextRange | null = null;
    if (best !== undefined && best.ref.kind === 'block') {
      const blocks = this.articleBlocks.get(best.articleId) ?? [];
      const text = blocks[best.ref.block]?.text ?? '';
      const marks = this.marksIn(text, this.termsOf([best], words), query);
      snippet = makeSnippet(text, marks);
      const blockStart = blockStartOffsets({ blocks })[best.ref.block] ?? 0;
      const target = [...marks].sort((a, b) => a.start - b.start)[0];
      at =
        target === undefined
          ? { start: blockStart, end: blockStart }
          : { start: blockStart + target.start, end: blockStart + target.end };
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
      matchCount,
    };
  }
}

/** The query as typed with each corrected word replaced, or null when nothing was corrected. */
function correctedQuery(typed: string, corrections: readonly Correction[]): string | null {
  if (corrections.length === 0) return null;
  let out = '';
  let at = 0;
  for (const { start, end, spelled } of [...corrections].sort((a, b) => a.start - b.start)) {
    out += typed.slice(at, start) + spelled;
    at = end;
  }
  return (out + typed.slice(at)).trim();
}
