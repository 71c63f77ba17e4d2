// @vitest-environment jsdom
// The frame build's text lengths in Readability (electron/build/readabilityLengths.ts), applied to
// the installed Readability and run in jsdom: every link density and every article length the
// same as Readability's own, the same articles from random pages, and fewer whole texts read.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { seededRandom } from '../../renderer/shared/seededRandom';
import {
  ARTICLE_LENGTH,
  CANDIDATE_DENSITY,
  CANDIDATE_LOOP,
  INNER_TEXT,
  readabilityLengthEdits,
} from '../../electron/build/readabilityLengths';
import { expectSameArticles, parseHtml, parseResult, randomArticlePage, randomText } from './randomArticlePages';
import { installedReadability as installed, loadReadability as load } from './readabilityModule';

/** The private methods these tests call on a Readability instance. */
interface Lengths {
  _getInnerText(e: Node, normalizeSpaces?: boolean): string;
  _getLinkDensity(e: Element): number;
  _hamishCandidateLengths(candidates: Element[]): unknown;
  _hamishLinkDensity(e: Element, lengths: unknown): number;
  _hamishTextLengthBelow(e: Element, limit: number): number;
}

const original = load(installed);
const edited = load(readabilityLengthEdits(installed));

afterEach(() => vi.restoreAllMocks());

describe('readabilityLengthEdits', () => {
  it('finds its four places in the installed Readability and stops the build when one is missing or doubled', () => {
    const patched = readabilityLengthEdits(installed);
    expect(patched).toContain('_hamishCandidateLengths(candidates)');
    expect(patched).not.toContain(CANDIDATE_DENSITY);
    expect(patched).not.toContain(ARTICLE_LENGTH);
    for (const line of [INNER_TEXT, CANDIDATE_LOOP, CANDIDATE_DENSITY, ARTICLE_LENGTH]) {
      expect(() => readabilityLengthEdits(installed.replace(line, ''))).toThrow(/exactly once/);
      expect(() => readabilityLengthEdits(`${installed}\n${line}`)).toThrow(/exactly once/);
    }
  });

  it("gives every element of 300 random pages Readability's own link density, with candidates found in any order", () => {
    const random = seededRandom(20261207);
    let compared = 0;
    for (let i = 0; i < 300; i += 1) {
      const doc = parseHtml(randomArticlePage(random));
      const reader = new edited(doc) as unknown as Lengths;
      const elements = [...doc.body.querySelectorAll('*'), doc.body];
      // Lengths found for a random part of the elements, in random order, serve all of them.
      const candidates = elements.filter(() => random() < 0.5).sort(() => random() - 0.5);
      const lengths = reader._hamishCandidateLengths(candidates);
      for (const element of [...candidates, ...elements]) {
        expect(reader._hamishLinkDensity(element, lengths), element.outerHTML).toBe(reader._getLinkDensity(element));
        compared += 1;
      }
    }
    expect(compared).toBeGreaterThan(3000);
  }, 60_000);

  it('knows whether a text reaches a length, and the exact length of one that does not', () => {
    const random = seededRandom(7);
    const answers = { short: 0, long: 0 };
    for (let i = 0; i < 300; i += 1) {
      const doc = parseHtml(
        `<body><div>${Array.from({ length: 1 + Math.floor(random() * 6) }, () => `<p>${randomText(random, 60)}</p>${randomText(random, 3)}`).join('')}</div></body>`,
      );
      const reader = new edited(doc) as unknown as Lengths;
      const div = doc.body.firstElementChild!;
      const exact = reader._getInnerText(div, true).length;
      const limit = Math.floor(random() * 400);
      const found = reader._hamishTextLengthBelow(div, limit);
      if (exact < limit) {
        expect(found).toBe(exact);
        answers.short += 1;
      } else {
        expect(found).toBeGreaterThanOrEqual(limit);
        expect(found).toBeLessThanOrEqual(exact);
        answers.long += 1;
      }
    }
    expect(answers.short).toBeGreaterThan(30);
    expect(answers.long).toBeGreaterThan(30);
  });

  it('extracts the same article from 300 random pages, short ones tried again included', () => {
    const outcomes = expectSameArticles(original, edited, 1207, 300);
    expect(outcomes.long).toBeGreaterThan(50);
    expect(outcomes.retried).toBeGreaterThan(50);
  }, 60_000);

  it('reads the text of a long article and of the page around it fewer times', () => {
    const paragraphs = Array.from(
      { length: 60 },
      (_, i) => `<p>${'نص طويل بما يكفي ليعد فقرة، '.repeat(6)}<a href="/p${i}">رابط</a> ${i}.</p>`,
    ).join('\n');
    const html = `<!doctype html><html><body><nav><a href="/">Home</a></nav><article>${paragraphs}</article><footer>F</footer></body></html>`;
    function wholeReads(Readability: typeof original) {
      const doc = parseHtml(html);
      const big = new Set<Node>([doc.body, doc.querySelector('article')!]);
      const reads = vi.spyOn(Node.prototype, 'textContent', 'get');
      const result = new Readability(doc).parse();
      const count = reads.mock.contexts.filter(
        (node) => big.has(node as Node) || (node as Element).id === 'readability-page-1',
      ).length;
      reads.mockRestore();
      return { count, result: parseResult(result) };
    }
    const before = wholeReads(original);
    const after = wholeReads(edited);
    expect(after.result).toEqual(before.result);
    expect(before.count).toBeGreaterThanOrEqual(2);
    expect(after.count).toBeLessThan(before.count);
  });
});
