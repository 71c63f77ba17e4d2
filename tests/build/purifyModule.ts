// The installed DOMPurify's source, a DOMPurify made from a (possibly patched) copy of it, and the
// hostile corpus, for the tests of the frame build's edits to DOMPurify (electron/build/purify*.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DOMPurify as Purify } from 'dompurify';

const installedPath = createRequire(import.meta.url)
  .resolve('dompurify')
  .replace(/purify\.cjs\.js$/, 'purify.es.mjs');
export const installedPurify = readFileSync(installedPath, 'utf8');

const HOSTILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/hostile');
/** The hostile documents of tests/fixtures/hostile, by file name. */
export const HOSTILE_FILES: Record<string, string> = Object.fromEntries(
  readdirSync(HOSTILE)
    .filter((name) => name.endsWith('.html'))
    .map((name) => [name, readFileSync(path.join(HOSTILE, name), 'utf8')]),
);

/** DOMPurify made from `source`, loaded as a module of its own (`tag` keeps each load apart). */
export async function purifier(source: string, tag: string): Promise<Purify> {
  const url = `data:text/javascript,${encodeURIComponent(`${source}\n// ${tag}`)}`;
  const module = (await import(/* @vite-ignore */ url)) as { default: (window: Window) => Purify };
  return module.default(window);
}
