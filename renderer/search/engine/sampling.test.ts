import { describe, expect, it } from 'vitest';
import { DocumentTable, type DocKind } from './documents';
import { TEXT_FIELD } from './index/fields';
import { PostingIndex } from './index/postingIndex';
import { MAX_SCORED_DOCUMENTS, samplingStrides } from './sampling';

/**
 * One word in every document: `kindAt(i)` says what the i-th is. The first half is merged into
 * the base and the rest left in the delta, so the postings span both.
 */
function library(count: number, kindAt: (i: number) => DocKind) {
  const index = new PostingIndex();
  const documents = new DocumentTable();
  const words = new Map([['كلمة', 1]]);
  for (let i = 0; i < count; i += 1) {
    if (i === count >> 1) index.merge(documents.isLive);
    index.addField(documents.add(kindAt(i), 'a', 0, [1]), TEXT_FIELD, words);
  }
  const lists = index.postings('كلمة');
  return samplingStrides(documents, index.documentFrequency('كلمة'), lists);
}

/** `notes` notes among blocks, each at a fourth place: in step with an even sample of every fourth posting. */
const notesAmongBlocks = (blocks: number, notes: number) =>
  library(blocks + notes, (i) => (i % 4 === 0 && i / 4 < notes ? 'note' : 'block'));

// The word is in some 65,000 documents or more: more than are counted one by one, so the groups are estimated first.
describe('samplingStrides on a word in tens of thousands of documents', { timeout: 60_000 }, () => {
  // Each count gives other postings and another sample: an estimate alone would put some of
  // these on the wrong side of the line.
  const NEAR = Array.from({ length: 20 }, (_, i) => i + 1);

  it('never thins a group that holds no more than its share, however its documents fall', () => {
    for (const below of NEAR) {
      const strides = notesAmongBlocks(62_000, MAX_SCORED_DOCUMENTS + 1 - below);
      expect(strides.note, `${below}`).toBe(1);
      expect(strides.highlight).toBe(1);
      expect(strides.block).toBe(Math.ceil((62_001 + MAX_SCORED_DOCUMENTS - below) / MAX_SCORED_DOCUMENTS));
    }
  });

  it('thins a group just over its share by its true count', () => {
    for (const above of NEAR) expect(notesAmongBlocks(62_000, MAX_SCORED_DOCUMENTS + above).note, `${above}`).toBe(2);
  });

  it('leaves a few notes among many blocks whole', () => {
    expect(notesAmongBlocks(80_000, 30)).toMatchObject({ highlight: 1, note: 1 });
  });

  it('thins a group far over its share about as its true count would', () => {
    const strides = library(100_000, (i) => (i % 5 === 0 ? 'highlight' : 'block'));
    const exact = Math.ceil(20_000 / MAX_SCORED_DOCUMENTS); // 7
    expect(strides.highlight).toBeGreaterThanOrEqual(exact - 1);
    expect(strides.highlight).toBeLessThanOrEqual(exact + 1);
    expect(strides.note).toBe(1);
    // The same postings, the same answer.
    expect(library(100_000, (i) => (i % 5 === 0 ? 'highlight' : 'block'))).toEqual(strides);
  });
});
