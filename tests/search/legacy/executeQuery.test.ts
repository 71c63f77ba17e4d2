import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { indexTerms } from '../../../renderer/text/analyzer/analyze';
import { parseQuery } from '../../../renderer/text/analyzer/query';
import { MAX_SCORED_DOCUMENTS, matchedTerms, planWord, scoreDocuments } from './executeQuery';
import { IndexInternals } from './indexInternals';

function arabicIndex(texts: readonly string[]) {
  const index = new MiniSearch<{ id: string; text: string }>({
    fields: ['text'],
    tokenize: (text) => indexTerms(text),
    processTerm: (term) => term,
  });
  index.addAll(texts.map((text, i) => ({ id: String(i), text })));
  return { index, reader: new IndexInternals(index) };
}

const ids = (reader: IndexInternals, scores: Map<number, number>) =>
  [...scores.keys()].map((shortId) => Number(reader.documentId(shortId))).sort();

const TEXTS = [
  'زرت المكتبات العامة في القاهرة',
  'مكتبة الإسكندرية على البحر',
  'في القاهرة مكتبة واحدة قديمة',
  'البحر هادئ اليوم',
  'المكتبة مغلقة',
];

describe('executeQuery', () => {
  it('matches a word by its form, its stem keys, and while typed, the words it begins', () => {
    const { reader } = arabicIndex(TEXTS);
    const plan = (query: string) => parseQuery(query).terms.map((word) => planWord(reader, word));
    expect(ids(reader, scoreDocuments(reader, plan('مكتبة '), new Map()).scores)).toEqual([0, 1, 2, 4]);
    expect(ids(reader, scoreDocuments(reader, plan('البح'), new Map()).scores)).toEqual([1, 3]);
    expect(ids(reader, scoreDocuments(reader, plan('البح '), new Map()).scores)).toEqual([]);
  });

  it('requires every word, whichever order they come in, as MiniSearch AND does', () => {
    const { index, reader } = arabicIndex(TEXTS);
    for (const query of ['القاهرة مكتبة ', 'مكتبة القاهرة ', 'البحر مكتبة ', 'في البحر ']) {
      const words = parseQuery(query).terms;
      const expected = index
        .search(
          {
            combineWith: 'AND',
            queries: words.map((word) => ({ combineWith: 'OR', queries: [word.term, ...word.stemKeys] })),
          },
          { tokenize: (text) => [text], processTerm: (term) => term },
        )
        .map((result) => Number(result.id))
        .sort();
      const plan = words.map((word) => planWord(reader, word));
      expect(ids(reader, scoreDocuments(reader, plan, new Map()).scores), query).toEqual(expected);
    }
  });

  it('matches a word with ة only with the feminine forms of its stem, one with ات or none with all', () => {
    const { reader } = arabicIndex(['مكتب المحامي', 'مكتبة الحي', 'المكتبات العامة', 'في مكتبه']);
    const found = (query: string) =>
      ids(
        reader,
        scoreDocuments(
          reader,
          parseQuery(query).terms.map((word) => planWord(reader, word)),
          new Map(),
        ).scores,
      );
    // مكتبه may be "his office" or مكتبة written without the dots of its ة: both find it.
    expect(found('مكتبة ')).toEqual([1, 2, 3]);
    // ات is the plural of many masculine nouns too (مطار/مطارات): المكتبات finds مكتب.
    expect(found('المكتبات ')).toEqual([0, 1, 2, 3]);
    expect(found('مكتب ')).toEqual([0, 1, 2, 3]);
  });

  it('scores the exact form above a shared stem', () => {
    const { reader } = arabicIndex(['مكتبة صغيرة', 'المكتبات الكبيرة']);
    const plan = parseQuery('المكتبات ').terms.map((word) => planWord(reader, word));
    const { scores } = scoreDocuments(reader, plan, new Map());
    expect(scores.get(reader.shortIdOf('1')!)!).toBeGreaterThan(scores.get(reader.shortIdOf('0')!)!);
  });

  it('names the index terms a document matched, for marking', () => {
    const { reader } = arabicIndex(TEXTS);
    const plan = parseQuery('المكتبات ').terms.map((word) => planWord(reader, word));
    expect(matchedTerms(reader, plan, reader.shortIdOf('0')!).sort()).toEqual(['المكتبات', 'f~مكتب'].sort());
    expect(matchedTerms(reader, plan, reader.shortIdOf('1')!)).toEqual(['f~مكتب']);
  });

  // Indexes a few thousand documents: ample time for a machine three times slower than a busy one.
  it('scores an even sample when even the rarest word is everywhere', { timeout: 60_000 }, () => {
    const texts = Array.from({ length: MAX_SCORED_DOCUMENTS * 2 + 10 }, (_, i) => `في النص رقم ${i}`);
    const { reader } = arabicIndex(texts);
    const plan = parseQuery('في').terms.map((word) => planWord(reader, word));
    const { scores, stride } = scoreDocuments(reader, plan, new Map());
    expect(stride).toBe(3);
    expect(scores.size).toBeLessThanOrEqual(MAX_SCORED_DOCUMENTS);
    expect(scores.size * stride).toBeGreaterThan(texts.length - stride);
    expect([...scores.keys()].every((shortId) => shortId % stride === 0)).toBe(true);
  });

  it('finds nothing when a word is not in the index at all', () => {
    const { reader } = arabicIndex(TEXTS);
    const plan = parseQuery('القاهرة زنجبيل ').terms.map((word) => planWord(reader, word));
    expect(scoreDocuments(reader, plan, new Map()).scores.size).toBe(0);
  });
});
