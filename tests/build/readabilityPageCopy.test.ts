// @vitest-environment jsdom
// The frame build's copy of the page in Readability (electron/build/readabilityPageCopy.ts),
// applied to the installed Readability and run in jsdom: the same articles from random pages,
// those put back and tried again included, and the page serialized only when an attempt fails.
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  copyPageNodes,
  PAGE_CACHE,
  PAGE_COPY,
  PAGE_RESTORE,
  PAGE_RESTORE_FROM_COPY,
} from '../../electron/build/readabilityPageCopy';
import { expectSameArticles, parseHtml } from './randomArticlePages';
import { installedReadability as installed, loadReadability as load, SAMPLE_ARTICLE } from './readabilityModule';

const original = load(installed);
const edited = load(copyPageNodes(installed));

afterEach(() => vi.restoreAllMocks());

describe('copyPageNodes', () => {
  it('finds both lines in the installed Readability and stops the build when one is missing or doubled', () => {
    const patched = copyPageNodes(installed);
    expect(patched).toContain(PAGE_COPY);
    expect(patched).toContain(PAGE_RESTORE_FROM_COPY);
    for (const line of [PAGE_CACHE, PAGE_RESTORE]) {
      expect(patched).not.toContain(line);
      expect(() => copyPageNodes(installed.replace(line, ''))).toThrow(/exactly once/);
      expect(() => copyPageNodes(`${installed}\n${line}`)).toThrow(/exactly once/);
    }
  });

  it('extracts the same article from 200 random pages, those tried again after too little text included', () => {
    expect(expectSameArticles(original, edited, 4242, 200).retried).toBeGreaterThan(30);
  }, 60_000);

  it("serializes the page's body only when an attempt finds too little", () => {
    function bodySerializations(Readability: typeof original, html: string): number {
      const doc = parseHtml(html);
      const serialized = vi.spyOn(Element.prototype, 'innerHTML', 'get');
      new Readability(doc).parse();
      const count = serialized.mock.contexts.filter((element) => (element as Element).localName === 'body').length;
      serialized.mockRestore();
      return count;
    }
    // Readability itself serializes it once, before the first attempt.
    expect(bodySerializations(original, SAMPLE_ARTICLE)).toBe(1);
    expect(bodySerializations(edited, SAMPLE_ARTICLE)).toBe(0);
    // A page too short for an article: each failed attempt puts the page back from the copy.
    const short = '<!doctype html><html><body><p>Too short to be an article.</p></body></html>';
    expect(bodySerializations(original, short)).toBe(1);
    expect(bodySerializations(edited, short)).toBeGreaterThan(1);
  });
});
