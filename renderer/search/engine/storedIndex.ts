// How the engine is stored: a manifest (JSON: versions, the document statistics, the catalog of
// rows, and a table of the arrays) and the typed arrays themselves in parts of at most
// PART_BYTES, written one at a time and read a few ahead of the one being unpacked. Loading is copying bytes: no parsing of terms or
// postings, so a stored index of 60 MB is ready in well under a second. Every array carries a
// checksum and the structure is checked on loading, so a damaged index is rebuilt rather than
// believed.
//
// A part is a string holding two bytes in each UTF-16 code unit, not an ArrayBuffer: with parts
// stored as ArrayBuffers, later reads of the database from the page never completed in our
// browser tests (Chromium 14x), while strings of the same size are what the index was stored as
// before and read back reliably. Packing and unpacking cost some 3 ms per megabyte.

import { ANALYZER_VERSION } from '../../text/analyzer/analyze';
import { Catalog, type StoredCatalog } from './catalog';
import { DocumentTable, type DocumentColumns, type DocumentStats } from './documents';
import type { EngineState } from './engineState';
import { FIELD_COUNT } from './index/fields';
import { PostingIndex, type BaseSegment } from './index/postingIndex';
import { TermDictionary } from './index/termDictionary';

/** Bump when the documents, fields or stored format change; part of the stored key. 2: packed postings. */
export const INDEX_LAYOUT_VERSION = 2;
export const SEARCH_INDEX_KEY = `analyzer-${ANALYZER_VERSION}.layout-${INDEX_LAYOUT_VERSION}`;

/** Bytes per stored part (a multiple of 8, so every part of an array starts on an element). */
export const PART_BYTES = 1024 * 1024;

const ARRAY_TYPES = { Uint8Array, Uint16Array, Uint32Array, Int32Array } as const;
type ArrayType = keyof typeof ARRAY_TYPES;
type StoredArray = Uint8Array | Uint16Array | Uint32Array | Int32Array;

const ARRAY_NAMES = [
  'termChars',
  'termOffsets',
  'starts',
  'docs',
  'tfs',
  'kinds',
  'articles',
  'details',
  'lengths',
] as const;
type ArrayName = (typeof ARRAY_NAMES)[number];

interface ArrayInfo {
  name: ArrayName;
  type: ArrayType;
  length: number;
  parts: number;
  checksum: number;
}

export interface StoredManifest {
  layout: number;
  analyzer: number;
  /** Parts are stored under this generation; a new write uses a new one, then moves the manifest. */
  generation: string;
  parts: number;
  arrays: ArrayInfo[];
  documents: DocumentStats;
  catalog: StoredCatalog;
}

export interface EngineDump {
  parts: Iterable<string>;
  manifest: (parts: number) => string;
}

