// Random pages for the tests of the frame build's edits to Readability, and the comparison of
// what two Readabilities extract from them: containers nested up to
// four deep around paragraphs, headings, lists and links (some to fragments), text with every
// kind of white space Readability trims and folds, comments, inline styles that hide or do not,
// `hidden` and `aria-hidden`, SVG — and some pages too short to read at the first attempt, so
// that Readability tries again with looser rules.

import { expect } from 'vitest';
import { seededRandom } from '../../renderer/shared/seededRandom';
import type { ReadabilityClass } from './readabilityModule';

const WORDS = ['كلمة', 'مدينة', 'الأخبار', 'Hamish', 'reader', '2026', 'نص،', 'word,', 'end.', 'مثال.'];
/** White space as pages have it: what `trim()` removes and `\s` matches, alone and in runs. */
const SPACES = [' ', ' ', ' ', '  ', '\n', '\n    ', '\t', '\u00a0', '\u2003', '\u3000', '\ufeff', ' \n '];

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

/** Words with random white space between them, and sometimes before and after. */
export function randomText(random: () => number, maxWords: number): string {
  const count = Math.floor(random() * maxWords);
  let text = random() < 0.3 ? pick(random, SPACES) : '';
  for (let i = 0; i < count; i += 1) text += (i > 0 ? pick(random, SPACES) : '') + pick(random, WORDS);
  return random() < 0.3 ? text + pick(random, SPACES) : text;
}

function attributes(random: () => number): string {
  return [
    random() < 0.08 ? 'hidden' : '',
    random() < 0.08 ? `aria-hidden="${random() < 0.5 ? 'true' : 'false'}"` : '',
    random() < 0.1
      ? `style="${pick(random, ['display:none', 'visibility:hidden', 'color:red', 'display: block'])}"`
      : '',
    random() < 0.15
      ? `class="${pick(random, ['sidebar', 'content', 'comment', 'article-body', 'fallback-image'])}"`
      : '',
  ].join(' ');
}

function inline(random: () => number): string {
  const roll = random();
  if (roll < 0.25)
    return `<a href="${pick(random, ['#part', '/page', 'https://example.org/x', ''])}">${randomText(random, 4)}</a>`;
  if (roll < 0.35) return `<strong>${randomText(random, 3)}</strong>`;
  if (roll < 0.4) return `<!--${randomText(random, 3)}-->`;
  if (roll < 0.43) return `<svg><text>${randomText(random, 3)}</text></svg>`;
  return randomText(random, 30);
}

function block(random: () => number, depth: number): string {
  const roll = random();
  if (depth < 4 && roll < 0.25) {
    const tag = pick(random, ['div', 'section', 'article', 'main', 'aside']);
    const children = Array.from({ length: 1 + Math.floor(random() * 5) }, () => block(random, depth + 1));
    return `<${tag} ${attributes(random)}>${children.join(pick(random, ['', '\n', ' ']))}</${tag}>`;
  }
  if (roll < 0.3) return `<div ${attributes(random)}><p>${inline(random)}${inline(random)}</p></div>`;
  if (roll < 0.37) return `<h2 ${attributes(random)}>${randomText(random, 6)}</h2>`;
  if (roll < 0.43) return `<ul><li>${inline(random)}</li><li>${inline(random)}</li></ul>`;
  if (roll < 0.47) return `<div ${attributes(random)}>${inline(random)}<br>${inline(random)}</div>`;
  const parts = Array.from({ length: 1 + Math.floor(random() * 4) }, () => inline(random));
  return `<p ${attributes(random)}>${parts.join(pick(random, ['', ' ', '\n']))}</p>`;
}

/** A whole page: sometimes a nav and a footer around one to eight blocks. */
export function randomArticlePage(random: () => number): string {
  const blocks = Array.from({ length: 1 + Math.floor(random() * 8) }, () => block(random, 0));
  const nav = random() < 0.5 ? `<nav><a href="/">${randomText(random, 2)}</a> <a href="#top">top</a></nav>\n` : '';
  const footer = random() < 0.5 ? `\n<footer>${randomText(random, 5)}</footer>` : '';
  return `<!doctype html><html><head><title>${randomText(random, 5)}</title></head><body>${nav}${blocks.join('\n')}${footer}</body></html>`;
}

/** What parse() returned, as plain data to compare. */
export function parseResult(result: Record<string, unknown> | null): unknown {
  if (result === null) return null;
  const { title, byline, dir, lang, content, textContent, length, excerpt, siteName, publishedTime } = result;
  return { title, byline, dir, lang, content, textContent, length, excerpt, siteName, publishedTime };
}

/** A parsed HTML document. */
export function parseHtml(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/**
 * Expects `edited` to extract from `pages` random pages (from `seed`) what `original` does, and
 * counts the pages read at the first attempt (an article of 500 characters or more) and those
 * every attempt found too short for, which Readability tried again with looser rules.
 */
export function expectSameArticles(
  original: ReadabilityClass,
  edited: ReadabilityClass,
  seed: number,
  pages: number,
): { long: number; retried: number } {
  const random = seededRandom(seed);
  const outcomes = { long: 0, retried: 0 };
  for (let i = 0; i < pages; i += 1) {
    const html = randomArticlePage(random);
    const expected = parseResult(new original(parseHtml(html)).parse());
    expect(parseResult(new edited(parseHtml(html)).parse()), html).toEqual(expected);
    const length = (expected as { length: number } | null)?.length ?? 0;
    outcomes[length >= 500 ? 'long' : 'retried'] += 1;
  }
  return outcomes;
}
