// The stored index's arrays read back from their parts (storedIndex.ts says what they are), in
// two times: the arrays a query is planned with (terms, where each term's postings begin, the
// document table) before the index answers, and the postings themselves (documents and
// frequencies, two thirds of the bytes) after — those a query needs at once, the rest in the
// background. So a start reads a third of the index before its first answer (issue 17,
// search.cold_ready_ms).
//
// Every part carries its own checksum and is checked as it arrives; a part of postings is also
// checked to name only existing documents. A damaged part fails whoever waits for it.

/** Reads part `index` of the index stored under `generation`; undefined if there is none. */
export type ReadPart = (index: number, generation: string) => Promise<unknown>;

/** Where a restore's time goes (the worker's start timings); optional. */
export interface StepTimer {
  time<T>(step: string, work: () => T): T;
  add(step: string, ms: number): void;
}
export const UNTIMED: StepTimer = { time: (_step, work) => work(), add: () => undefined };

/** Parts asked for at once while loading a list of them, so reading and unpacking overlap. */
const READ_AHEAD = 8;
/** Parts read at once for the rest of the postings, behind the queries: few, so a query's reads wait behind few. */
const BACKGROUND_LANES = 2;

/** FNV-1a over bytes, four at a time: cheap enough to check every part on every start. */
export function checksum(bytes: Uint8Array): number {
  const words = Math.floor(bytes.length / 4);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let hash = 0x811c9dc5;
  for (let i = 0; i < words; i += 1) hash = Math.imul(hash ^ view.getUint32(i * 4, true), 0x01000193);
  for (let i = words * 4; i < bytes.length; i += 1) hash = Math.imul(hash ^ bytes[i]!, 0x01000193);
  return hash >>> 0;
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

const DAMAGED = 'the stored search index is damaged';

export function damaged(what: string): never {
  throw new Error(`${DAMAGED}: ${what}`);
}

/** Whether an error says the stored index is damaged (a part missing, malformed or failing its checksum). */
export function isDamagedIndex(error: unknown): boolean {
  return error instanceof Error && error.message.startsWith(DAMAGED);
}

/** Where one part's bytes go. */
export interface PartPlace {
  /** The array's bytes. */
  bytes: Uint8Array;
  from: number;
  room: number;
  checksum: number;
  /** Checks the part's elements once unpacked (e.g. documents that exist); throws if they are not right. */
  check?: (from: number, room: number) => void;
}

export class StoredParts {
  private readonly loads: (Promise<void> | undefined)[];
  private loadedCount = 0;

  constructor(
    private readonly places: readonly PartPlace[],
    private readonly generation: string,
    private readonly readPart: ReadPart,
    private readonly timer: StepTimer,
  ) {
    this.loads = new Array<Promise<void> | undefined>(places.length);
  }

  get complete(): boolean {
    return this.loadedCount === this.places.length;
  }

  /** Reads, unpacks and checks one part (once; later calls share the first). */
  load(part: number): Promise<void> {
    this.loads[part] ??= this.read(part);
    return this.loads[part];
  }

  /** Loads the parts, READ_AHEAD at a time. */
  async loadAll(parts: readonly number[]): Promise<void> {
    let next = 0;
    const lane = async () => {
      while (next < parts.length) await this.load(parts[next++]!);
    };
    await Promise.all(Array.from({ length: Math.min(READ_AHEAD, parts.length) }, lane));
  }

  private async read(part: number): Promise<void> {
    const place = this.places[part]!;
    const waited = performance.now();
    const data = await this.readPart(part, this.generation);
    this.timer.add('parts.wait', performance.now() - waited);
    if (data === undefined) damaged(`part ${part} is missing`);
    if (typeof data !== 'string' || Math.ceil(place.room / 2) !== data.length) damaged(`part ${part} is malformed`);
    this.timer.time('parts.unpack', () => unpackBytes(data, place.bytes, place.from, place.room));
    const sum = this.timer.time('parts.checksum', () =>
      checksum(place.bytes.subarray(place.from, place.from + place.room)),
    );
    if (sum !== place.checksum) damaged(`part ${part} does not match its checksum`);
    place.check?.(place.from, place.room);
    this.loadedCount += 1;
  }
}

/** Where an array's parts are: its first part's number, and bytes per part. */
export interface ArrayParts {
  first: number;
  bytes: number;
}

/**
 * The postings of a restored engine still being read: `ensure` reads the parts that hold the
 * given runs of postings (documents and frequencies), `all` the rest.
 */
export class PostingLoad {
  private everything: Promise<void> | null = null;
  /** Queries running or waiting for their parts: reading the rest pauses for them. */
  private urgent = 0;
  private calm: (() => void)[] = [];

  constructor(
    private readonly parts: StoredParts,
    /** The documents' and the frequencies' first part numbers and bytes per part. */
    private readonly docs: ArrayParts,
    private readonly tfs: ArrayParts,
    private readonly lazyParts: readonly number[],
  ) {}

  get complete(): boolean {
    return this.parts.complete;
  }

  /**
   * Runs a query with the background reading paused: the rest of the postings is read between
   * queries, never beside one. A query's own parts (ensure) are read at once; what it waits on
   * otherwise (its texts from IndexedDB, its ranking) no longer shares the worker with the
   * unpacking of parts it does not need, nor IndexedDB with their reads (issue 17,
   * search.query_p95_ms: the first queries after a start).
   */
  async whileQuerying<T>(query: () => Promise<T>): Promise<T> {
    this.urgent += 1;
    try {
      return await query();
    } finally {
      this.calmDown();
    }
  }

  /** Reads the parts holding postings [from, to) of each run, before any other part still to read. */
  async ensure(runs: readonly (readonly [number, number])[]): Promise<void> {
    const wanted = new Set<number>();
    const docsPerPart = this.docs.bytes / Uint32Array.BYTES_PER_ELEMENT;
    const tfsPerPart = this.tfs.bytes / Uint16Array.BYTES_PER_ELEMENT;
    for (const [from, to] of runs) {
      if (to <= from) continue;
      for (let p = Math.floor(from / docsPerPart); p <= Math.floor((to - 1) / docsPerPart); p += 1)
        wanted.add(this.docs.first + p);
      for (let p = Math.floor(from / tfsPerPart); p <= Math.floor((to - 1) / tfsPerPart); p += 1)
        wanted.add(this.tfs.first + p);
    }
    this.urgent += 1;
    try {
      await this.parts.loadAll([...wanted]);
    } finally {
      this.calmDown();
    }
  }

  private calmDown(): void {
    this.urgent -= 1;
    if (this.urgent === 0) for (const resume of this.calm.splice(0)) resume();
  }

  /** Reads every part not read yet (once), BACKGROUND_LANES at a time, pausing while a query runs. */
  all(): Promise<void> {
    this.everything ??= (async () => {
      let next = 0;
      const lane = async () => {
        while (next < this.lazyParts.length) {
          while (this.urgent > 0) await new Promise<void>((resume) => this.calm.push(resume));
          await this.parts.load(this.lazyParts[next++]!);
        }
      };
      await Promise.all(Array.from({ length: BACKGROUND_LANES }, lane));
    })();
    return this.everything;
  }
}
