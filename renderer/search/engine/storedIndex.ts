// How the engine is stored: a manifest (JSON: versions, the document statistics, the catalog of
// rows, a table of the arrays and a checksum per part) and the typed arrays themselves in parts
// of at most PART_BYTES (storedParts.ts reads them back). Loading is copying bytes: no parsing
// of terms or postings. Every part carries a checksum and the structure is checked on loading,
// so a damaged index is rebuilt rather than believed.
//
// The arrays a query is planned with come first (terms, term starts, the document table), the
// postings last: a restore reads the first before the engine answers and leaves the postings
// to PostingLoad, which reads those a query needs when it needs them and the rest after.
//
// A part is a string holding two bytes in each UTF-16 code unit, not an ArrayBuffer: with parts
// stored as ArrayBuffers, later reads of the database from the page never completed in our
// browser tests (Chromium 14x), while strings of the same size are what the index was stored as
// before and read back reliably. Packing and unpacking cost some 3 ms per megabyte.
//
// A little over 300 lines on purpose: the format (manifest, writing, checking, reading back) is
// one thing, and split it would be read in two places; reading parts is storedParts.ts.

import { ANALYZER_VERSION } from '../../text/analyzer/analyze';
import { Catalog, type StoredCatalog } from './catalog';
import { DocumentTable, type DocumentColumns, type DocumentStats } from './documents';
import type { EngineState } from './engineState';
import { FIELD_COUNT } from './index/fields';
import { PostingIndex, type BaseSegment } from './index/postingIndex';
import { TermDictionary } from './index/termDictionary';
import { decodeDeltas, encodeDeltas } from './deltaCoding';
import {
  checksum,
  damaged,
  packBytes,
  PostingLoad,
  StoredParts,
  UNTIMED,
  type PartPlace,
  type ReadPart,
  type StepTimer,
} from './storedParts';

export { packBytes, unpackBytes, type ReadPart, type StepTimer } from './storedParts';

/**
 * Bump when the documents, fields or stored format change; part of the stored key. 2: packed
 * postings. 3: a checksum per part, the postings stored last (read after the first answer),
 * term offsets and starts as differences.
 */
export const INDEX_LAYOUT_VERSION = 3;
export const SEARCH_INDEX_KEY = `analyzer-${ANALYZER_VERSION}.layout-${INDEX_LAYOUT_VERSION}`;

/** Bytes per stored part (a multiple of 8, so every part of an array starts on an element). */
export const PART_BYTES = 1024 * 1024;
/**
 * Bytes per part of postings, smaller: a query reads the parts holding its terms' postings
 * whole, the first query of a start and the first queries beside the background read among
 * them (search.cold_ready_ms, search.query_p95_ms). Older manifests, without a size per array,
 * used PART_BYTES for every array and load as they are.
 */
export const POSTING_PART_BYTES = 128 * 1024;

const ARRAY_TYPES = { Uint8Array, Uint16Array, Uint32Array, Int32Array } as const;
type ArrayType = keyof typeof ARRAY_TYPES;
type StoredArray = Uint8Array | Uint16Array | Uint32Array | Int32Array;

/** In the order they are stored: what plans a query, then the postings. */
const ARRAY_NAMES = [
  'termChars',
  'termOffsets',
  'starts',
  'kinds',
  'articles',
  'details',
  'lengths',
  'docs',
  'tfs',
] as const;
type ArrayName = (typeof ARRAY_NAMES)[number];
/** Read after the engine is ready, as queries need them. */
const POSTING_ARRAYS: readonly ArrayName[] = ['docs', 'tfs'];
/** Stored as differences (deltaCoding.ts): non-decreasing offsets, a quarter of their size that way. */
const DELTA_ARRAYS: readonly ArrayName[] = ['termOffsets', 'starts'];

interface ArrayInfo {
  name: ArrayName;
  type: ArrayType;
  /** Elements. */
  length: number;
  /** Bytes stored: the elements', or their differences' when `deltas`. */
  bytes: number;
  deltas: boolean;
  parts: number;
  /** Bytes per part of this array, when not the manifest's partBytes (postings: POSTING_PART_BYTES). */
  partBytes?: number;
}

export interface StoredManifest {
  layout: number;
  analyzer: number;
  /** Parts are stored under this generation; a new write uses a new one, then moves the manifest. */
  generation: string;
  parts: number;
  /** Bytes per part (PART_BYTES as the worker writes it; tests write smaller ones), unless the array says otherwise. */
  partBytes: number;
  arrays: ArrayInfo[];
  /** FNV-1a of each part's bytes, by part number. */
  checksums: number[];
  documents: DocumentStats;
  catalog: StoredCatalog;
}

export interface EngineDump {
  parts: Iterable<string>;
  manifest: (parts: number) => string;
}

