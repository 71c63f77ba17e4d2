// The packed engine answers as the MiniSearch engine it replaced (issue 17): the same hits,
// the same scores, ranked the same except among equal scores, and the same grouped results,
// snippets, marks and offsets — on the quality set and on 1,000 random queries over a generated
// library, before and after edits, before and after merging. The oracle is the old engine
// itself (./legacy), changed in the rules the packed engine changed since: a prefix is completed
// from all the terms it begins rather than from the first 300 in MiniSearch's radix-tree order
// (./legacy/executeQuery.ts); a very common word's sample leaves out only articles' blocks, never
// a note, highlight or title, and a group that lists all it found counts what it lists
// (renderer/search/engine/results.ts, groupTotal).
//
// Equal scores: each hit's score must equal the oracle's for the same document to 1e-9
// (relative), and where the two rankings put different documents at one place, their scores
// there must be equal to the same tolerance: sums of the same terms taken in another order
// differ in the last bits, and nothing else may differ.

import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../renderer/text/analyzer/query';
import type { Hit } from '../../renderer/search/engine/SearchEngine';
import { SearchEngine } from '../../renderer/search/engine/SearchEngine';
import { MemoryTextSource } from '../support/search/memoryTextSource';
import type { SearchFilters } from '../../renderer/search/types';
import { seededRandom } from '../bench/generate';
import { generateSearchCorpus, type SearchCorpus } from '../bench/searchCorpus';
import { loadCorpus, loadQueries, type Corpus } from './corpus';
import { SearchEngine as OldEngine } from './legacy/SearchEngine';

const TOLERANCE = 1e-9;
const close = (a: number, b: number) => Math.abs(a - b) <= TOLERANCE * Math.max(1, Math.abs(a), Math.abs(b));

function buildBoth(corpus: Corpus): { engine: SearchEngine; oracle: OldEngine; source: MemoryTextSource } {
  const engine = new SearchEngine();
  const oracle = new OldEngine();
  oracle.oracle = true;
  for (const { row, doc } of corpus.articles) {
    engine.putArticle(row, doc);
    oracle.putArticle(row, doc);
  }
  for (const row of corpus.highlights) {
    engine.putHighlight(row);
    oracle.putHighlight(row);
  }
  for (const row of corpus.notes) {
    engine.putNote(row);
    oracle.putNote(row);
  }
  return { engine, oracle, source: new MemoryTextSource(corpus) };
}

/** Where the two lists differ, or null: see the comment at the top for what may. */
function rankingDifference(
  found: readonly Hit[],
  expected: readonly { docId: string; score: number }[],
): string | null {
  if (found.length !== expected.length) return `${found.length} hits, expected ${expected.length}`;
  const expectedScore = new Map(expected.map((hit) => [hit.docId, hit.score]));
  for (let i = 0; i < found.length; i += 1) {
    const hit = found[i]!;
    const score = expectedScore.get(hit.docId);
    if (score === undefined) return `unexpected hit ${hit.docId}`;
    if (!close(hit.score, score)) return `${hit.docId} scored ${hit.score}, expected ${score}`;
    if (hit.docId !== expected[i]!.docId && !close(hit.score, expected[i]!.score))
      return `place ${i}: ${hit.docId} (${hit.score}) where ${expected[i]!.docId} (${expected[i]!.score}) was`;
  }
  return null;
}

async function expectSameAnswers(
  { engine, oracle, source }: ReturnType<typeof buildBoth>,
  queries: readonly { query: string; filters?: SearchFilters }[],
): Promise<void> {
  for (const { query, filters = {} } of queries) {
    const parsed = parseQuery(query);
    const found = await engine.find(parsed, filters, source);
    const expected = await oracle.find(parsed, filters, source);
    expect(rankingDifference(found, expected), `${query} ${JSON.stringify(filters)}`).toBeNull();
    expect(await engine.search({ query, filters }, source), query).toEqual(
      await oracle.search({ query, filters }, source),
    );
  }
}

describe('the packed engine against the MiniSearch engine', () => {
  it('answers every query of the quality set alike, as typed and as finished', async () => {
    const both = buildBoth(loadCorpus());
    const queries = loadQueries().flatMap(({ query }) => [{ query }, { query: `${query} ` }]);
    await expectSameAnswers(both, queries);
  });

  describe('on a generated library', () => {
    const library: SearchCorpus = withHighlightTags(
      generateSearchCorpus(17, {
        articles: 80,
        articleChars: 8_000,
        highlights: 1_500,
        notes: 800,
        queries: 0,
        lexicon: 3_000,
        extraArticles: 0,
        extraArticleChars: 0,
      }),
      5,
    );
    const queries = [...randomQueries(library, 1_000, 2026), ...tagQueries(library, 100, 2027)];

    it('answers 1,100 random queries alike (100 of them for highlights’ tags)', { timeout: 600_000 }, async () => {
      const both = buildBoth(library);
      await expectSameAnswers(both, queries);
    });

    it('corrects mistyped words alike (issue 16), before and after merging', { timeout: 600_000 }, async () => {
      const both = buildBoth(library);
      const typos = typoQueries(library, 150, 16);
      let corrected = 0;
      for (const { query } of typos) {
        if ((await both.engine.search({ query }, both.source)).correctedQuery !== null) corrected += 1;
      }
      // Most typos are one edit from an indexed word; some land on another indexed word instead.
      expect(corrected).toBeGreaterThan(typos.length / 2);
      await expectSameAnswers(both, typos);
      await both.engine.compact();
      await both.oracle.compact();
      await expectSameAnswers(both, typos);
    });

    it(
      'answers alike after edits and deletions, and again once both have merged them',
      { timeout: 600_000 },
      async () => {
        const both = buildBoth(library);
        const random = seededRandom(99);
        const { engine, oracle } = both;
        const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
        for (let i = 0; i < 40; i += 1) {
          const note = pick(library.notes);
          const edited = {
            ...note,
            text: `${note.text} ${pick(library.notes).text.slice(0, 80)}`,
            updatedAt: note.updatedAt + 1,
          };
          engine.putNote(edited);
          oracle.putNote(edited);
          both.source.noteBodies.set(edited.id, edited.text);
          const highlight = pick(library.highlights);
          engine.removeRow('highlights', highlight.id);
          oracle.removeRow('highlights', highlight.id);
        }
        for (const { row } of library.articles.slice(0, 3)) {
          const gone = { ...row, deletedAt: 5 };
          engine.putArticle(gone);
          oracle.putArticle(gone);
        }
        const renamed = { ...library.articles[5]!.row, title: library.articles[6]!.row.title, updatedAt: 9 };
        engine.putArticle(renamed);
        oracle.putArticle(renamed);
        const sample = queries.filter((_, i) => i % 4 === 0);
        await expectSameAnswers(both, sample);
        await engine.compact();
        await oracle.compact();
        await expectSameAnswers(both, sample);
      },
    );
  });
});

