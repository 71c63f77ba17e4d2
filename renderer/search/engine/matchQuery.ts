// From a parsed query to ranked candidates: the query's words planned as index terms and
// scored (executeQuery.ts), filters applied, quoted phrases checked on the texts, best first.

import { analyze } from '../../text/analyzer/analyze';
import type { HighlightColor } from '../../db/types';
import type { ParsedQuery, QueryTerm } from '../../text/analyzer/query';
import type { ResultKind, SearchFilters } from '../types';
import { corrected, type Correction } from './corrections';
import { COLOURS, type DocKind } from './documents';
import { refOf, type EngineState } from './engineState';
import type { NearTerms } from '../../text/analyzer/fuzzy';
import { TITLE_FIELD } from './index/fields';
import { planWord, scoreDocuments, type PlannedWord } from './executeQuery';
import { CandidateList, type Candidate } from './candidates';
import { topRanked } from './ranking';
import type { Strides } from './sampling';
import { phraseRanges } from './snippet';
import type { TextSource } from './texts';

const TITLE_BOOST = 2;
const FIELD_BOOSTS: readonly number[] = Object.assign([1, 1, 1], { [TITLE_FIELD]: TITLE_BOOST });
/** Phrases are checked on the best candidates only; beyond this many, ranking has decided. */
const MAX_PHRASE_CANDIDATES = 2_000;
/** Candidates whose texts are read at once for a phrase check. */
const PHRASE_BATCH = 250;

/** A query as index terms, with the documents it matched. */
export interface Matches {
  /** The query as searched: with corrections, if any. */
  query: ParsedQuery;
  corrections: Correction[];
  words: PlannedWord[];
  /** Every document that matched and the filters took, in no particular order: ranking.ts ranks them. */
  candidates: CandidateList;
  /** Per group, >1 when only a sample of it was scored (one document in that many): its count is an estimate. */
  strides: Strides;
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
  // Each word planned once: completing a prefix is the costly part of planning, and checking
  // whether a word finds anything (for corrections) plans it as searching it does.
  const plans = new Map<QueryTerm, PlannedWord>();
  const plan = (word: QueryTerm) => {
    let planned = plans.get(word);
    if (planned === undefined) plans.set(word, (planned = planWord(index, word)));
    return planned;
  };
  const { query, corrections } = corrected(asked, typos.typed, state.analyzer, typos.near, (word) => {
    return plan(word).terms.length > 0;
  });
  const words = query.terms.map(plan);
  // Planning reads terms and their counts only; scoring reads postings, which a restored index may still be reading.
  await state.postingsOf(words.flatMap((word) => word.terms.map(({ term }) => term)));
  // Scored in the engine's one table: read out below before anything is awaited, so no other
  // query can reset it meanwhile.
  const { scores, strides } = scoreDocuments(index, documents, words, FIELD_BOOSTS, state.scores);
  const candidates = new CandidateList(scores.size);
  const accepted = articleVerdicts(state, filters);
  scores.forEach((score, doc) => {
    const kind = documents.kind(doc);
    if (kind === undefined) return;
    const article = documents.articleNumber(doc);
    if (accepted(article) && acceptsKind(state, doc, kind, filters)) candidates.add(doc, score, kind, article);
  });
  // Left unsorted: ranking.ts picks the best few (equal scores in document order, so the order
  // never depends on how postings were walked).
  if (query.phrases.length === 0) return { query, corrections, words, candidates, strides };
  return { query, corrections, words, candidates: await withPhrases(state, query, candidates, source), strides };
}

/** The candidates (the first MAX_PHRASE_CANDIDATES) whose text has every phrase, read in batches. */
async function withPhrases(
  state: EngineState,
  query: ParsedQuery,
  candidates: CandidateList,
  source: TextSource,
): Promise<CandidateList> {
  const checked = topRanked(candidates, MAX_PHRASE_CANDIDATES);
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
  return CandidateList.of(kept);
}

/** An article's verdict (articleVerdicts) while it is not yet worked out, and after. */
const UNDECIDED = 0;
const TAKEN = 1;
const REFUSED = 2;

/**
 * Whether the filters take an article's documents, by article number, worked out once per
 * article: thousands of candidates share a few articles. An article deleted is never taken:
 * there is nowhere to show its documents. The verdicts are kept in a table by article number:
 * a sampled common word reaches thousands of articles, and a Map of them cost more than the
 * rest of making the candidates.
 */
function articleVerdicts(state: EngineState, filters: SearchFilters): (article: number) => boolean {
  const { documents, catalog } = state;
  const verdicts = new Uint8Array(documents.articleLimit);
  return (number) => {
    const known = verdicts[number] ?? UNDECIDED;
    if (known !== UNDECIDED) return known === TAKEN;
    const articleId = documents.articleIdOf(number);
    const article = catalog.articles.get(articleId);
    const taken =
      article !== undefined &&
      (filters.articleId === undefined || articleId === filters.articleId) &&
      (filters.tag === undefined || article.tags.includes(filters.tag));
    if (number < verdicts.length) verdicts[number] = taken ? TAKEN : REFUSED;
    return taken;
  };
}

/** Whether the filters of kind and colour take the candidate. */
function acceptsKind(state: EngineState, doc: number, kind: DocKind, filters: SearchFilters): boolean {
  if (filters.kind !== undefined && RESULT_KINDS[kind] !== filters.kind) return false;
  if (filters.color !== undefined && colourOf(state, doc, kind) !== filters.color) return false;
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