function arraysOf(base: BaseSegment, columns: DocumentColumns): Record<ArrayName, StoredArray> {
  return {
    termChars: base.dictionary.chars,
    termOffsets: base.dictionary.offsets,
    starts: base.starts,
    docs: base.docs,
    tfs: base.tfs,
    ...columns,
  };
}

function partsOf(byteLength: number, partBytes: number): number {
  return Math.max(1, Math.ceil(byteLength / partBytes));
}

/** The engine as parts and manifest. The index must be merged (compact) and unchanged until the last part is taken. */
export function dumpEngine(
  { index, documents, catalog }: EngineState,
  generation: string,
  partBytes = PART_BYTES,
  postingPartBytes = Math.min(partBytes, POSTING_PART_BYTES),
): EngineDump {
  if (!isPartSize(partBytes) || !isPartSize(postingPartBytes))
    throw new Error('parts hold a positive multiple of 8 bytes');
  const bytesPerPart = (name: ArrayName) => (POSTING_ARRAYS.includes(name) ? postingPartBytes : partBytes);
  if (index.pendingPostings > 0) throw new Error('merge the index before storing it');
  const { columns, stats } = documents.snapshot();
  const arrays = arraysOf(index.baseSegment, columns);
  const storedBytes = (name: ArrayName): Uint8Array => {
    const array = arrays[name];
    if (DELTA_ARRAYS.includes(name)) return encodeDeltas(array as Uint32Array);
    return new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
  };
  const sizes = new Map<ArrayName, number>();
  // Checksums are taken as the parts are made, so no step of the write holds the worker long.
  const checksums: number[] = [];
  function* parts(): Generator<string> {
    for (const name of ARRAY_NAMES) {
      const bytes = storedBytes(name);
      sizes.set(name, bytes.length);
      const size = bytesPerPart(name);
      for (let part = 0; part < partsOf(bytes.length, size); part += 1) {
        const slice = bytes.subarray(part * size, (part + 1) * size);
        checksums.push(checksum(slice));
        yield packBytes(slice);
      }
    }
  }
  return {
    parts: parts(),
    manifest: (count) => {
      if (count !== checksums.length) throw new Error('store every part before the manifest');
      const manifest: StoredManifest = {
        layout: INDEX_LAYOUT_VERSION,
        analyzer: ANALYZER_VERSION,
        generation,
        parts: count,
        partBytes,
        arrays: ARRAY_NAMES.map((name) => {
          const array = arrays[name];
          const type = array.constructor.name as ArrayType;
          const bytes = sizes.get(name)!;
          return {
            name,
            type,
            length: array.length,
            bytes,
            deltas: DELTA_ARRAYS.includes(name),
            parts: partsOf(bytes, bytesPerPart(name)),
            ...(bytesPerPart(name) === partBytes ? {} : { partBytes: bytesPerPart(name) }),
          };
        }),
        checksums,
        documents: stats,
        catalog: catalog.store(),
      };
      return JSON.stringify(manifest);
    },
  };
}

function isPartSize(bytes: unknown): bytes is number {
  return typeof bytes === 'number' && Number.isInteger(bytes) && bytes > 0 && bytes % 8 === 0;
}

function parseManifest(data: string): StoredManifest {
  const manifest = JSON.parse(data) as Partial<StoredManifest> | null;
  if (
    manifest === null ||
    typeof manifest !== 'object' ||
    manifest.layout !== INDEX_LAYOUT_VERSION ||
    manifest.analyzer !== ANALYZER_VERSION ||
    typeof manifest.parts !== 'number' ||
    typeof manifest.generation !== 'string' ||
    !isPartSize(manifest.partBytes) ||
    !Array.isArray(manifest.arrays) ||
    manifest.arrays.length !== ARRAY_NAMES.length ||
    manifest.arrays.some(
      (info, i) =>
        info?.name !== ARRAY_NAMES[i] ||
        !(info.type in ARRAY_TYPES) ||
        !Number.isInteger(info.length) ||
        info.length < 0 ||
        info.deltas !== DELTA_ARRAYS.includes(info.name) ||
        info.bytes !== (info.deltas ? info.bytes : info.length * ARRAY_TYPES[info.type].BYTES_PER_ELEMENT) ||
        !Number.isInteger(info.bytes) ||
        info.bytes < 0 ||
        (info.partBytes !== undefined && !isPartSize(info.partBytes)) ||
        info.parts !== partsOf(info.bytes, info.partBytes ?? manifest.partBytes!),
    ) ||
    !Array.isArray(manifest.checksums) ||
    manifest.checksums.length !== manifest.parts ||
    typeof manifest.documents?.nextDoc !== 'number' ||
    !Array.isArray(manifest.documents.articleIds) ||
    !Array.isArray(manifest.catalog?.articles) ||
    !Array.isArray(manifest.catalog.highlights) ||
    !Array.isArray(manifest.catalog.notes) ||
    !Array.isArray(manifest.catalog.versions?.highlights) ||
    !Array.isArray(manifest.catalog.versions.notes)
  ) {
    throw new Error('not a search index of this version');
  }
  if (manifest.arrays.reduce((sum, info) => sum + info.parts, 0) !== manifest.parts) damaged('the parts do not add up');
  return manifest as StoredManifest;
}

