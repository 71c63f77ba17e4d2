// docContentHash against contentHash of the canonical text, on random articles: Arabic, Latin,
// three- and four-byte characters, lone surrogates at block edges, empty blocks, and blocks long
// and wide enough to make the buffer grow.
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../shared/seededRandom';
import { canonicalText } from './canonicalText';
import { contentHash, docContentHash } from './contentHash';
import type { Block } from './types';

const PIECES = ['كتب', 'المدينة', 'Reuters', ' ', '\n', '٢٠٢٦', '中文', '😀', '\ud800', '\udc00', 'é', '', '\u00a0'];

function randomBlocks(random: () => number): Block[] {
  return Array.from({ length: Math.floor(random() * 8) }, () => {
    let text = '';
    const count = Math.floor(random() * (random() < 0.1 ? 400 : 12));
    for (let k = 0; k < count; k += 1) text += PIECES[Math.floor(random() * PIECES.length)]!;
    return { kind: 'paragraph', text };
  });
}

describe('docContentHash', () => {
  it('is the hash of the canonical text, for 500 random articles', async () => {
    const random = seededRandom(2612);
    for (let i = 0; i < 500; i += 1) {
      const doc = { blocks: randomBlocks(random) };
      expect(await docContentHash(doc), JSON.stringify(doc)).toBe(await contentHash(canonicalText(doc)));
    }
  });

  it('hashes an article of only wide characters, which outgrow two bytes a character', async () => {
    const doc = {
      blocks: [
        { kind: 'paragraph', text: '中文'.repeat(5000) },
        { kind: 'quote', text: '😀'.repeat(3000) },
        { kind: 'rule', text: '' },
      ] satisfies Block[],
    };
    expect(await docContentHash(doc)).toBe(await contentHash(canonicalText(doc)));
  });

  it('gives an article without blocks the hash of empty text', async () => {
    expect(await docContentHash({ blocks: [] })).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
  });
});
