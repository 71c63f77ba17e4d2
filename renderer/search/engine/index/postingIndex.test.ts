import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../../tests/bench/generate';
import { FIELD_COUNT } from './fields';
import { PostingIndex } from './postingIndex';

/** The postings as plain maps: term → field → doc → frequency. */
type Model = Map<string, Map<number, Map<number, number>>>;

function postingsOf(index: PostingIndex, term: string): [number, [number, number][]][] {
  return index.postings(term).map((list) => {
    const pairs: [number, number][] = [];
    list.forEach((doc, tf) => pairs.push([doc, tf]));
    return [list.field, pairs];
  });
}

function modelPostings(model: Model, term: string, live: (doc: number) => boolean): [number, [number, number][]][] {
  const fields = model.get(term);
  const out: [number, [number, number][]][] = [];
  for (let field = 0; field < FIELD_COUNT; field += 1) {
    const docs = [...(fields?.get(field) ?? [])].filter(([doc]) => live(doc)).sort((a, b) => a[0] - b[0]);
    if (docs.length > 0) out.push([field, docs]);
  }
  return out;
}

describe('PostingIndex', () => {
  it('holds what was added, across merges, and drops discarded documents when merging', { timeout: 30_000 }, () => {
    const random = seededRandom(11);
    const vocabulary = Array.from({ length: 300 }, (_, i) => `ك${i.toString(36)}`);
    const index = new PostingIndex();
    const model: Model = new Map();
    const discarded = new Set<number>();
    const live = (doc: number) => !discarded.has(doc);
    let doc = 0;
    for (let round = 0; round < 6; round += 1) {
      for (let n = 0; n < 150; n += 1, doc += 1) {
        const field = Math.floor(random() * FIELD_COUNT);
        const frequencies = new Map<string, number>();
        for (let k = 0; k < 12; k += 1) {
          const term = vocabulary[Math.floor(random() ** 2 * vocabulary.length)]!;
          frequencies.set(term, (frequencies.get(term) ?? 0) + 1);
        }
        index.addField(doc, field, frequencies);
        for (const [term, tf] of frequencies) {
          if (!model.has(term)) model.set(term, new Map());
          const fields = model.get(term)!;
          if (!fields.has(field)) fields.set(field, new Map());
          fields.get(field)!.set(doc, tf);
        }
        if (random() < 0.1) discarded.add(Math.floor(random() * doc));
      }
      // Before a merge, discarded documents are still in the postings (and counted).
      for (const term of vocabulary.slice(0, 40)) {
        expect(postingsOf(index, term)).toEqual(modelPostings(model, term, () => true));
        const count = modelPostings(model, term, () => true).reduce((sum, [, docs]) => sum + docs.length, 0);
        expect(index.documentFrequency(term)).toBe(count);
      }
      if (round % 2 === 1) {
        index.merge(live);
        for (const [, fields] of model) for (const docs of fields.values()) for (const d of discarded) docs.delete(d);
        expect(index.pendingPostings).toBe(0);
      }
      const found = vocabulary.map((term) => postingsOf(index, term));
      expect(found).toEqual(vocabulary.map((term) => modelPostings(model, term, () => true)));
      // Each document's frequency looked up, as the query's second words are.
      const looked = vocabulary.map((term) =>
        index.postings(term).map((list) => {
          const pairs: [number, number][] = [];
          list.forEach((d) => pairs.push([d, list.frequency(d)]));
          return [list.field, pairs, list.frequency(doc + 5)];
        }),
      );
      expect(looked).toEqual(found.map((fields) => fields.map(([field, pairs]) => [field, pairs, 0])));
      // The plain loops a sampled walk uses see what forEach sees: counted by a code per
      // document, and only the documents that are a multiple of their code's stride.
      const codes = Uint8Array.from({ length: doc + 1 }, (_, d) => (d * 7) % 3);
      const strides = Int32Array.of(1, 2, 3);
      for (const term of vocabulary) {
        for (const list of index.postings(term)) {
          const counts = new Float64Array(3);
          list.countBy(codes, counts);
          const expectedCounts = [0, 0, 0];
          const sampled: [number, number][] = [];
          list.forEach((d, tf) => {
            expectedCounts[codes[d]!]! += 1;
            if (d % strides[codes[d]!]! === 0) sampled.push([d, tf]);
          });
          expect([...counts]).toEqual(expectedCounts);
          const visited: [number, number][] = [];
          list.forEachSampled(codes, strides, (d, tf) => visited.push([d, tf]));
          expect(visited).toEqual(sampled);
          const inOrder: number[] = [];
          list.forEach((d) => inOrder.push(d));
          expect(Array.from({ length: list.count }, (_, i) => list.docAt(i))).toEqual(inOrder);
        }
      }
      const completions = index.completions('ك1').sort((a, b) => (a.term < b.term ? -1 : 1));
      const expected = [...model.keys()]
        .filter((term) => term.startsWith('ك1') && term !== 'ك1' && modelPostings(model, term, () => true).length > 0)
        .sort();
      expect(completions.map(({ term }) => term)).toEqual(expected);
      // The most frequent completions, picked without sorting them all, are the first of all of
      // them sorted (frequency, then term): terms in the base, in the delta, and in both.
      for (const prefix of ['ك', 'ك1', 'ك2', 'ك1a']) {
        const sorted = index
          .completions(prefix)
          .sort((a, b) => b.frequency - a.frequency || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0));
        for (const count of [0, 1, 5, 20, 1_000])
          expect(index.frequentCompletions(prefix, count), `${prefix} ${count}`).toEqual(sorted.slice(0, count));
      }
    }
  });

  it('forgets a term once no live document holds it', () => {
    const index = new PostingIndex();
    index.addField(0, 0, new Map([['وحيد', 1]]));
    index.addField(1, 0, new Map([['مشترك', 2]]));
    expect(index.has('وحيد')).toBe(true);
    index.merge((doc) => doc !== 0);
    expect(index.has('وحيد')).toBe(false);
    expect(index.postings('وحيد')).toEqual([]);
    expect(index.dictionary.size).toBe(1);
    expect(index.documentFrequency('مشترك')).toBe(1);
  });
});
