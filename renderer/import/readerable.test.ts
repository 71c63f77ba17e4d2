// @vitest-environment jsdom
// probablyReaderable against Readability's isProbablyReaderable: the same answer on every page,
// and on an article whose paragraphs already say yes, the article's whole text is not read.

import { isProbablyReaderable } from '@mozilla/readability';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { seededRandom } from '../shared/seededRandom';
import { probablyReaderable } from './readerable';

const WORD = 'كلمة';

function text(random: () => number, maxWords: number): string {
  return Array.from({ length: Math.floor(random() * maxWords) }, () => WORD).join(' ');
}

/** A page of random <p>, <pre>, <article>, <div> with <br>, some hidden, some with unlikely classes. */
function randomPage(random: () => number): string {
  const parts: string[] = [];
  const count = 1 + Math.floor(random() * 8);
  for (let i = 0; i < count; i += 1) {
    const roll = random();
    const attributes = [
      random() < 0.15 ? 'hidden' : '',
      random() < 0.15 ? `aria-hidden="${random() < 0.5 ? 'true' : 'false'}"` : '',
      random() < 0.15 ? 'style="display:none"' : '',
      random() < 0.2 ? `class="${random() < 0.5 ? 'sidebar' : 'content'}"` : '',
    ].join(' ');
    const paragraph = () => `<p ${random() < 0.3 ? attributes : ''}>${text(random, 60)}</p>`;
    if (roll < 0.35)
      parts.push(
        `<article ${attributes}>${Array.from({ length: Math.floor(random() * 5) }, paragraph).join('')}${text(random, 80)}</article>`,
      );
    else if (roll < 0.6) parts.push(paragraph());
    else if (roll < 0.7) parts.push(`<pre ${attributes}>${text(random, 80)}</pre>`);
    else if (roll < 0.8) parts.push(`<div ${attributes}>${text(random, 40)}<br>${text(random, 40)}</div>`);
    else if (roll < 0.9) parts.push(`<ul><li><p>${text(random, 80)}</p></li></ul>`);
    else parts.push(`<div ${attributes}>${text(random, 80)}</div>`);
  }
  return `<!doctype html><html><body>${parts.join('\n')}</body></html>`;
}

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

afterEach(() => vi.restoreAllMocks());

describe('probablyReaderable', () => {
  it("gives isProbablyReaderable's answer on 400 random pages, both answers among them", () => {
    const random = seededRandom(20261207);
    const answers = { yes: 0, no: 0 };
    for (let i = 0; i < 400; i += 1) {
      const html = randomPage(random);
      const expected = isProbablyReaderable(parse(html));
      expect(probablyReaderable(parse(html)), html).toBe(expected);
      answers[expected ? 'yes' : 'no'] += 1;
    }
    expect(answers.yes).toBeGreaterThan(60);
    expect(answers.no).toBeGreaterThan(60);
  });

  it('says yes for an article whose only text is loose in it, as Readability does', () => {
    const html = `<!doctype html><html><body><article>${text(() => 0.99, 200)}</article></body></html>`;
    expect(isProbablyReaderable(parse(html))).toBe(true);
    expect(probablyReaderable(parse(html))).toBe(true);
  });

  it("does not read the article's whole text when its paragraphs say yes", () => {
    const paragraphs = Array.from({ length: 200 }, () => `<p>${text(() => 0.99, 60)}</p>`).join('');
    const doc = parse(`<!doctype html><html><body><article>${paragraphs}</article></body></html>`);
    const reads = vi.spyOn(Node.prototype, 'textContent', 'get');
    expect(probablyReaderable(doc)).toBe(true);
    const readNames = reads.mock.contexts.map((node) => (node as Element).localName);
    expect(readNames).not.toContain('article');
    expect(readNames.length).toBeGreaterThan(0);
    reads.mockRestore();
    // Readability's own reads it first.
    const plainReads = vi.spyOn(Node.prototype, 'textContent', 'get');
    expect(isProbablyReaderable(doc)).toBe(true);
    expect(plainReads.mock.contexts.map((node) => (node as Element).localName)).toContain('article');
  });
});