/** FNV-1a over the array's bytes, four at a time: cheap enough to check 60 MB on every start. */
function checksum(array: StoredArray): number {
  const bytes = new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
  const words = Math.floor(bytes.length / 4);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let hash = 0x811c9dc5;
  for (let i = 0; i < words; i += 1) hash = Math.imul(hash ^ view.getUint32(i * 4, true), 0x01000193);
  for (let i = words * 4; i < bytes.length; i += 1) hash = Math.imul(hash ^ bytes[i]!, 0x01000193);
  return hash >>> 0;
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

/** Whether this machine stores typed-array elements little-endian (every machine Hamish runs on does). */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** Bytes as a string, two to a code unit (little-endian; an odd last byte padded with 0). */
export function packBytes(bytes: Uint8Array): string {
  const whole = bytes.length >> 1;
  let units: Uint16Array;
  if (LITTLE_ENDIAN && bytes.byteOffset % 2 === 0) {
    // The bytes seen as code units as they lie: no copy.
    units = new Uint16Array(bytes.buffer, bytes.byteOffset, whole);
  } else {
    units = new Uint16Array(whole);
    for (let i = 0; i < whole; i += 1) units[i] = bytes[2 * i]! | (bytes[2 * i + 1]! << 8);
  }
  const pieces: string[] = [];
  const PIECE = 8_192; // code units per String.fromCharCode call
  for (let i = 0; i < units.length; i += PIECE) pieces.push(String.fromCharCode(...units.subarray(i, i + PIECE)));
  if (bytes.length % 2 === 1) pieces.push(String.fromCharCode(bytes[bytes.length - 1]!));
  return pieces.join('');
}

/** Writes the bytes packBytes packed into `target` at `at`; returns how many (at most `room`). */
export function unpackBytes(text: string, target: Uint8Array, at: number, room: number): number {
  const count = Math.min(room, text.length * 2);
  const whole = count >> 1;
  if (LITTLE_ENDIAN && (target.byteOffset + at) % 2 === 0) {
    // Two bytes a code unit, written as one element: this runs over every stored byte on each start.
    const units = new Uint16Array(target.buffer, target.byteOffset + at, whole);
    for (let i = 0; i < whole; i += 1) units[i] = text.charCodeAt(i);
  } else {
    for (let i = 0; i < whole; i += 1) {
      const unit = text.charCodeAt(i);
      target[at + 2 * i] = unit & 0xff;
      target[at + 2 * i + 1] = unit >> 8;
    }
  }
  if (count % 2 === 1) target[at + count - 1] = text.charCodeAt(whole) & 0xff;
  return count;
}

function partsOf(array: StoredArray): number {
  return Math.max(1, Math.ceil(array.byteLength / PART_BYTES));
}

/** The engine as parts and manifest. The index must be merged (compact) and unchanged until the last part is taken. */
export function dumpEngine({ index, documents, catalog }: EngineState, generation: string): EngineDump {
  if (index.pendingPostings > 0) throw new Error('merge the index before storing it');
  const { columns, stats } = documents.snapshot();
  const arrays = arraysOf(index.baseSegment, columns);
  // Checksums are taken as the parts are made, so no step of the write holds the worker long.
  const checksums = new Map<ArrayName, number>();
  function* parts(): Generator<string> {
    for (const name of ARRAY_NAMES) {
      const array = arrays[name];
      checksums.set(name, checksum(array));
      const bytes = new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
      for (let part = 0; part < partsOf(array); part += 1) {
        yield packBytes(bytes.subarray(part * PART_BYTES, (part + 1) * PART_BYTES));
      }
    }
  }
  return {
    parts: parts(),
    manifest: (count) => {
      const manifest: StoredManifest = {
        layout: INDEX_LAYOUT_VERSION,
        analyzer: ANALYZER_VERSION,
        generation,
        parts: count,
        arrays: ARRAY_NAMES.map((name) => {
          const array = arrays[name];
          const type = array.constructor.name as ArrayType;
          return {
            name,
            type,
            length: array.length,
            parts: partsOf(array),
            checksum: checksums.get(name) ?? checksum(array),
          };
        }),
        documents: stats,
        catalog: catalog.store(),
      };
      return JSON.stringify(manifest);
    },
  };
}

function damaged(what: string): never {
  throw new Error(`the stored search index is damaged: ${what}`);
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
    !Array.isArray(manifest.arrays) ||
    manifest.arrays.length !== ARRAY_NAMES.length ||
    manifest.arrays.some((info, i) => info?.name !== ARRAY_NAMES[i] || !(info.type in ARRAY_TYPES)) ||
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
  return manifest as StoredManifest;
}

/** Parts asked for ahead of the one being unpacked, so reading and unpacking overlap. */
const READ_AHEAD = 8;

/** Reads part `index` of the index stored under `generation`; undefined if there is none. */
export type ReadPart = (index: number, generation: string) => Promise<unknown>;

async function readArrays(manifest: StoredManifest, readPart: ReadPart): Promise<Record<ArrayName, StoredArray>> {
  const arrays = {} as Record<ArrayName, StoredArray>;
  const requested: (Promise<unknown> | undefined)[] = [];
  const take = (index: number): Promise<unknown> => {
    const last = Math.min(index + READ_AHEAD, manifest.parts - 1);
    while (requested.length <= last) {
      const read = readPart(requested.length, manifest.generation);
      // A part read ahead may fail after an earlier part has already ended the restore.
      read.catch(() => undefined);
      requested.push(read);
    }
    const read = requested[index] ?? Promise.resolve(undefined);
    requested[index] = undefined; // unpacked once: let the string go
    return read;
  };
  let part = 0;
  for (const info of manifest.arrays) {
    const array = new ARRAY_TYPES[info.type](info.length);
    const bytes = new Uint8Array(array.buffer);
    let at = 0;
    for (let k = 0; k < info.parts; k += 1) {
      const data = part < manifest.parts ? await take(part) : undefined;
      if (data === undefined) damaged(`part ${part} is missing`);
      const room = Math.min(PART_BYTES, bytes.length - at);
      if (typeof data !== 'string' || Math.ceil(room / 2) !== data.length) damaged(`part ${part} is malformed`);
      at += unpackBytes(data, bytes, at, room);
      part += 1;
    }
    if (at !== bytes.length) damaged(`${info.name} is cut short`);
    if (checksum(array) !== info.checksum) damaged(`${info.name} does not match its checksum`);
    arrays[info.name] = array;
  }
  if (part !== manifest.parts) damaged('the parts do not add up');
  return arrays;
}

/** Whether `array` starts at 0, never decreases, and ends at `last`. */
function isRunTable(array: ArrayLike<number>, last: number): boolean {
  if (array.length === 0 || array[0] !== 0 || array[array.length - 1] !== last) return false;
  for (let i = 1; i < array.length; i += 1) if (array[i]! < array[i - 1]!) return false;
  return true;
}

/** Reads a stored engine; throws if it is not whole, not of this version, or does not hold together. */
export async function restoreEngine(
  manifestData: string,
  readPart: ReadPart,
): Promise<{ index: PostingIndex; documents: DocumentTable; catalog: Catalog }> {
  const manifest = parseManifest(manifestData);
  const a = await readArrays(manifest, readPart);
  const termCount = a.termOffsets.length - 1;
  const { nextDoc } = manifest.documents;
  if (!isRunTable(a.termOffsets, a.termChars.length)) damaged('term offsets');
  if (a.starts.length !== termCount * FIELD_COUNT + 1 || !isRunTable(a.starts, a.docs.length)) damaged('term starts');
  if (a.tfs.length !== a.docs.length) damaged('frequencies');
  for (const doc of a.docs) if (doc >= nextDoc) damaged('a posting names no document');
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
  const catalog = Catalog.restore(manifest.catalog);
  return { index: new PostingIndex(base), documents: new DocumentTable(columns, manifest.documents), catalog };
}
