// The two public corpora the import is measured against: Mozilla Readability's test pages
// (each a saved page, source.html, with what Readability extracts from it, expected.html) and
// DOMPurify's XSS vectors. They are not part of this repository: the check looks for them in
// $HAMISH_CORPORA, else in a `shared/corpora` folder beside the repository (where the project's
// machines keep them), and says so in one line when they are absent.

import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

export interface CorpusPage {
  readonly name: string;
  readonly source: string;
  readonly expected: string;
}

export interface Vector {
  readonly index: number;
  readonly payload: string;
}

const REPOSITORY = path.resolve(import.meta.dirname, '../..');

/** Where the corpora are expected: $HAMISH_CORPORA, else ../shared/corpora beside the repository. */
export function corporaFolder(): string {
  return process.env['HAMISH_CORPORA'] ?? path.resolve(REPOSITORY, '../shared/corpora');
}

export function corporaPresent(folder: string): boolean {
  return existsSync(path.join(folder, 'readability-pages')) && existsSync(path.join(folder, 'dompurify-vectors.json'));
}

export async function readPages(folder: string): Promise<CorpusPage[]> {
  const root = path.join(folder, 'readability-pages');
  const names = (await readdir(root, { withFileTypes: true }))
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  return Promise.all(
    names.map(async (name) => ({
      name,
      source: await readFile(path.join(root, name, 'source.html'), 'utf8'),
      expected: await readFile(path.join(root, name, 'expected.html'), 'utf8'),
    })),
  );
}

export async function readVectors(folder: string): Promise<Vector[]> {
  const parsed = JSON.parse(await readFile(path.join(folder, 'dompurify-vectors.json'), 'utf8')) as {
    vectors: { index: number; payload: string }[];
  };
  return parsed.vectors.map(({ index, payload }) => ({ index, payload }));
}
