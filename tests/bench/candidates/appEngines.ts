// The two engines of our own, as candidates: the packed engine the app runs
// (renderer/search/engine) and the MiniSearch engine it replaced (tests/search/legacy, the
// equivalence oracle). Both index rows and answer find() as the worker asks them; stored as the
// worker stores them (dump: parts and a manifest), restored as it restores them.

import { Buffer } from 'node:buffer';
import type { ArticleDoc } from '../../../renderer/article/types';
import type { ArticleRow } from '../../../renderer/db/types';
import { SearchEngine } from '../../../renderer/search/engine/SearchEngine';
import { MemoryTextSource } from '../../support/search/memoryTextSource';
import { parseQuery } from '../../../renderer/text/analyzer/query';
import { SearchEngine as LegacyEngine } from '../../search/legacy/SearchEngine';
import type { Candidate, CandidateKind, LibraryRows, Stored } from './candidate';

interface AppEngine {
  putArticle(row: ArticleRow, doc?: ArticleDoc): boolean;
  putHighlight(row: LibraryRows['highlights'][number]): void;
  putNote(row: LibraryRows['notes'][number]): void;
  compact(): Promise<void>;
  find(...args: Parameters<SearchEngine['find']>): Promise<{ docId: string }[]>;
  dump(generation: string): { parts: Iterable<string>; manifest: (parts: number) => string };
}

class AppEngineCandidate implements Candidate {
  constructor(
    private readonly engine: AppEngine,
    private readonly source: MemoryTextSource,
    private readonly stored: (parts: string[], manifest: string) => Stored,
  ) {}

  async build(rows: LibraryRows): Promise<void> {
    for (const { row, doc } of rows.articles) this.engine.putArticle(row, doc);
    for (const row of rows.highlights) this.engine.putHighlight(row);
    for (const row of rows.notes) this.engine.putNote(row);
    await this.engine.compact();
  }

  async addArticle(row: ArticleRow, doc: ArticleDoc): Promise<void> {
    this.engine.putArticle(row, doc);
    this.source.blocks.set(row.id, doc.blocks);
    await Promise.resolve();
  }

  async find(typed: string, limit: number): Promise<string[]> {
    return (await this.engine.find(parseQuery(typed), {}, this.source, limit)).map((hit) => hit.docId);
  }

  async store(): Promise<Stored> {
    await this.engine.compact();
    const dump = this.engine.dump('bench');
    const parts = [...dump.parts];
    return this.stored(parts, dump.manifest(parts.length));
  }

  dispose(): void {}
}

const readFrom = (parts: readonly string[]) => (index: number) => Promise.resolve(parts[index]);

export function packedKind(rows: LibraryRows): CandidateKind {
  const source = new MemoryTextSource(rows);
  const stored = (parts: string[], manifest: string): Stored => ({
    // Parts pack two bytes in each UTF-16 code unit (storedIndex.ts); the manifest is JSON.
    bytes: parts.reduce((sum, part) => sum + part.length * 2, 0) + Buffer.byteLength(manifest),
    what: 'parts at 2 bytes a UTF-16 code unit, manifest UTF-8',
    load: async () => new AppEngineCandidate(await SearchEngine.restore(manifest, readFrom(parts)), source, stored),
  });
  return {
    name: 'packed',
    describe: 'packed postings of our own (renderer/search/engine, what the app runs)',
    create: () => Promise.resolve(new AppEngineCandidate(new SearchEngine(), source, stored)),
  };
}

export function legacyKind(rows: LibraryRows): CandidateKind {
  const source = new MemoryTextSource(rows);
  const stored = (parts: string[], manifest: string): Stored => ({
    bytes: parts.reduce((sum, part) => sum + Buffer.byteLength(part), 0) + Buffer.byteLength(manifest),
    what: 'parts and manifest, UTF-8',
    load: async () => new AppEngineCandidate(await LegacyEngine.restore(manifest, readFrom(parts)), source, stored),
  });
  return {
    name: 'minisearch',
    describe: 'MiniSearch 7 with our analyzer (tests/search/legacy, the engine the app ran before)',
    create: () => Promise.resolve(new AppEngineCandidate(new LegacyEngine(), source, stored)),
  };
}
