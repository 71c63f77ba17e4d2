// Revisions written by this device. The library's changes enter the replica on top of the
// revision the library last matched (not the replica's newest): when the server brought
// another device's change meanwhile, the two become sibling leaves — a real conflict, resolved
// by docs/resolveLeaves.ts — instead of one silently overwriting the other. That needs explicit
// revision trees, i.e. writes with `new_edits: false`, so the revision ids are made here:
// `<generation>-<32 random hex digits>`, like CouchDB's.

import { toHex } from '../crypto/bytes';

export interface RevisionFields {
  _rev: string;
  _revisions: { start: number; ids: string[] };
}

export function parseRev(rev: string): { generation: number; hash: string } | null {
  const match = /^(\d+)-([0-9a-zA-Z]+)$/.exec(rev);
  if (match === null) return null;
  const generation = Number(match[1]);
  return Number.isSafeInteger(generation) && generation > 0 ? { generation, hash: match[2]! } : null;
}

/** The revision fields of a new revision on top of `parent` (or a first revision). */
export function childRevision(parent: string | null): RevisionFields {
  const hash = toHex(crypto.getRandomValues(new Uint8Array(16)));
  const base = parent === null ? null : parseRev(parent);
  if (base === null) return { _rev: `1-${hash}`, _revisions: { start: 1, ids: [hash] } };
  const start = base.generation + 1;
  return { _rev: `${start}-${hash}`, _revisions: { start, ids: [hash, base.hash] } };
}
