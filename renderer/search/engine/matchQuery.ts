// From a parsed query to ranked candidates: the query's words planned as index terms and
// scored (executeQuery.ts), filters applied, quoted phrases checked on the texts, best first.

import { analyze } from '../../text/analyzer/analyze';
import type { HighlightColor } from '../../db/types';
import type { ParsedQuery } from '../../text/analyzer/query';
import type { ResultKind, SearchFilters } from '../types';
import { corrected, type Correction } from './corrections';
import { COLOURS, type DocKind } from './documents';
import { refOf, type EngineState } from './engineState';
import type { NearTerms } from '../../text/analyzer/fuzzy';
import { TITLE_FIELD } from './index/fields';
import { planWord, scoreDocuments, type PlannedWord } from './executeQuery';
import { phraseRanges } from './snippet';
import type { TextSource } from './texts';

const TITLE_BOOST = 2;
const FIELD_BOOSTS: readonly number[] = Object.assign([1, 1, 1], { [TITLE_FIELD]: TITLE_BOOST });
/** Phrases are checked on the best candidates only; beyond this many, ranking has decided. */
const MAX_PHRASE_CANDIDATES = 2_000;
/** Candidates whose texts are read at once for a phrase check. */
const PHRASE_BATCH = 250;

/** A candidate while ranking: numbers only, no strings. */
export interface Candidate {
  doc: number;
  score: number;
  kind: DocKind;
  article: number;
}

/** A query as index terms, with the documents it matched. */
export interface Matches {
  /** The query as searched: with corrections, if any. */
  query: ParsedQuery;
  corrections: Correction[];
  words: PlannedWord[];
  candidates: Candidate[];
  /** >1 when only a sample was scored (one document in `stride`): counts are estimates. */
  stride: number;
}

export const RESULT_KINDS: Readonly<Record<DocKind, ResultKind>> = {
  block: 'article',
  title: 'article',
  highlight: 'highlight',
  note: 'note',
};

export async function matchQuery(
  state: EngineState,
  asked: ParsedQuery,
  filters: SearchFilters,
  source: TextSource,
  typos: { typed: string; near: NearTerms },
): Promise<Matches> {
  const { index, documents } = state;
  const { query, corrections } = corrected(asked, typos.typed, state.analyzer, typos.near, (word) => {
    return planWord(index, word).terms.length > 0;
  });
  const words = query.terms.map((word) => planWord(index, word));
  // Planning reads terms and their counts only; scoring reads postings, which a restored index may still be reading.
  await state.postingsOf(words.flatMap((word) => word.terms.map(({ term }) => term)));
  const { scores, stride } = scoreDocuments(index, documents, words, FIELD_BOOSTS);
  const candidates: Candidate[] = [];
  scores.forEach((score, doc) => {
    const kind = documents.kind(doc);
    if (kind === undefined) return;
    const candidate = { doc, score, kind, article: documents.articleNumber(doc) };
    if (accepts(state, candidate, filters)) candidates.push(candidate);
  });
  // Equal scores in document order, so the order never depends on how postings were walked.
  candidates.sort((a, b) => b.score - a.score || a.doc - b.doc);
  if (query.phrases.length === 0) return { query, corrections, words, candidates, stride };
  return { query, corrections, words, candidates: await withPhrases(state, query, candidates, source), stride };
}

/** The candidates (the first MAX_PHRASE_CANDIDATES) whose text has every phrase, read in batches. */
async function withPhrases(
  state: EngineState,
  query: ParsedQuery,
  candidates: readonly Candidate[],
  source: TextSource,
): Promise<Candidate[]> {
  const checked = candidates.slice(0, MAX_PHRASE_CANDIDATES);
  const kept: Candidate[] = [];
  for (let from = 0; from < checked.length; from += PHRASE_BATCH) {
    const batch = checked.slice(from, from + PHRASE_BATCH);
    const refs = batch.map((candidate) => refOf(state, candidate.doc)!);
    const texts = await state.texts.fetch(refs, source, (id) => state.catalog.articles.has(id));
    batch.forEach((candidate, i) => {
      const ref = refs[i]!;
      const text = ref.kind === 'title' ? state.catalog.articles.get(ref.articleId)?.title : texts.text(ref);
      const tokens = analyze(text ?? '', state.analyzer);
      if (query.phrases.every((phrase) => phraseRanges(tokens, phrase).length > 0)) kept.push(candidate);
    });
  }
  return kept;
}

function accepts(state: EngineState, candidate: Candidate, filters: SearchFilters): boolean {
  const { documents, catalog } = state;
  const articleId = documents.articleIdOf(candidate.article);
  const article = catalog.articles.get(articleId);
  if (article === undefined) return false; // its article is deleted: nowhere to show it
  if (filters.kind !== undefined && RESULT_KINDS[candidate.kind] !== filters.kind) return false;
  if (filters.articleId !== undefined && articleId !== filters.articleId) return false;
  if (filters.tag !== undefined && !article.tags.includes(filters.tag)) return false;
  if (filters.color !== undefined && colourOf(state, candidate.doc, candidate.kind) !== filters.color) return false;
  return true;
}

/** A highlight's colour, or that of the highlight a note is on. */
export function colourOf(state: EngineState, doc: number, kind: DocKind): HighlightColor | null {
  if (kind === 'highlight') return COLOURS[state.documents.detail(doc)] ?? null;
  if (kind !== 'note') return null;
  const id = state.catalog.rowIdOf(doc);
  const note = id === undefined ? undefined : state.catalog.notes.get(id);
  return note === undefined ? null : state.catalog.colourOfNote(note);
}
