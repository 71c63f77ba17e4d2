// @vitest-environment jsdom
// The frame build's visibility check in Readability (electron/build/readabilityVisibility.ts),
// applied to the installed Readability and run in jsdom: the same answer for every element of
// random pages, styled or not, the same articles, and inline styles read only where there are some.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { seededRandom } from '../../renderer/shared/seededRandom';
import { STYLE_READS, STYLE_READS_IF_STYLED, styleReadsIfStyled } from '../../electron/build/readabilityVisibility';
import { expectSameArticles, parseHtml, randomArticlePage } from './randomArticlePages';
import { installedReadability as installed, loadReadability as load } from './readabilityModule';

interface Visibility {
  _isProbablyVisible(node: Element): boolean;
}

const original = load(installed);
const edited = load(styleReadsIfStyled(installed));

afterEach(() => vi.restoreAllMocks());

describe('styleReadsIfStyled', () => {
  it('finds the style reads in the installed Readability and stops the build when they are missing or doubled', () => {
    const patched = styleReadsIfStyled(installed);
    expect(patched).not.toContain(STYLE_READS);
    expect(patched).toContain(STYLE_READS_IF_STYLED);
    expect(() => styleReadsIfStyled(installed.replace(STYLE_READS, ''))).toThrow(/exactly once/);
    expect(() => styleReadsIfStyled(`${installed}\n${STYLE_READS}`)).toThrow(/exactly once/);
  });

  it('gives every element of 200 random pages the same answer, hidden ones among them', () => {
    const random = seededRandom(31);
    const answers = { visible: 0, hidden: 0, styledHidden: 0 };
    for (let i = 0; i < 200; i += 1) {
      const html = randomArticlePage(random);
      const [before, after] = [parseHtml(html), parseHtml(html)];
      const readers = [new original(before), new edited(after)] as unknown as Visibility[];
      const [elementsBefore, elementsAfter] = [before, after].map((doc) => [...doc.querySelectorAll('*')]);
      elementsBefore!.forEach((element, k) => {
        const expected = readers[0]!._isProbablyVisible(element);
        expect(readers[1]!._isProbablyVisible(elementsAfter![k]!), element.outerHTML).toBe(expected);
        answers[expected ? 'visible' : 'hidden'] += 1;
        if (!expected && element.hasAttribute('style')) answers.styledHidden += 1;
      });
    }
    expect(answers.visible).toBeGreaterThan(1000);
    expect(answers.hidden).toBeGreaterThan(50);
    expect(answers.styledHidden).toBeGreaterThan(10);
  }, 60_000);

  it('extracts the same article from 200 random pages', () => {
    expect(expectSameArticles(original, edited, 2026, 200).long).toBeGreaterThan(30);
  }, 60_000);

  it('reads the inline style of styled elements only', () => {
    const html = '<body><p>plain</p><p style="color:red">styled</p><div>plain too</div></body>';
    function styleReadsOf(Readability: typeof original) {
      const doc = parseHtml(html);
      const reader = new Readability(doc) as unknown as Visibility;
      const styleReads = vi.spyOn(HTMLElement.prototype, 'style', 'get');
      for (const element of doc.body.querySelectorAll('*')) reader._isProbablyVisible(element);
      const read = new Set(styleReads.mock.contexts.map((element) => (element as Element).textContent));
      styleReads.mockRestore();
      return read;
    }
    expect(styleReadsOf(original)).toEqual(new Set(['plain', 'styled', 'plain too']));
    expect(styleReadsOf(edited)).toEqual(new Set(['styled']));
  });
});
