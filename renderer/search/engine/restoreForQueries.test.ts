// A stored engine restored for queries (issue 17, cold start): the postings are read as queries
// need them and in full by readPostings(), with the same answers as an engine read whole; a
// damaged part of postings fails whoever reads it, and nothing before.

import { describe, expect, it, vi } from 'vitest';
import { MemoryTextSource } from '../../../tests/support/search/memoryTextSource';
import { articleRow, docOf, noteRow } from '../../../tests/support/search/rows';
import { SearchEngine } from './SearchEngine';
import type { StoredManifest } from './storedIndex';
import type { TextSource } from './texts';

/** Small parts, so the postings of a small library span many of them. */
const PART_BYTES = 64;
const WORDS = ['برلين', 'القاهرة', 'المكتبات', 'الحرب', 'الباردة', 'المخابرات', 'السفارة', 'الجامعة'];

function library() {
  // Every note holds a common word; each of the rare words is in a few notes only.
  const notes = Array.from({ length: 120 }, (_, i) =>
    noteRow(`n${i}`, 'a1', `ملاحظة ${WORDS[i % WORDS.length]!} رقم${i} ${i % 40 === 0 ? 'نادرة' : ''}`, null),
  );
  const articles = [{ row: articleRow('a1', 'مقالة عن المدن'), doc: docOf('نص المقالة عن برلين والقاهرة.') }];
  const engine = new SearchEngine();
  for (const { row, doc } of articles) engine.putArticle(row, doc);
  for (const row of notes) engine.putNote(row);
  return { engine, source: () => new MemoryTextSource({ articles, notes }) };
}

async function stored(engine: SearchEngine, partBytes = PART_BYTES, postingPartBytes?: number) {
  const dump = engine.dump('g', partBytes, postingPartBytes);
  const parts = [...dump.parts];
  const manifest = dump.manifest(parts.length);
  const { arrays } = JSON.parse(manifest) as StoredManifest;
  // Part numbers of the postings (documents and frequencies), which come last.
  const firstPosting = arrays
    .slice(
      0,
      arrays.findIndex((info) => info.name === 'docs'),
    )
    .reduce((n, a) => n + a.parts, 0);
  return { parts, manifest, firstPosting };
}

function reader(parts: readonly string[]) {
  const read: number[] = [];
  return { read, readPart: async (i: number) => (read.push(i), parts[i]) };
}

const answer = (engine: SearchEngine, query: string, source: TextSource) =>
  engine.search({ query, limit: 200 }, source);

