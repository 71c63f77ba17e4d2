// IndexInternals reads MiniSearch's private fields: these tests hold it to what MiniSearch's own
// public search() says, so an upgrade that changes MiniSearch's insides fails here.

import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { IndexInternals } from './indexInternals';

function sample() {
  const index = new MiniSearch<unknown>({ fields: ['text', 'title'], storeFields: ['title'] });
  index.addAll([
    { id: 'a', text: 'book books bookshop', title: 'shelf' },
    { id: 'b', text: 'book reader' },
    { id: 'c', title: 'book' },
    { id: 'd', text: 'boat' },
  ]);
  return index;
}

describe('IndexInternals', () => {
  it('sees the documents MiniSearch finds for a term, in every field', () => {
    const index = sample();
    const reader = new IndexInternals(index);
    for (const term of ['book', 'books', 'boat', 'shelf', 'reader']) {
      const found = index
        .search(term)
        .map((result) => result.id as string)
        .sort();
      const read = [...(reader.postings(term)?.values() ?? [])]
        .flatMap((documents) => [...documents.keys()])
        .map((shortId) => reader.documentId(shortId)!);
      expect([...new Set(read)].sort(), term).toEqual(found);
    }
    expect(reader.documentFrequency('book')).toBe(3);
    expect(reader.documentFrequency('nothing')).toBe(0);
  });

  it('completes a prefix with the terms MiniSearch matches by prefix', () => {
    const index = sample();
    const reader = new IndexInternals(index);
    const matchedByPrefix = new Set(index.search('boo', { prefix: true }).flatMap((result) => result.terms));
    expect(new Set(reader.expansions('boo', 100).map(({ term }) => term))).toEqual(matchedByPrefix);
    expect(reader.expansions('book', 100)).toEqual(
      expect.arrayContaining([
        { term: 'books', frequency: 1 },
        { term: 'bookshop', frequency: 1 },
      ]),
    );
    expect(reader.expansions('zzz', 100)).toEqual([]);
    expect(reader.expansions('b', 2)).toHaveLength(2);
  });

  it('maps ids both ways, reads field lengths and stored fields, and notices discarded documents', () => {
    const index = sample();
    const reader = new IndexInternals(index);
    const shortId = reader.shortIdOf('a')!;
    expect(reader.documentId(shortId)).toBe('a');
    expect(reader.storedFields(shortId)).toEqual({ title: 'shelf' });
    expect(reader.fieldLength(shortId, reader.fieldId('text')!)).toBe(3);
    expect(reader.averageFieldLength(reader.fieldId('text')!)).toBeGreaterThan(0);
    expect(reader.documentCount).toBe(4);
    const seen: string[] = [];
    reader.forEachDocument((_, id) => seen.push(id));
    expect(seen.sort()).toEqual(['a', 'b', 'c', 'd']);

    expect(reader.hasDiscarded).toBe(false);
    index.discard('a');
    expect(reader.hasDiscarded).toBe(true);
    expect(reader.documentId(shortId)).toBeUndefined();
    expect(reader.shortIdOf('a')).toBeUndefined();
  });

  it('writes out what toJSON() gives, and reads it back to the same index', () => {
    const index = sample();
    const internals = new IndexInternals(index);
    const { index: terms, ...header } = index.toJSON();
    expect(internals.header()).toEqual(header);
    const read = [...internals.terms()].map(([term, postings]) => [
      term,
      Object.fromEntries([...postings].map(([fieldId, documents]) => [String(fieldId), Object.fromEntries(documents)])),
    ]);
    expect(read).toEqual(terms);

    const options = { fields: ['text', 'title'], storeFields: ['title'] };
    const restored = MiniSearch.loadJS({ ...internals.header(), index: [] }, options);
    const restoredInternals = new IndexInternals(restored);
    for (const [term, postings] of internals.terms()) restoredInternals.setPostings(term, postings);
    const results = (of: MiniSearch<unknown>, query: string) =>
      of
        .search(query, { prefix: true })
        .map(({ id, score, terms }) => ({ id, score: score.toFixed(9), terms: [...terms].sort() }));
    for (const query of ['book', 'boat', 'shelf', 'bo'])
      expect(results(restored, query)).toEqual(results(index, query));
  });

  it('refuses an object that is not a MiniSearch index it knows', () => {
    expect(() => new IndexInternals({} as MiniSearch<unknown>)).toThrow(/does not keep its index/);
  });
});

describe('IndexInternals.termsWithinOneEdit', () => {
  it('agrees with MiniSearch’s own fuzzy search at distance 1, with document frequencies', () => {
    const index = new MiniSearch<{ id: string; text: string }>({ fields: ['text'] });
    index.addAll([
      { id: '1', text: 'tokyo kyoto' },
      { id: '2', text: 'tokyo tokio' },
      { id: '3', text: 'toky' },
    ]);
    const internals = new IndexInternals(index);
    const found = internals.termsWithinOneEdit('tokyo').sort((a, b) => a.term.localeCompare(b.term));
    expect(found).toEqual([
      { term: 'tokio', frequency: 1 },
      { term: 'toky', frequency: 1 },
    ]);
    const public_ = index.search('tokyo', { fuzzy: 1 }).map((result) => result.id);
    expect(public_.sort()).toEqual(['1', '2', '3']);
  });
});
