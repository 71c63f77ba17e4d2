import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { indexTerms } from '../../text/analyzer/analyze';
import { parseQuery } from '../../text/analyzer/query';
import { DocumentTable } from './documents';
import { MAX_SCORED_DOCUMENTS, matchedTerms, planWord, scoreDocuments } from './executeQuery';
import { TEXT_FIELD } from './index/fields';
import { PostingIndex } from './index/postingIndex';

/** Texts as note documents numbered 0, 1, …; merged into the base when `merged`, else left in the delta. */
function arabicIndex(texts: readonly string[], merged = false, kind: 'note' | 'block' | 'highlight' = 'note') {
  const index = new PostingIndex();
  const documents = new DocumentTable();
  for (const text of texts) {
    const frequencies = new Map<string, number>();
    for (const term of indexTerms(text)) frequencies.set(term, (frequencies.get(term) ?? 0) + 1);
    const doc = documents.add(kind, 'a', 0, [frequencies.size]);
    index.addField(doc, TEXT_FIELD, frequencies);
  }
  if (merged) index.merge(documents.isLive);
  const found = (query: string) => {
    const plan = parseQuery(query).terms.map((word) => planWord(index, word));
    return [...scoreDocuments(index, documents, plan, []).scores.keys()].sort((a, b) => a - b);
  };
  return { index, documents, found };
}

const TEXTS = [
  'زرت المكتبات العامة في القاهرة',
  'مكتبة الإسكندرية على البحر',
  'في القاهرة مكتبة واحدة قديمة',
  'البحر هادئ اليوم',
  'المكتبة مغلقة',
];

