import { describe, expect, it } from 'vitest';
import { ScoredDocuments } from './scoredDocuments';

const entries = (scores: ScoredDocuments) => {
  const out: [number, number][] = [];
  scores.forEach((score, doc) => out.push([doc, score]));
  return out;
};

describe('ScoredDocuments', () => {
  it('sums the first word in the order documents came, as a Map would', () => {
    const scores = new ScoredDocuments(10);
    scores.add(7, 0.5);
    scores.add(2, 1);
    scores.add(7, 0.25);
    expect(entries(scores)).toEqual([
      [7, 0.75],
      [2, 1],
    ]);
    expect([...scores.keys()]).toEqual([7, 2]);
    expect(scores.size).toBe(2);
    expect(scores.get(7)).toBe(0.75);
    expect(scores.get(3)).toBeUndefined();
    expect(scores.has(2)).toBe(true);
    expect(scores.has(3)).toBe(false);
  });

  it('keeps, after a further word, only the documents it reached, in the order it reached them, each with its score added', () => {
    const scores = new ScoredDocuments(10);
    for (const doc of [1, 4, 6, 9]) scores.add(doc, doc);
    scores.beginWord();
    scores.addExtra(6, 0.5);
    scores.addExtra(3, 100); // not scored by the first word: left out
    scores.addExtra(1, 0.25);
    scores.addExtra(6, 0.5);
    scores.endWord();
    expect(entries(scores)).toEqual([
      [6, 7],
      [1, 1.25],
    ]);
    expect(scores.has(4)).toBe(false);
    expect(scores.get(9)).toBeUndefined();
    // And again: a document dropped by one word stays dropped.
    scores.beginWord();
    scores.addExtra(4, 1);
    scores.addExtra(1, 1);
    scores.endWord();
    expect(entries(scores)).toEqual([[1, 2.25]]);
  });

  it('keeps nothing when a further word reaches none of the documents', () => {
    const scores = new ScoredDocuments(4);
    scores.add(0, 1);
    scores.beginWord();
    scores.endWord();
    expect(scores.size).toBe(0);
    expect(scores.has(0)).toBe(false);
  });

  it('forgets every score on reset, and grows for documents added since', () => {
    const scores = new ScoredDocuments(4);
    for (const doc of [3, 1]) scores.add(doc, 1);
    scores.beginWord();
    scores.addExtra(3, 1);
    scores.endWord();
    scores.reset(4);
    expect(scores.size).toBe(0);
    expect(scores.has(3)).toBe(false);
    expect(scores.has(1)).toBe(false);
    scores.add(1, 2);
    expect(entries(scores)).toEqual([[1, 2]]);
    // A library that grew: a document numbered past the old table is scored as any other.
    scores.reset(10);
    expect(scores.has(1)).toBe(false);
    scores.add(9, 0.5);
    scores.add(2, 1);
    expect(entries(scores)).toEqual([
      [9, 0.5],
      [2, 1],
    ]);
  });
});