describe('SearchEngine.restoreForQueries', () => {
  it('reads no postings before the first query, then only the parts its words need, then the rest', async () => {
    const { engine, source } = library();
    await engine.compact();
    const { parts, manifest, firstPosting } = await stored(engine);
    expect(parts.length - firstPosting).toBeGreaterThan(20); // the postings span many parts
    const { read, readPart } = reader(parts);

    const restored = await SearchEngine.restoreForQueries(manifest, readPart);
    expect(read.length).toBe(firstPosting);
    expect(read.every((part) => part < firstPosting)).toBe(true);

    const rare = await answer(restored, 'نادرة', source());
    expect(rare).toEqual(await answer(engine, 'نادرة', source()));
    expect(rare.totals.note).toBe(3);
    const afterRare = read.length;
    expect(afterRare).toBeGreaterThan(firstPosting);
    expect(afterRare).toBeLessThan(firstPosting + 6); // its documents' and frequencies' parts, not all

    await restored.readPostings();
    expect(new Set(read).size).toBe(parts.length);
    expect(read.length).toBe(parts.length); // no part read twice
    for (const query of [...WORDS, 'ملاحظة', 'ملاح', 'المدن برلين', 'رقم7']) {
      expect(await answer(restored, query, source())).toEqual(await answer(engine, query, source()));
    }
  });

  it('reads postings stored in smaller parts than the rest, and an index of one part size as before', async () => {
    const { engine, source } = library();
    await engine.compact();
    const uniform = await stored(engine, 256, 256);
    const mixed = await stored(engine, 256, 64);
    const arrays = (manifest: string) => (JSON.parse(manifest) as StoredManifest).arrays;
    // One size for all (as every index was stored before): no array names a size of its own.
    expect(arrays(uniform.manifest).every((info) => info.partBytes === undefined)).toBe(true);
    expect(arrays(mixed.manifest).filter((info) => info.partBytes !== undefined)).toEqual([
      expect.objectContaining({ name: 'docs', partBytes: 64 }),
      expect.objectContaining({ name: 'tfs', partBytes: 64 }),
    ]);
    expect(mixed.firstPosting).toBe(uniform.firstPosting);
    expect(mixed.parts.length - mixed.firstPosting).toBeGreaterThan(3 * (uniform.parts.length - uniform.firstPosting));

    // A size that is no multiple of 8, or that does not give the parts listed, is refused.
    for (const partBytes of [60, 128]) {
      const bad = JSON.parse(mixed.manifest) as StoredManifest;
      bad.arrays.find((info) => info.name === 'tfs')!.partBytes = partBytes;
      await expect(SearchEngine.restoreForQueries(JSON.stringify(bad), reader(mixed.parts).readPart)).rejects.toThrow(
        /not a search index of this version/,
      );
    }

    const reads = { uniform: reader(uniform.parts), mixed: reader(mixed.parts) };
    const fromUniform = await SearchEngine.restoreForQueries(uniform.manifest, reads.uniform.readPart);
    const fromMixed = await SearchEngine.restoreForQueries(mixed.manifest, reads.mixed.readPart);
    const expected = await answer(engine, 'نادرة', source());
    expect(await answer(fromUniform, 'نادرة', source())).toEqual(expected);
    expect(await answer(fromMixed, 'نادرة', source())).toEqual(expected);
    // The query read only its own parts of postings, and fewer bytes of them in smaller parts.
    const postingBytes = (read: number[], firstPosting: number, size: number) =>
      read.filter((part) => part >= firstPosting).length * size;
    expect(postingBytes(reads.mixed.read, mixed.firstPosting, 64)).toBeLessThan(
      postingBytes(reads.uniform.read, uniform.firstPosting, 256),
    );
    await fromMixed.readPostings();
    expect(reads.mixed.read.length).toBe(mixed.parts.length);
    for (const query of [...WORDS, 'ملاحظة', 'ملاح', 'المدن برلين', 'رقم7'])
      expect(await answer(fromMixed, query, source())).toEqual(await answer(engine, query, source()));
  });

  it('reads the parts of a query before the rest of the postings being read beside it', async () => {
    const { engine, source } = library();
    await engine.compact();
    const { parts, manifest, firstPosting } = await stored(engine);
    // The parts the query needs, found on a copy of its own.
    const alone = reader(parts);
    await answer(await SearchEngine.restoreForQueries(manifest, alone.readPart), 'ملاحظة', source());
    const needed = alone.read.filter((part) => part >= firstPosting);
    expect(needed.length).toBeGreaterThan(8); // more than are asked for at once

    const { read, readPart } = reader(parts);
    const restored = await SearchEngine.restoreForQueries(manifest, readPart);
    const rest = restored.readPostings(); // begins with the first parts of postings, two at a time
    const rare = answer(restored, 'ملاحظة', source());
    await Promise.all([rest, rare]);
    expect((await rare).totals.note).toBe(120);
    const afterFront = read.slice(firstPosting);
    const begun = afterFront.slice(0, 2); // what the rest had asked for before the query came
    expect(afterFront.slice(2, 2 + needed.filter((part) => !begun.includes(part)).length).sort()).toEqual(
      needed.filter((part) => !begun.includes(part)).sort(),
    );
    expect(new Set(read).size).toBe(parts.length);
  });

  it('answers as an engine read whole does, query after query, before its postings are all read', async () => {
    const { engine, source } = library();
    await engine.compact();
    const { parts, manifest } = await stored(engine);
    const restored = await SearchEngine.restoreForQueries(manifest, reader(parts).readPart);
    for (const query of ['ملاحظة', ...WORDS, 'المكتب', 'رقم12 ملاحظة']) {
      expect(await answer(restored, query, source())).toEqual(await answer(engine, query, source()));
    }
    // And it goes on indexing, and can be stored again once its postings are read.
    restored.putNote(noteRow('n-new', 'a1', 'ملاحظة جديدة عن الاسكندرية', null));
    expect((await answer(restored, 'الاسكندرية', source())).totals.note).toBe(1);
    await restored.compact();
    const again = await stored(restored);
    const reloaded = await SearchEngine.restore(again.manifest, reader(again.parts).readPart);
    expect((await answer(reloaded, 'ملاحظة', source())).totals.note).toBe(121);
  });

  it('fails a query that needs a damaged part of postings, and readPostings, but not the restore', async () => {
    const { engine, source } = library();
    await engine.compact();
    const { parts, manifest, firstPosting } = await stored(engine);
    // Which parts the query reads, on an intact copy; then one of them flipped by a bit.
    const intact = reader(parts);
    await answer(await SearchEngine.restoreForQueries(manifest, intact.readPart), 'ملاحظة', source());
    const needed = intact.read.filter((part) => part >= firstPosting);
    expect(needed.length).toBeGreaterThan(0);
    const damaged = [...parts];
    const text = damaged[needed[0]!]!;
    damaged[needed[0]!] = String.fromCharCode(text.charCodeAt(0) ^ 1) + text.slice(1);

    const restored = await SearchEngine.restoreForQueries(manifest, reader(damaged).readPart);
    await expect(answer(restored, 'ملاحظة', source())).rejects.toThrow(/damaged.*checksum/);
    await expect(restored.readPostings()).rejects.toThrow(/damaged.*checksum/);
    await expect(SearchEngine.restore(manifest, reader(damaged).readPart)).rejects.toThrow(/checksum/);
  });

  it('reads the rest of the postings between queries, never while one is running', async () => {
    const { engine, source } = library();
    await engine.compact();
    const { parts, manifest } = await stored(engine);
    const { read, readPart } = reader(parts);
    const restored = await SearchEngine.restoreForQueries(manifest, readPart);
    // A query that has its postings and waits for its texts (as one waits for IndexedDB).
    const texts = source();
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let waiting = false;
    const slow: TextSource = {
      articleBlocks: (ids) => texts.articleBlocks(ids),
      highlightQuotes: (ids) => texts.highlightQuotes(ids),
      noteTexts: async (ids) => {
        waiting = true;
        await held;
        return texts.noteTexts(ids);
      },
    };
    const query = answer(restored, 'نادرة', slow);
    await vi.waitFor(() => expect(waiting).toBe(true));
    const readByQuery = read.length;
    const all = restored.readPostings();
    for (let turn = 0; turn < 10; turn += 1) await new Promise((resolve) => setTimeout(resolve, 0));
    expect(read.length).toBe(readByQuery); // nothing read beside the query
    release();
    expect(await query).toEqual(await answer(engine, 'نادرة', source()));
    await all;
    expect(new Set(read).size).toBe(parts.length);
    expect(read.length).toBe(parts.length);
  });
});
