import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../tests/bench/generate';
import { CandidateList, type Candidate } from './candidates';
import type { DocKind } from './documents';
import { shownCandidates, topRanked } from './ranking';

const KINDS: readonly DocKind[] = ['block', 'title', 'highlight', 'note'];

/** Candidates in document order, scores drawn from a few values so that many tie. */
function randomCandidates(seed: number, count: number, articles: number): Candidate[] {
  const random = seededRandom(seed);
  const titled = new Set<number>();
  const out: Candidate[] = [];
  for (let doc = 0; doc < count; doc += 1) {
    const article = Math.floor(random() * articles);
    let kind = KINDS[Math.floor(random() * KINDS.length)]!;
    // An article has one title document at most.
    if (kind === 'title' && titled.has(article)) kind = 'block';
    if (kind === 'title') titled.add(article);
    out.push({ doc, score: Math.floor(random() * 6) / 2, kind, article });
  }
  // Shuffled: candidates come in the order postings were walked.
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const sortAll = (candidates: readonly Candidate[]) =>
  [...candidates].sort((a, b) => b.score - a.score || a.doc - b.doc);

/** What the search box showed when every candidate was sorted first, then grouped. */
function groupedAfterSorting(candidates: readonly Candidate[], limit: number) {
  const ranked = sortAll(candidates);
  const byArticle = new Map<number, Candidate[]>();
  for (const candidate of ranked.filter((c) => c.kind === 'block' || c.kind === 'title')) {
    const group = byArticle.get(candidate.article) ?? [];
    group.push(candidate);
    byArticle.set(candidate.article, group);
  }
  const notes = ranked.filter((c) => c.kind === 'note');
  const highlights = ranked.filter((c) => c.kind === 'highlight');
  return {
    notes: notes.slice(0, limit),
    highlights: highlights.slice(0, limit),
    articles: [...byArticle.values()].slice(0, limit).map((group) => ({
      shown: group.filter((c, i) => c.kind === 'title' || i === group.findIndex((d) => d.kind === 'block')),
      count: group.length,
    })),
    found: { notes: notes.length, highlights: highlights.length, articles: byArticle.size },
  };
}

describe('ranking', () => {
  it('picks the first candidates in rank order as sorting them all would, ties in document order', () => {
    for (const seed of [1, 2, 3]) {
      const candidates = randomCandidates(seed, 700, 40);
      const list = CandidateList.of(candidates);
      for (const count of [0, 1, 20, 350, 700, 1_000])
        expect(topRanked(list, count), `${seed} ${count}`).toEqual(sortAll(candidates).slice(0, count));
    }
  });

  it('groups the candidates in one pass as the search box showed them after sorting them all', () => {
    for (const seed of [4, 5, 6]) {
      const candidates = randomCandidates(seed, 900, 60);
      for (const limit of [1, 20, 100])
        expect(shownCandidates(CandidateList.of(candidates), limit), `${seed} ${limit}`).toEqual(
          groupedAfterSorting(candidates, limit),
        );
    }
  });
});
