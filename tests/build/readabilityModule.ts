// The installed Readability's source, and its class made from a (possibly patched) copy of it,
// for the tests of the frame build's edits to Readability (electron/build/readability*.ts).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export type ReadabilityClass = new (
  doc: Document,
  options?: { debug?: boolean; serializer?: (node: Node) => unknown },
) => { parse(): { content: unknown; textContent: string; length: number } | null };

export const installedReadability = readFileSync(
  createRequire(import.meta.url).resolve('@mozilla/readability/Readability.js'),
  'utf8',
);

/** Readability's class from its CommonJS source. */
export function loadReadability(source: string): ReadabilityClass {
  const module = { exports: {} as unknown };
  new Function('module', source)(module);
  return module.exports as ReadabilityClass;
}

/** A small page Readability reads as an article: a heading and twelve paragraphs, between a nav and a footer. */
export const SAMPLE_ARTICLE = `<!doctype html><html><head><title>A page</title></head><body><nav><a href="/">Home</a></nav>
<article><h1>A page</h1>${'<p>A paragraph of the article, long enough to be read as prose by Readability, with words. </p>'.repeat(12)}</article>
<footer>Footer</footer></body></html>`;
