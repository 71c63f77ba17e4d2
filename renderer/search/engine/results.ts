// From ranked candidates to what the search box shows: notes, highlights and articles (one
// result per article: its best block, with the count of its matches), each with a snippet
// whose marks are in the original text's offsets, and where in the article a jump goes.

import { analyze } from '../../text/analyzer/analyze';
import type { ParsedQuery } from '../../text/analyzer/query';
import type { SearchResponse, SearchResult, TextRange } from '../types';
import { docIdOf, refOf, type EngineState, type Hit } from './engineState';
import { matchedTerms, type PlannedWord } from './executeQuery';
import type { Candidate } from './candidates';
import { colourOf, type Matches } from './matchQuery';
import { shownCandidates } from './ranking';
import { makeSnippet, markedRanges, phraseRanges } from './snippet';
import type { Texts, TextSource } from './texts';

export function hitOf(state: EngineState, candidate: Candidate): Hit {
  const ref = refOf(state, candidate.doc)!;
  return {
    docId: docIdOf(ref),
    doc: candidate.doc,
    ref,
    articleId: state.documents.articleIdOf(candidate.article),
    score: candidate.score,
  };
}

/** Results grouped into notes, highlights and articles, `limit` of each, with snippets. */
export async function present(
  state: EngineState,
  matches: Matches,
  limit: number,
  source: TextSource,
): Promise<Omit<SearchResponse, 'correctedQuery' | 'notice'>> {
  const { notes, highlights, articles, found } = shownCandidates(matches.candidates, limit);
  const shownNotes = notes.map((candidate) => hitOf(state, candidate));
  const shownHighlights = highlights.map((candidate) => hitOf(state, candidate));
  // An article shows its best block and, for marking, its title if that matched too.
  const shownArticles = articles.map((group) => ({
    hits: group.shown.map((candidate) => hitOf(state, candidate)),
    count: group.count,
  }));
  const shown = [...shownNotes, ...shownHighlights, ...shownArticles.flatMap((group) => group.hits)];
  const texts = await state.texts.fetch(
    shown.map((hit) => hit.ref),
    source,
    (id) => state.catalog.articles.has(id),
  );
  // An article may have been deleted while its texts were being read.
  const live = (hit: Hit) => state.catalog.articles.has(hit.articleId);
  const { strides } = matches;
  const listedNotes = shownNotes.filter(live).map((hit) => rowResult(state, hit, matches, texts));
  const listedHighlights = shownHighlights.filter(live).map((hit) => rowResult(state, hit, matches, texts));
  const listedArticles = shownArticles
    .filter((group) => live(group.hits[0]!))
    .map((group) => articleResult(state, group.hits, group.count, matches, texts));
  // A sampled group (sampling.ts) counts what it found times its stride, never more than there are.
  const { catalog } = state;
  const articleEstimate = Math.min(found.articles * strides.block, catalog.articles.size);
  const noteEstimate = Math.min(found.notes * strides.note, catalog.notes.size);
  const highlightEstimate = Math.min(found.highlights * strides.highlight, catalog.highlights.size);
  return {
    notes: listedNotes,
    highlights: listedHighlights,
    articles: listedArticles,
    totals: {
      note: groupTotal(found.notes, listedNotes.length, limit, noteEstimate),
      highlight: groupTotal(found.highlights, listedHighlights.length, limit, highlightEstimate),
      article: groupTotal(found.articles, listedArticles.length, limit, articleEstimate),
    },
    approximate: {
      note: strides.note > 1 && found.notes > limit,
      highlight: strides.highlight > 1 && found.highlights > limit,
      article: strides.block > 1 && found.articles > limit,
    },
  };
}

/**
 * A group's count agrees with its list: a group that lists all it found counts what it lists
 * (never "1 of about 2" over one result, nor a hit of an article deleted meanwhile); a group cut
 * at the limit counts all it found, or the estimate from a sample, never fewer than it lists.
 */
export function groupTotal(found: number, listed: number, limit: number, estimate: number): number {
  return found <= limit ? listed : Math.max(listed, estimate);
}

/** The query's index terms that these documents hold. */
function termsOf(state: EngineState, hits: readonly Hit[], words: readonly PlannedWord[]): Set<string> {
  const terms = new Set<string>();
  for (const hit of hits) for (const term of matchedTerms(state.index, words, hit.doc)) terms.add(term);
  return terms;
}

function marksIn(state: EngineState, text: string, terms: ReadonlySet<string>, query: ParsedQuery): TextRange[] {
  const tokens = analyze(text, state.analyzer);
  const marks = markedRanges(tokens, terms);
  // A phrase is marked as one stretch where it stands.
  const phrases = query.phrases.flatMap((phrase) => phraseRanges(tokens, phrase));
  return phrases.length === 0
    ? marks
    : [...phrases, ...marks.filter((mark) => !phrases.some((p) => mark.start >= p.start && mark.end <= p.end))];
}

function rowResult(state: EngineState, hit: Hit, { query, words }: Matches, texts: Texts): SearchResult {
  const { catalog } = state;
  const article = catalog.articles.get(hit.articleId)!;
  const text = texts.text(hit.ref) ?? '';
  const kind = hit.ref.kind === 'highlight' ? 'highlight' : 'note';
  const rowId = hit.ref.kind === 'highlight' || hit.ref.kind === 'note' ? hit.ref.id : hit.articleId;
  const note = kind === 'note' ? catalog.notes.get(rowId) : undefined;
  const anchor =
    kind === 'highlight'
      ? catalog.highlights.get(rowId)
      : note?.highlightId != null
        ? catalog.highlights.get(note.highlightId)
        : undefined;
  return {
    kind,
    id: rowId,
    articleId: hit.articleId,
    articleTitle: article.title,
    articleLang: article.lang,
    titleMarks: [],
    snippet: makeSnippet(text, marksIn(state, text, termsOf(state, [hit], words), query)),
    at: anchor === undefined ? null : { start: anchor.start, end: anchor.end },
    color: colourOf(state, hit.doc, hit.ref.kind),
    matchCount: 1,
  };
}

/** One result for an article: its best block (or its title), with every matched word of the title marked. */
function articleResult(
  state: EngineState,
  group: readonly Hit[],
  matchCount: number,
  { query, words }: Matches,
  texts: Texts,
): SearchResult {
  const first = group[0]!;
  const article = state.catalog.articles.get(first.articleId)!;
  const titleMarks = marksIn(state, article.title, termsOf(state, group, words), query);
  const best = group.find((hit) => hit.ref.kind === 'block');
  let snippet = null;
  let at: TextRange | null = null;
  if (best !== undefined && best.ref.kind === 'block') {
    const text = texts.text(best.ref) ?? '';
    const marks = marksIn(state, text, termsOf(state, [best], words), query);
    snippet = makeSnippet(text, marks);
    const blockStart = texts.blockStart(best.ref) ?? 0;
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
