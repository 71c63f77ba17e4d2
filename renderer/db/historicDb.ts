// A Dexie over the schema history up to a given version: the library as the app that wrote it
// saw it. Restoring an older backup stages its rows in one of these and then lets the current
// HamishDb upgrade them, so old data goes through the very upgrade code a user's disk would.

import { Dexie } from 'dexie';
import { SCHEMA_HISTORY } from './schema';

export function databaseAtVersion(name: string, version: number): Dexie {
  if (!SCHEMA_HISTORY.some((step) => step.version === version)) throw new RangeError(`No schema version ${version}`);
  const db = new Dexie(name);
  for (const step of SCHEMA_HISTORY) {
    if (step.version > version) break;
    const declared = db.version(step.version).stores(step.stores);
    if (step.upgrade !== undefined) declared.upgrade(step.upgrade);
  }
  return db;
}

/** The table names a given schema version has (a `null` store deletes a table). */
export function tablesAtVersion(version: number): Map<string, string> {
  const tables = new Map<string, string>();
  for (const step of SCHEMA_HISTORY) {
    if (step.version > version) break;
    for (const [table, spec] of Object.entries(step.stores)) {
      if (spec === null) tables.delete(table);
      else tables.set(table, spec);
    }
  }
  return tables;
}
