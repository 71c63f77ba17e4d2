// @vitest-environment jsdom
// The hostile corpus through the conversion alone (the browser test imports and renders it):
// whatever each document tries, the blocks hold only text, safe links and image addresses
// the image stage may fetch, and no trace of the payloads' code.

import { describe, expect, it } from 'vitest';
import { convertHtml } from './convert';

const FILES = import.meta.glob<string>('../../tests/fixtures/hostile/*.html', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const CORPUS = Object.keys(FILES)
  .map((file) => file.split('/').pop()!)
  .sort();
const source = (name: string) => FILES[`../../tests/fixtures/hostile/${name}`]!;

describe('hostile corpus', () => {
  it('has at least 50 documents', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(50);
  });

  it.each(CORPUS)(
    '%s converts to inert blocks',
    (name) => {
      const html = source(name);
      for (const pageUrl of [null, 'https://news.example/a/story.html']) {
        const result = convertHtml(html, { pageUrl, fileName: name });
        expect(result.ok, name).toBe(true);
        if (!result.ok) continue;
        const { blocks } = result.value.doc;
        expect(
          blocks.some((block) => block.text.includes('آمن')),
          'the safe text survives',
        ).toBe(true);
        for (const block of blocks) {
          expect(block.text).not.toMatch(/HAMISH-PWNED|__hamishPwned|javascript:/i);
          if (block.kind === 'image')
            expect(block.src).toMatch(/^(https?:\/\/|data:image\/(png|jpe?g|gif|webp|avif);base64,)/);
          for (const mark of block.marks ?? [])
            if (mark.href !== undefined) expect(mark.href).toMatch(/^(https?|mailto):/);
        }
        if (pageUrl === null)
          expect(
            blocks.filter(
              (block) =>
                block.kind === 'image' &&
                !block.src.startsWith('data:') &&
                !block.src.startsWith('https://evil.example/') &&
                !block.src.startsWith('http://127.0.0.1:9/'),
            ),
          ).toEqual([]);
      }
      // jsdom parses the 3,000-deep document slowly (Chromium caps nesting and is quick).
    },
    60_000,
  );
});
