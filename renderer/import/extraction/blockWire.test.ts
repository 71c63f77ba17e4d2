import { describe, expect, it } from 'vitest';
import type { Block } from '../../article/types';
import { articleDocSchema } from '../../db/articleDocSchema';
import { decodeBlocks, encodeBlocks, type WireBlocks } from './blockWire';
import { answerMessage, readAnswer } from './protocol';

const BLOCKS: Block[] = [
  { kind: 'heading', level: 2, text: 'عنوان القسم', dir: 'auto' },
  {
    kind: 'paragraph',
    text: 'نص فيه رابط وكلمة مهمة.',
    dir: 'auto',
    marks: [
      { type: 'link', start: 7, end: 11, href: 'https://example.org/a' },
      { type: 'strong', start: 12, end: 16 },
    ],
  },
  { kind: 'quote', text: 'A quotation', dir: 'ltr' },
  { kind: 'listItem', ordered: true, depth: 1, text: 'second level', marks: [{ type: 'code', start: 0, end: 6 }] },
  { kind: 'preformatted', text: 'let x = 1;\n  x += 1;' },
  { kind: 'image', src: 'hamish-image:abc', alt: 'صورة', text: 'A caption', dir: 'rtl' },
  { kind: 'rule', text: '' },
  { kind: 'paragraph', text: '', marks: [] },
];

function mutated(wire: WireBlocks, index: number, value: number): WireBlocks {
  const layout = wire.layout.slice();
  layout[index] = value;
  return { ...wire, layout };
}

describe('blockWire', () => {
  it('gives back the same blocks, each a valid block of the article model', () => {
    const decoded = decodeBlocks(encodeBlocks(BLOCKS));
    // An empty mark list is not sent: the block comes back without one.
    expect(decoded).toEqual([...BLOCKS.slice(0, -1), { kind: 'paragraph', text: '' }]);
    expect(articleDocSchema.safeParse({ extractionVersion: 2, lang: 'ar', dir: 'rtl', blocks: decoded }).success).toBe(
      true,
    );
  });

  it('refuses whatever does not describe well-formed blocks', () => {
    const wire = encodeBlocks(BLOCKS);
    // Block 0's fields: kind, dir, length, level, -, mark count. Block 1's marks start at 12.
    expect(decodeBlocks(mutated(wire, 0, 9))).toBeNull(); // no such kind
    expect(decodeBlocks(mutated(wire, 1, 4))).toBeNull(); // no such direction
    expect(decodeBlocks(mutated(wire, 3, 7))).toBeNull(); // heading level 7
    expect(decodeBlocks(mutated(wire, 2, -1))).toBeNull(); // negative length
    expect(decodeBlocks(mutated(wire, 2, 10_000))).toBeNull(); // past the text
    expect(decodeBlocks(mutated(wire, 2, 3))).toBeNull(); // lengths no longer add up to the text
    expect(decodeBlocks(mutated(wire, 5, 3))).toBeNull(); // marks that are not there
    expect(decodeBlocks(mutated(wire, 12 + 2, 99))).toBeNull(); // a mark ending past its block
    expect(decodeBlocks(mutated(wire, 12 + 1, 12))).toBeNull(); // a mark ending before it starts
    expect(decodeBlocks(mutated(wire, 12 + 3, 50))).toBeNull(); // an address that is not there
    expect(decodeBlocks({ ...wire, layout: wire.layout.slice(0, 4) })).toBeNull(); // cut short
    expect(decodeBlocks({ ...wire, text: `${wire.text}more` })).toBeNull(); // text left over
  });

  it('is what the frame sends and what the app reads back from it', () => {
    const converted = {
      title: 'T',
      doc: { extractionVersion: 2, lang: 'ar', dir: 'rtl' as const, blocks: BLOCKS.slice(0, 3) },
      byline: null,
      siteName: null,
      publishedAt: null,
    };
    const { message, transfer } = answerMessage(7, { ok: true, value: converted });
    expect(transfer).toHaveLength(1);
    // Copied as postMessage would copy it.
    const received: unknown = structuredClone(message);
    expect(readAnswer(received, 7)).toEqual({ ok: true, value: converted });
    expect(readAnswer(received, 8)).toBeNull();
    const broken = structuredClone(message) as { result: { value: { doc: { blocks: WireBlocks } } } };
    broken.result.value.doc.blocks = mutated(broken.result.value.doc.blocks, 0, 42);
    expect(readAnswer(broken, 7)).toMatchObject({ ok: false, error: 'failed' });
  });

  it("carries the decoder's refusals back, and nothing it does not know", () => {
    for (const error of ['binary', 'undecodable', 'empty', 'nothing-readable'] as const) {
      const { message } = answerMessage(3, { ok: false, error });
      expect(readAnswer(structuredClone(message), 3)).toEqual({ ok: false, error });
    }
    expect(readAnswer({ type: 'answer', id: 3, result: { ok: false, error: 'too-large' } }, 3)).toBeNull();
  });
});
