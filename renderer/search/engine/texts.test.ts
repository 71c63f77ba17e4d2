import { describe, expect, it } from 'vitest';
import { blockStartOffsets } from '../../article/canonicalText';
import type { Block } from '../../article/types';
import { MemoryTextSource } from '../../../tests/support/search/memoryTextSource';
import { docOf } from '../../../tests/support/search/rows';
import type { DocRef } from './docIds';
import { TextCache } from './texts';

/** Articles of `blocks` blocks, each block 50 characters and its own. */
function library(articles: number, blocks: number): MemoryTextSource {
  return new MemoryTextSource({
    articles: Array.from({ length: articles }, (_, a) => ({
      row: { id: `a${a}` },
      doc: docOf(...Array.from({ length: blocks }, (_, b) => `مقالة ${a} فقرة ${b} `.padEnd(50, 'ـ'))),
    })),
    highlights: [],
    notes: [],
  });
}

const block = (article: number, index: number): DocRef => ({ kind: 'block', articleId: `a${article}`, block: index });
const live = () => true;

describe('TextCache', () => {
  it('gives a block its text and where it starts in the article', async () => {
    const source = library(1, 5);
    const texts = await new TextCache().fetch([block(0, 3)], source, live);
    const blocks = source.blocks.get('a0')! as readonly Block[];
    expect(texts.text(block(0, 3))).toBe(blocks[3]!.text);
    expect(texts.blockStart(block(0, 3))).toBe(blockStartOffsets({ blocks })[3]);
    expect(texts.blockStart(block(0, 3))).toBeGreaterThan(0);
  });

  it('keeps the blocks results showed when whole articles would not fit, so asking again reads nothing', async () => {
    // 20 articles of 100 blocks: 100,000 characters, where the cache keeps 3,000 of blocks and
    // 6,000 of bodies (a little more than one article).
    const source = library(20, 100);
    const cache = new TextCache(3_000, 6_000);
    const refs = Array.from({ length: 20 }, (_, a) => block(a, (a * 7) % 100));
    await cache.fetch(refs, source, live);
    expect(source.requests.articles).toBe(1);
    const again = await cache.fetch(refs, source, live);
    expect(source.requests.articles).toBe(1); // nothing read the second time
    for (const ref of refs) expect(again.text(ref)).toMatch(/^مقالة/u);
  });

  it('serves another block of an article just read from its body, and reads it again once forgotten', async () => {
    const source = library(2, 10);
    const cache = new TextCache();
    await cache.fetch([block(0, 1)], source, live);
    const other = await cache.fetch([block(0, 8)], source, live);
    expect(source.requests.articles).toBe(1);
    expect(other.text(block(0, 8))).toBe((source.blocks.get('a0')! as readonly Block[])[8]!.text);
    cache.forget(block(0, 0)); // the article changed: every block of it goes
    await cache.fetch([block(0, 1)], source, live);
    expect(source.requests.articles).toBe(2);
  });

  it('keeps the bodies the engine just indexed', async () => {
    const source = library(1, 4);
    const cache = new TextCache();
    cache.remember(block(0, 0), source.blocks.get('a0')!);
    const texts = await cache.fetch([block(0, 2)], source, live);
    expect(source.requests.articles).toBe(0);
    expect(texts.blockStart(block(0, 2))).toBe(blockStartOffsets({ blocks: source.blocks.get('a0')! })[2]);
  });

  it('keeps nothing of an article deleted while it was being read', async () => {
    const source = library(1, 3);
    const cache = new TextCache();
    const texts = await cache.fetch([block(0, 1)], source, () => false);
    expect(texts.text(block(0, 1))).toBeUndefined();
    await cache.fetch([block(0, 1)], source, live);
    expect(source.requests.articles).toBe(2);
  });
});