/** Whether `array` starts at 0, never decreases, and ends at `last`. */
function isRunTable(array: ArrayLike<number>, last: number): boolean {
  if (array.length === 0 || array[0] !== 0 || array[array.length - 1] !== last) return false;
  for (let i = 1; i < array.length; i += 1) if (array[i]! < array[i - 1]!) return false;
  return true;
}

export interface RestoredEngine {
  index: PostingIndex;
  documents: DocumentTable;
  catalog: Catalog;
  /** The postings still to read; all() reads them, queries ask for theirs first (SearchEngine). */
  postings: PostingLoad;
}

/**
 * Reads a stored engine's manifest and the arrays that plan a query; the postings are left to
 * the PostingLoad returned. Throws if the index is not of this version or does not hold together.
 */
export async function restoreEngine(
  manifestData: string,
  readPart: ReadPart,
  timer: StepTimer = UNTIMED,
): Promise<RestoredEngine> {
  const manifest = timer.time('manifest.parse', () => parseManifest(manifestData));
  const { nextDoc } = manifest.documents;
  const a = {} as Record<ArrayName, StoredArray>;
  const places: PartPlace[] = [];
  const firstPart = {} as Record<ArrayName, number>;
  const partSize = {} as Record<ArrayName, number>;
  const lazyParts: number[] = [];
  const frontParts: number[] = [];
  const encoded = new Map<ArrayName, Uint8Array>();
  for (const info of manifest.arrays) {
    const array = info.deltas ? new Uint8Array(0) : new ARRAY_TYPES[info.type](info.length);
    const bytes = info.deltas ? new Uint8Array(info.bytes) : new Uint8Array(array.buffer);
    if (info.deltas) encoded.set(info.name, bytes);
    else a[info.name] = array;
    firstPart[info.name] = places.length;
    const into = POSTING_ARRAYS.includes(info.name) ? lazyParts : frontParts;
    for (let k = 0; k < info.parts; k += 1) into.push(places.length + k);
    // A part of documents must name documents that exist.
    const check =
      info.name === 'docs'
        ? (from: number, room: number) => {
            const docs = array as Uint32Array;
            for (let k = from / 4; k < (from + room) / 4; k += 1)
              if (docs[k]! >= nextDoc) damaged('a posting names no document');
          }
        : undefined;
    const size = info.partBytes ?? manifest.partBytes;
    partSize[info.name] = size;
    for (let k = 0; k < info.parts; k += 1) {
      const from = k * size;
      places.push({
        bytes,
        from,
        room: Math.min(size, bytes.length - from),
        checksum: manifest.checksums[places.length]!,
        ...(check === undefined ? {} : { check }),
      });
    }
  }
  const parts = new StoredParts(places, manifest.generation, readPart, timer);
  await parts.loadAll(frontParts);
  const checked = performance.now();
  for (const info of manifest.arrays) {
    if (!info.deltas) continue;
    const decoded = decodeDeltas(encoded.get(info.name)!, info.length);
    if (decoded === null) damaged(`${info.name} cannot be decoded`);
    a[info.name] = decoded;
  }
  const termCount = a.termOffsets.length - 1;
  if (!isRunTable(a.termOffsets, a.termChars.length)) damaged('term offsets');
  if (a.starts.length !== termCount * FIELD_COUNT + 1 || !isRunTable(a.starts, a.docs.length)) damaged('term starts');
  if (a.tfs.length !== a.docs.length) damaged('frequencies');
  if (
    a.kinds.length !== nextDoc ||
    a.articles.length !== nextDoc ||
    a.details.length !== nextDoc ||
    a.lengths.length !== nextDoc * FIELD_COUNT
  )
    damaged('document columns');
  const base: BaseSegment = {
    dictionary: new TermDictionary(a.termChars as Uint16Array, a.termOffsets as Uint32Array),
    starts: a.starts as Uint32Array,
    docs: a.docs as Uint32Array,
    tfs: a.tfs as Uint16Array,
  };
  const columns = {
    kinds: a.kinds as Uint8Array,
    articles: a.articles as Int32Array,
    details: a.details as Int32Array,
    lengths: a.lengths as Uint32Array,
  };
  timer.add('checks', performance.now() - checked);
  const catalog = timer.time('catalog.restore', () => Catalog.restore(manifest.catalog));
  return {
    index: new PostingIndex(base),
    documents: new DocumentTable(columns, manifest.documents),
    catalog,
    postings: new PostingLoad(
      parts,
      { first: firstPart.docs, bytes: partSize.docs },
      { first: firstPart.tfs, bytes: partSize.tfs },
      lazyParts,
    ),
  };
}
