// dexie-export-import writes each row through typeson, which records what JSON cannot hold in a
// `$types` map (key path → type name). Hamish rows are plain data but for stored images, so
// only three entries can appear: "arrayNonindexKeys", which typeson puts on every array,
// "undef", a property that holds `undefined` (written as 0), and "blob2", a Blob written as
// { type, data: base64 } (the images table). Anything else is not something Hamish stores:
// refused. Whether a Blob may stand where it does is for the row schemas to say.

import { err, ok, type Result } from '../../electron/common/result';

const FORBIDDEN_SEGMENTS = new Set(['__proto__', 'prototype', 'constructor']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** typeson escapes "~" as "~0" and "." as "~1" inside a key path segment. */
function segmentsOf(keyPath: string): string[] | null {
  const segments = keyPath.split('.').map((segment) => segment.replace(/~1/g, '.').replace(/~0/g, '~'));
  return keyPath === '' || segments.some((segment) => FORBIDDEN_SEGMENTS.has(segment)) ? null : segments;
}

/** The object holding the last segment, if every step exists as an own property. */
function parentOf(root: Record<string, unknown>, segments: readonly string[]): Record<string, unknown> | null {
  let current: unknown = root;
  for (const segment of segments.slice(0, -1)) {
    if (!isRecord(current) || !Object.hasOwn(current, segment)) return null;
    current = current[segment];
  }
  return isRecord(current) && Object.hasOwn(current, segments.at(-1)!) ? current : null;
}

/** A Blob from dexie-export-import's { type, data: base64 }, or null if it is not one. */
function blobOf(encoded: unknown): Blob | null {
  if (!isRecord(encoded) || typeof encoded['type'] !== 'string' || typeof encoded['data'] !== 'string') return null;
  try {
    const binary = atob(encoded['data']);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
    return new Blob([bytes], { type: encoded['type'] });
  } catch {
    // Not base64: the caller refuses the row as not a stored blob (null).
    return null;
  }
}

export function reviveRow(row: unknown): Result<unknown, string> {
  if (!isRecord(row) || Array.isArray(row) || !Object.hasOwn(row, '$types')) return ok(row);
  const { $types: types, ...plain } = row;
  if (!isRecord(types) || Array.isArray(types)) return err('an unreadable $types entry');
  for (const [keyPath, typeNames] of Object.entries(types)) {
    const segments = segmentsOf(keyPath);
    const parent = segments === null ? null : parentOf(plain, segments);
    if (segments === null || parent === null) return err(`a type note for a missing value at "${keyPath}"`);
    const key = segments.at(-1)!;
    for (const typeName of Array.isArray(typeNames) ? typeNames : [typeNames]) {
      if (typeName === 'arrayNonindexKeys') {
        if (!Array.isArray(parent[key])) return err(`a list with named entries at "${keyPath}"`);
      } else if (typeName === 'undef') {
        parent[key] = undefined;
      } else if (typeName === 'blob2') {
        const blob = blobOf(parent[key]);
        if (blob === null) return err(`an unreadable image at "${keyPath}"`);
        parent[key] = blob;
      } else {
        return err(`a value of type ${String(typeName)} at "${keyPath}", which Hamish never stores`);
      }
    }
  }
  return ok(plain);
}
