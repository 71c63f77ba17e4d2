// Asks IndexedDB which databases exist as the very first thing the renderer does (main.tsx
// imports this module first). The browser takes tens of milliseconds to answer at start-up;
// asked here, the answer comes while the rest of the scripts are still being evaluated,
// instead of after them on the way to opening the library.

let early: Promise<IDBDatabaseInfo[]> | null =
  typeof indexedDB !== 'undefined' && typeof indexedDB.databases === 'function' ? indexedDB.databases() : null;
// A failure is seen, and worded, by whoever takes the list.
early?.catch(() => undefined);

/** The list asked for at start-up, once; null once taken or where the API is missing. */
export function takeEarlyDatabaseList(): Promise<IDBDatabaseInfo[]> | null {
  const list = early;
  early = null;
  return list;
}