const wordsOf = (text: string) => text.split(/[\s،.؛:!?؟«»"()]+/u).filter((word) => word !== '');

/** The library with one highlight in three tagged with one or two words of its articles' text. */
function withHighlightTags(library: SearchCorpus, seed: number): SearchCorpus {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const word = () => pick(wordsOf(pick(pick(library.articles).doc.blocks).text)) ?? 'وسم';
  const highlights = library.highlights.map((row, i) =>
    i % 3 === 0 ? { ...row, tags: i % 2 === 0 ? [word()] : [word(), word()] } : row,
  );
  return { ...library, highlights };
}

/** A tagged highlight's tag, alone or beside a word of its quote, some with a filter. */
function tagQueries(library: SearchCorpus, count: number, seed: number): { query: string; filters?: SearchFilters }[] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const tagged = library.highlights.filter((row) => (row.tags ?? []).length > 0);
  return Array.from({ length: count }, (_, i) => {
    const row = pick(tagged);
    const tag = pick(row.tags!);
    const query = i % 2 === 0 ? `${tag} ` : `${tag} ${pick(wordsOf(row.exact)) ?? ''} `;
    return i % 4 === 3 ? { query, filters: { kind: 'highlight' as const } } : { query };
  });
}

/**
 * Queries a reader might type over the library: one to three neighbouring words, the last
 * still being typed or not, cut to a prefix, quoted, or words far apart; some with a filter.
 */
function randomQueries(
  library: SearchCorpus,
  count: number,
  seed: number,
): { query: string; filters?: SearchFilters }[] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const words = (text: string) => text.split(/[\s،.؛:!?؟«»"()]+/u).filter((word) => word !== '');
  const queries: { query: string; filters?: SearchFilters }[] = [];
  while (queries.length < count) {
    const article = pick(library.articles);
    const block = words(pick(article.doc.blocks).text);
    if (block.length < 4) continue;
    const from = Math.floor(random() * (block.length - 3));
    const length = 1 + Math.floor(random() * 3);
    const run = block.slice(from, from + length);
    let query: string;
    switch (queries.length % 5) {
      case 0:
        query = run.join(' '); // typed: the last word is a prefix
        break;
      case 1:
        query = `${run.join(' ')} `;
        break;
      case 2:
        query = `${run.slice(0, -1).join(' ')} ${run.at(-1)!.slice(0, 3 + Math.floor(random() * 3))}`.trim();
        break;
      case 3:
        query = `"${block.slice(from, from + 2).join(' ')}"`;
        break;
      default:
        query = `${block[from]} ${pick(block)} `;
    }
    const filterKind = Math.floor(random() * 8);
    const filters: SearchFilters | undefined =
      filterKind === 0
        ? { kind: pick(['note', 'highlight', 'article'] as const) }
        : filterKind === 1
          ? { color: pick(['yellow', 'green', 'blue', 'pink', 'purple'] as const) }
          : filterKind === 2
            ? { tag: pick(article.row.tags) }
            : filterKind === 3
              ? { articleId: article.row.id }
              : undefined;
    queries.push(filters === undefined ? { query } : { query, filters });
  }
  return queries;
}

/** One or two finished words, one of five letters or more with a letter deleted, replaced or inserted. */
function typoQueries(library: SearchCorpus, count: number, seed: number): { query: string }[] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const queries: { query: string }[] = [];
  while (queries.length < count) {
    const words = pick(pick(library.articles).doc.blocks).text.split(/[\s،.؛:!?؟«»"()]+/u);
    const long = words.filter((word) => [...word].length >= 6);
    if (long.length === 0) continue;
    const word = pick(long);
    const at = 1 + Math.floor(random() * (word.length - 2));
    const letter = pick([...pick(long)]);
    const edits = [
      word.slice(0, at) + word.slice(at + 1),
      word.slice(0, at) + letter + word.slice(at + 1),
      word.slice(0, at) + letter + word.slice(at),
    ];
    const typo = edits[queries.length % 3]!;
    queries.push({ query: queries.length % 2 === 0 ? `${typo} ` : `${pick(words)} ${typo} ` });
  }
  return queries;
}