describe.each([
  ['in the delta', false],
  ['merged into the base', true],
])('executeQuery over postings %s', (_, merged) => {
  it('matches a word by its form, its stem keys, and while typed, the words it begins', () => {
    const { found } = arabicIndex(TEXTS, merged);
    expect(found('مكتبة ')).toEqual([0, 1, 2, 4]);
    expect(found('البح')).toEqual([1, 3]);
    expect(found('البح ')).toEqual([]);
  });

  it('requires every word, whichever order they come in, as MiniSearch AND does', () => {
    const { found } = arabicIndex(TEXTS, merged);
    const miniSearch = new MiniSearch<{ id: number; text: string }>({
      fields: ['text'],
      tokenize: (text) => indexTerms(text),
      processTerm: (term) => term,
    });
    miniSearch.addAll(TEXTS.map((text, id) => ({ id, text })));
    for (const query of ['القاهرة مكتبة ', 'مكتبة القاهرة ', 'البحر مكتبة ', 'في البحر ']) {
      const words = parseQuery(query).terms;
      const expected = miniSearch
        .search(
          {
            combineWith: 'AND',
            queries: words.map((word) => ({ combineWith: 'OR', queries: [word.term, ...word.stemKeys] })),
          },
          { tokenize: (text) => [text], processTerm: (term) => term },
        )
        .map((result) => result.id as number)
        .sort((a, b) => a - b);
      expect(found(query), query).toEqual(expected);
    }
  });

  it('matches a word with ة only with the feminine forms of its stem, one with ات or none with all', () => {
    const { found } = arabicIndex(['مكتب المحامي', 'مكتبة الحي', 'المكتبات العامة', 'في مكتبه'], merged);
    // مكتبه may be "his office" or مكتبة written without the dots of its ة: both find it.
    expect(found('مكتبة ')).toEqual([1, 2, 3]);
    // ات is the plural of many masculine nouns too (مطار/مطارات): المكتبات finds مكتب.
    expect(found('المكتبات ')).toEqual([0, 1, 2, 3]);
    expect(found('مكتب ')).toEqual([0, 1, 2, 3]);
  });

  it('scores the exact form above a shared stem', () => {
    const { index, documents } = arabicIndex(['مكتبة صغيرة', 'المكتبات الكبيرة'], merged);
    const plan = parseQuery('المكتبات ').terms.map((word) => planWord(index, word));
    const { scores } = scoreDocuments(index, documents, plan, []);
    expect(scores.get(1)!).toBeGreaterThan(scores.get(0)!);
  });

  it('names the index terms a document matched, for marking', () => {
    const { index } = arabicIndex(TEXTS, merged);
    const plan = parseQuery('المكتبات ').terms.map((word) => planWord(index, word));
    expect(matchedTerms(index, plan, 0).sort()).toEqual(['المكتبات', 'f~مكتب'].sort());
    expect(matchedTerms(index, plan, 1)).toEqual(['f~مكتب']);
  });

  // Indexes a few thousand documents: ample time for a machine three times slower than a busy one.
  it('scores an even sample of each group when even the rarest word is everywhere', { timeout: 60_000 }, () => {
    const texts = Array.from({ length: MAX_SCORED_DOCUMENTS * 2 + 10 }, (_, i) => `في النص رقم ${i}`);
    const plan = (index: PostingIndex) => parseQuery('في').terms.map((word) => planWord(index, word));
    for (const kind of ['block', 'note', 'highlight'] as const) {
      const { index, documents } = arabicIndex(texts, merged, kind);
      const { scores, strides } = scoreDocuments(index, documents, plan(index), []);
      expect(strides[kind], kind).toBe(3);
      expect(scores.size, kind).toBeLessThanOrEqual(MAX_SCORED_DOCUMENTS);
      expect(scores.size * 3, kind).toBeGreaterThan(texts.length - 3);
      expect([...scores.keys()].every((doc) => doc % 3 === 0)).toBe(true);
    }
  });

  it('samples a group only when the rarest word is in more than its share of that group', { timeout: 60_000 }, () => {
    // Thousands of matching blocks, then a few notes: the blocks are sampled, the notes all scored.
    const blocks = Array.from({ length: MAX_SCORED_DOCUMENTS * 2 + 10 }, (_, i) => `في النص رقم ${i}`);
    const { index, documents } = arabicIndex(blocks, merged, 'block');
    const notes: number[] = [];
    for (let i = 0; i < 50; i += 1) {
      const doc = documents.add('note', 'a', 0, [2]);
      index.addField(
        doc,
        TEXT_FIELD,
        new Map([
          ['في', 1],
          [`ملاحظه${i}`, 1],
        ]),
      );
      notes.push(doc);
    }
    const plan = parseQuery('في').terms.map((word) => planWord(index, word));
    const { scores, strides } = scoreDocuments(index, documents, plan, []);
    expect(strides).toEqual({ block: 3, highlight: 1, note: 1 });
    expect(notes.every((doc) => scores.has(doc))).toBe(true);
  });

  it('samples nothing when the rarest word is in few documents, however common the others', () => {
    const texts = Array.from({ length: MAX_SCORED_DOCUMENTS + 100 }, (_, i) =>
      i % 7 === 0 ? `في نادر ${i}` : `في ${i}`,
    );
    const { index, documents } = arabicIndex(texts, merged, 'highlight');
    const plan = parseQuery('في نادر ').terms.map((word) => planWord(index, word));
    const { scores, strides } = scoreDocuments(index, documents, plan, []);
    expect(strides).toEqual({ block: 1, highlight: 1, note: 1 });
    expect(scores.size).toBe(Math.ceil(texts.length / 7));
  });

  it('finds nothing when a word is not in the index at all', () => {
    const { found } = arabicIndex(TEXTS, merged);
    expect(found('القاهرة زنجبيل ')).toEqual([]);
  });

  it('skips discarded documents until the merge drops them', () => {
    const { index, documents, found } = arabicIndex(TEXTS, merged);
    documents.discard(2);
    expect(found('القاهرة ')).toEqual([0]);
    index.merge(documents.isLive);
    documents.merged();
    expect(found('القاهرة ')).toEqual([0]);
    expect(index.documentFrequency('القاهره')).toBe(1);
  });
});
