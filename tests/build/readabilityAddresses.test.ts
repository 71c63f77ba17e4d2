// @vitest-environment jsdom
// The frame build's keeping of absolute addresses in Readability (electron/build/readabilityAddresses.ts),
// applied to the installed Readability and run in jsdom: for every kind of address a page may
// hold, what the import keeps of it (safeLinkHref, safeImageSrc) is the same; absolute ones are
// not parsed again.
import { afterEach, describe, expect, it } from 'vitest';
import { keepAbsoluteAddresses, KEEP_ABSOLUTE, RESOLVE } from '../../electron/build/readabilityAddresses';
import { safeImageSrc, safeLinkHref } from '../../renderer/import/blockAddresses';
import { installedReadability as installed, loadReadability as load } from './readabilityModule';

const ADDRESSES = [
  'https://news.example/a/b?c=d#e',
  'HTTPS://News.Example/A B/ج',
  '  https://padded.example/x  ',
  'http://plain.example',
  'mailto:someone@example.org',
  'MAILTO:a b@example.org',
  '#section-2',
  '/relative/path?x=1',
  'relative.html',
  'https:no-slashes',
  'http:no-slashes',
  '//protocol-relative.example/p',
  'ftp://files.example/f',
  'data:text/plain,hello',
];

const PICTURES = [
  'https://img.example/a.png',
  'HTTP://IMG.example/b c.jpg',
  '/img/c.png',
  'data:image/png;base64,iVBORw0K\nGgo=',
];

const PAGE = `<!doctype html><html><head><title>Addresses</title></head><body><article><h1>Addresses</h1>
${ADDRESSES.map((href, i) => `<p>A paragraph long enough to count as prose for Readability, number ${i}, with <a href="${href}">a link</a> in it and more words after the link.</p>`).join('\n')}
${PICTURES.map((src) => `<figure><img src="${src}" alt="a picture"></figure>`).join('\n')}
</article></body></html>`;

const RealURL = globalThis.URL;
afterEach(() => {
  globalThis.URL = RealURL;
});

/** Readability's article from PAGE: its links and pictures as the import keeps them, and how many addresses it parsed. */
function extract(source: string) {
  let parsed = 0;
  globalThis.URL = class CountingURL extends RealURL {
    constructor(url: string | URL, base?: string | URL) {
      super(url, base);
      parsed += 1;
    }
  } as typeof URL;
  const doc = new DOMParser().parseFromString(PAGE, 'text/html');
  const article = new (load(source))(doc, { serializer: (node) => node }).parse()!.content as Element;
  globalThis.URL = RealURL;
  const links = [...article.querySelectorAll('a')].map((link) => {
    const href = link.getAttribute('href');
    return href?.startsWith('#') ? href : safeLinkHref(href);
  });
  const pictures = [...article.querySelectorAll('img')].map((img) => safeImageSrc(img.getAttribute('src')));
  return { links, pictures, text: article.textContent, parsed };
}

describe('keepAbsoluteAddresses', () => {
  it('finds the lines in the installed Readability', () => {
    const patched = keepAbsoluteAddresses(installed);
    expect(patched).toContain(`${KEEP_ABSOLUTE}${RESOLVE}`);
    expect(patched.length).toBe(installed.length + KEEP_ABSOLUTE.length);
  });

  it('stops the build when the lines are missing or not alone', () => {
    expect(() => keepAbsoluteAddresses(installed.replace(RESOLVE, ''))).toThrow(/exactly once/);
    expect(() => keepAbsoluteAddresses(`${installed}\n${RESOLVE}`)).toThrow(/exactly once/);
  });

  it('leaves the import the same addresses for every kind, parsing fewer', () => {
    const before = extract(installed);
    const after = extract(keepAbsoluteAddresses(installed));
    expect(before.links).toHaveLength(ADDRESSES.length);
    expect(before.pictures).toHaveLength(PICTURES.length);
    expect(after.links).toEqual(before.links);
    expect(after.pictures).toEqual(before.pictures);
    expect(after.text).toBe(before.text);
    // The absolute ones among them are kept, not parsed again.
    expect(after.parsed).toBeLessThan(before.parsed);
    expect(after.links.filter((href) => href !== null).length).toBeGreaterThan(6);
  });
});
