// For tests only: unique database names over fake-indexeddb, each deleted after its test.

import { Dexie } from 'dexie';
import { afterEach } from 'vitest';

/** Call at a test file's top level; returns `nameFor(prefix)`, a fresh name deleted after each test. */
export function freshDatabaseNames(): (prefix: string) => string {
  const names: string[] = [];
  afterEach(async () => {
    for (const name of names.splice(0)) await Dexie.delete(name);
  });
  return (prefix) => {
    const name = `${prefix}-${crypto.randomUUID()}`;
    names.push(name);
    return name;
  };
}
