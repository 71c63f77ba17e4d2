// @vitest-environment jsdom
// The frame build's lazy article text in Readability's parse() (electron/build/readabilityText.ts),
// applied to the installed Readability and run in jsdom: the same article, the same text and
// length when asked for, and the article's text not read when nobody asks.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lazyArticleText, LAZY_TEXT_FIELDS, TEXT_FIELDS, TEXT_READ } from '../../electron/build/readabilityText';
import {
  installedReadability as installed,
  loadReadability as load,
  SAMPLE_ARTICLE as ARTICLE,
  type ReadabilityClass,
} from './readabilityModule';

/** Parses ARTICLE; how many times the extracted article's text was read by the end of parse(), and the result. */
function parseCountingTextReads(Readability: ReadabilityClass) {
  const doc = new DOMParser().parseFromString(ARTICLE, 'text/html');
  const reads = vi.spyOn(Node.prototype, 'textContent', 'get');
  const result = new Readability(doc, { serializer: (node) => node }).parse()!;
  const content = result.content as Element;
  const articleReads = reads.mock.contexts.filter((node) => node === content).length;
  reads.mockRestore();
  return { result, content, articleReads };
}

afterEach(() => vi.restoreAllMocks());

describe('lazyArticleText', () => {
  it('finds the lines in the installed Readability and makes the two fields getters', () => {
    const patched = lazyArticleText(installed);
    expect(patched).not.toContain(TEXT_READ);
    expect(patched).not.toContain(TEXT_FIELDS);
    expect(patched).toContain(LAZY_TEXT_FIELDS);
  });

  it('stops the build when a line is missing or not alone', () => {
    expect(() => lazyArticleText(installed.replace(TEXT_READ, ''))).toThrow(/exactly once/);
    expect(() => lazyArticleText(installed.replace(TEXT_FIELDS, ''))).toThrow(/exactly once/);
    expect(() => lazyArticleText(`${installed}\n${TEXT_FIELDS}`)).toThrow(/exactly once/);
  });

  it("extracts the same article and, asked, the same text and length, without reading the article's text in parse()", () => {
    const before = parseCountingTextReads(load(installed));
    const after = parseCountingTextReads(load(lazyArticleText(installed)));
    expect(before.articleReads).toBeGreaterThan(0);
    expect(after.articleReads).toBe(before.articleReads - 1);
    expect(after.content.outerHTML).toBe(before.content.outerHTML);
    expect(after.result.textContent).toBe(before.result.textContent);
    expect(after.result.length).toBe(before.result.length);
    expect(after.result.length).toBeGreaterThan(500);
  });
});
