// The candidates the benchmark measures side by side must answer what they are asked: every
// engine, built on the generated quality set, finds every expected hit (the set's recall is 1
// with our analyzer), returns the same answers after being stored and loaded again, and finds
// an article added after the build.

import { describe, expect, it } from 'vitest';
import { articleRow, docOf } from '../../support/search/rows';
import { loadCorpus, loadQueries } from '../../search/corpus';
import { score } from '../../search/quality';
import { legacyKind, packedKind } from './appEngines';
import { DocumentTexts, type CandidateKind, type LibraryRows } from './candidate';
import { flexsearchKind } from './flexsearchEngine';
import { SqliteCandidate, sqliteKind } from './sqliteEngine';

const KINDS: Record<string, (rows: LibraryRows) => CandidateKind> = {
  packed: packedKind,
  minisearch: legacyKind,
  flexsearch: () => flexsearchKind,
  'sqlite-fts5': () => sqliteKind,
};

describe.each(Object.entries(KINDS))('search candidate %s', (_name, kindFor) => {
  it('finds every expected hit of the quality set, the same after a store and load, and an added article', async () => {
    const corpus = loadCorpus();
    const queries = loadQueries();
    const texts = new DocumentTexts(corpus);
    const candidate = await kindFor(corpus).create(texts);
    await candidate.build(corpus);
    const found: string[][] = [];
    for (const { query } of queries) found.push(await candidate.find(query, 1_000));
    expect(score(queries, found).recall).toBe(1);

    const loaded = await (await candidate.store()).load();
    for (const [i, { query }] of queries.entries()) expect(await loaded.find(query, 1_000)).toEqual(found[i]);
    loaded.dispose();

    // A word no document of the set holds, in an article added now.
    const row = articleRow('added-article', 'مقالة مضافة');
    await candidate.addArticle(row, docOf('نص فيه كلمة زنجبيلية نادرة'));
    expect(await candidate.find('زنجبيلية', 20)).toEqual(['added-article#0']);
    expect(await candidate.find('زنجبي', 20)).toEqual(['added-article#0']);
    candidate.dispose();
    if (candidate instanceof SqliteCandidate) candidate.removeFile();
  });
});
