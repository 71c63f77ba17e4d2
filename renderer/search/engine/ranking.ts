// Candidates in rank order without sorting them all. The search box shows twenty notes, twenty
// highlights and twenty articles, and a phrase is checked on the best two thousand; but a very
// common word matches tens of thousands of highlights and notes on a large library, and sorting
// all of them, each time a word is typed, grew with the library (issue 17, search.scale). So
// the best few are picked in one pass, and only they are sorted.

import { BestFirst } from './bestFirst';
import type { Candidate, CandidateList } from './candidates';

/** The first `count` candidates in rank order (all of them, sorted, if there are no more). */
export function topRanked(list: CandidateList, count: number): Candidate[] {
  let order: number[];
  if (count >= list.length) order = Array.from({ length: list.length }, (_, i) => i).sort(list.compare);
  else {
    const best = new BestFirst(count, list.compare);
    for (let i = 0; i < list.length; i += 1) best.offer(i);
    order = best.items;
  }
  return order.map((i) => list.candidate(i));
}

/** An article's candidates, as its one result needs them. */
export interface ArticleCandidates {
  /** Its title (if it matched) and its best block, in rank order: what its result marks. */
  shown: Candidate[];
  /** How many of its documents matched. */
  count: number;
}

/** What the search box shows of the candidates: the best `limit` of each group, and how many each found. */
export interface ShownCandidates {
  notes: Candidate[];
  highlights: Candidate[];
  /** The best `limit` articles, ranked by their best candidate. */
  articles: ArticleCandidates[];
  found: { notes: number; highlights: number; articles: number };
}

/** An article's candidates by their places in the list. */
interface ArticleGroup {
  best: number;
  block: number;
  titles: number[];
  count: number;
}

/** Groups the candidates (in any order) as the search box shows them, in one pass. */
export function shownCandidates(list: CandidateList, limit: number): ShownCandidates {
  const { compare } = list;
  const notes = new BestFirst(limit, compare);
  const highlights = new BestFirst(limit, compare);
  let noteCount = 0;
  let highlightCount = 0;
  const byArticle = new Map<number, ArticleGroup>();
  for (let i = 0; i < list.length; i += 1) {
    const kind = list.kind(i);
    if (kind === 'note') {
      noteCount += 1;
      notes.offer(i);
    } else if (kind === 'highlight') {
      highlightCount += 1;
      highlights.offer(i);
    } else {
      let group = byArticle.get(list.article(i));
      if (group === undefined) {
        group = { best: i, block: -1, titles: [], count: 0 };
        byArticle.set(list.article(i), group);
      }
      group.count += 1;
      if (compare(i, group.best) < 0) group.best = i;
      if (kind === 'title') group.titles.push(i);
      else if (group.block < 0 || compare(i, group.block) < 0) group.block = i;
    }
  }
  const articles = new BestFirst<ArticleGroup>(limit, (a, b) => compare(a.best, b.best));
  for (const group of byArticle.values()) articles.offer(group);
  const candidates = (places: readonly number[]) => places.map((i) => list.candidate(i));
  return {
    notes: candidates(notes.items),
    highlights: candidates(highlights.items),
    articles: articles.items.map(({ block, titles, count }) => ({
      shown: candidates((block < 0 ? titles : [...titles, block]).sort(compare)),
      count,
    })),
    found: { notes: noteCount, highlights: highlightCount, articles: byArticle.size },
  };
}
