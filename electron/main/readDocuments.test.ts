// Reading "open with" documents: only granted paths, only importable extensions, size checked
// before reading, a missing file reported as such.

import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOpenedDocuments } from './readDocuments';

let dir = '';

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'hamish-read-'));
  await writeFile(path.join(dir, 'article.txt'), 'مرحبا\nسطر ثان');
  await writeFile(path.join(dir, 'big.html'), 'x'.repeat(200));
  await writeFile(path.join(dir, 'secret.key'), 'do not read');
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('createOpenedDocuments', () => {
  it('reads a granted document once', async () => {
    const docs = createOpenedDocuments({ stat, readFile });
    const file = path.join(dir, 'article.txt');
    docs.grant([file]);
    const [result] = await docs.read([file]);
    expect(result).toMatchObject({ ok: true, name: 'article.txt', path: file });
    if (result?.ok) expect(new TextDecoder().decode(result.bytes)).toBe('مرحبا\nسطر ثان');
    // The grant is used up: a page cannot read it again later.
    expect(await docs.read([file])).toMatchObject([{ ok: false, error: 'not-allowed' }]);
  });

  it('refuses a path it was never given', async () => {
    const docs = createOpenedDocuments({ stat, readFile });
    expect(await docs.read([path.join(dir, 'article.txt')])).toMatchObject([{ ok: false, error: 'not-allowed' }]);
  });

  it('refuses other file types even when granted', async () => {
    const docs = createOpenedDocuments({ stat, readFile });
    const file = path.join(dir, 'secret.key');
    docs.grant([file]);
    expect(await docs.read([file])).toMatchObject([{ ok: false, error: 'not-allowed' }]);
  });

  it('refuses a file over the size limit without reading it', async () => {
    let reads = 0;
    const docs = createOpenedDocuments(
      {
        stat,
        readFile: async (file) => {
          reads += 1;
          return readFile(file);
        },
      },
      100,
    );
    const file = path.join(dir, 'big.html');
    docs.grant([file]);
    expect(await docs.read([file])).toMatchObject([{ ok: false, error: 'too-large', name: 'big.html' }]);
    expect(reads).toBe(0);
  });

  it('reports a missing file and carries on with the next', async () => {
    const docs = createOpenedDocuments({ stat, readFile });
    const missing = path.join(dir, 'gone.md');
    const present = path.join(dir, 'article.txt');
    docs.grant([missing, present]);
    expect(await docs.read([missing, present])).toMatchObject([
      { ok: false, error: 'not-found' },
      { ok: true, name: 'article.txt' },
    ]);
  });
});
