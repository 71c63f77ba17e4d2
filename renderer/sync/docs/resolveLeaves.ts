// Deterministic conflict resolution. When two devices changed the same part while apart, the
// replica holds both versions as leaves of one revision tree. Every device that sees the same
// leaves picks the same result:
//
// - the version with the newest `updatedAt` wins; on a tie, the greater canonical JSON (an
//   arbitrary but shared order);
// - a note keeps the losing texts: each text that differs from the winner's is added to the
//   winner's `otherVersions` (with the merged versions the leaves already carried), shown beside
//   the note until the user merges them. A note is never silently dropped;
// - a version another leaf was written on top of (its content hash is that leaf's `basis`) is
//   not a competing edit, and adds nothing;
// - deletions are ordinary changes here (`deletedAt` with its `updatedAt`), so a newer deletion
//   wins over an older edit and an older deletion loses to a newer edit.

import { canonicalJson } from './canonicalJson';
import type { DecodedPart } from './partCodec';

export interface Leaf {
  rev: string;
  part: DecodedPart;
  /** The content hash of this version (engine/partHash.ts), when known. */
  hash?: string;
}

export interface NoteVersion {
  text: string;
  updatedAt: number;
}

/** At most this many other versions are kept on a note; the oldest go first. */
export const MAX_OTHER_VERSIONS = 20;

function sameBinary(a: Uint8Array | null, b: Uint8Array | null): boolean {
  if (a === null || b === null) return a === b;
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index += 1) if (a[index] !== b[index]) return false;
  return true;
}

/** Whether two decoded parts hold the same version. */
export function samePart(a: DecodedPart, b: DecodedPart): boolean {
  return a.updatedAt === b.updatedAt && canonicalJson(a.fields) === canonicalJson(b.fields) && sameBinary(a.binary, b.binary);
}

function compareVersions(a: DecodedPart, b: DecodedPart): number {
  if (a.updatedAt !== b.updatedAt) return a.updatedAt - b.updatedAt;
  const left = canonicalJson(a.fields);
  const right = canonicalJson(b.fields);
  return left < right ? -1 : left > right ? 1 : 0;
}

function versionsOf(fields: Record<string, unknown>): NoteVersion[] {
  const value = fields['otherVersions'];
  if (!Array.isArray(value)) return [];
  return value.filter(
    (item): item is NoteVersion =>
      typeof item === 'object' &&
      item !== null &&
      typeof (item as NoteVersion).text === 'string' &&
      typeof (item as NoteVersion).updatedAt === 'number',
  );
}

/** The note's fields with the losers' texts merged into `otherVersions`. */
function mergeNoteTexts(winner: DecodedPart, losers: readonly DecodedPart[]): Record<string, unknown> {
  const text = winner.fields['text'];
  const byText = new Map<string, NoteVersion>();
  const offer = (version: NoteVersion) => {
    if (version.text === text || version.text.trim() === '') return;
    const known = byText.get(version.text);
    if (known === undefined || known.updatedAt < version.updatedAt) byText.set(version.text, version);
  };
  for (const version of versionsOf(winner.fields)) offer(version);
  for (const loser of losers) {
    for (const version of versionsOf(loser.fields)) offer(version);
    // A deleted note's text is what was deleted, not a competing edit.
    if (loser.fields['deletedAt'] === null && typeof loser.fields['text'] === 'string') {
      offer({ text: loser.fields['text'], updatedAt: loser.updatedAt });
    }
  }
  const versions = [...byText.values()]
    .sort((a, b) => a.updatedAt - b.updatedAt || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0))
    .slice(-MAX_OTHER_VERSIONS);
  const { otherVersions: _previous, ...rest } = winner.fields;
  return versions.length === 0 ? rest : { ...rest, otherVersions: versions };
}

export interface Resolution {
  /** The resolved version. */
  resolved: DecodedPart;
  /** The leaf to write the resolved version onto (or to keep, when it already holds it). */
  keepRev: string;
  /** Whether `keepRev` must get a new revision holding `resolved`. */
  rewrite: boolean;
  /** The other leaves, to be closed with a deletion. */
  close: string[];
}

/**
 * Resolves the leaves of one document. `winningRev` is the revision the replica calls the
 * winner (CouchDB's rule, the same on every device); the resolved version is written on top of
 * it, so every device ends on the same branch.
 */
export function resolveLeaves(leaves: readonly Leaf[], winningRev: string): Resolution {
  if (leaves.length === 0) throw new RangeError('no leaves');
  const sorted = [...leaves].sort((a, b) => compareVersions(a.part, b.part));
  const newest = sorted[sorted.length - 1]!.part;
  // A leaf another leaf was written on top of is not a competing edit (two devices wrote the
  // same resolution, and one was edited further): its text is already in the newer one.
  const superseded = new Set(leaves.flatMap((leaf) => (typeof leaf.part.basis === 'string' ? [leaf.part.basis] : [])));
  const losers = sorted
    .slice(0, -1)
    .filter((leaf) => leaf.hash === undefined || !superseded.has(leaf.hash))
    .map((leaf) => leaf.part);
  const resolved: DecodedPart =
    newest.table === 'notes' ? { ...newest, fields: mergeNoteTexts(newest, losers) } : newest;
  const keep = leaves.find((leaf) => leaf.rev === winningRev) ?? sorted[sorted.length - 1]!;
  return {
    resolved,
    keepRev: keep.rev,
    rewrite: !samePart(keep.part, resolved),
    close: leaves.filter((leaf) => leaf.rev !== keep.rev).map((leaf) => leaf.rev),
  };
}
