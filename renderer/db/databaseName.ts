// The library's IndexedDB name, in a module of its own so the start-up read
// (renderer/startup/earlyRead.ts) can name the database without loading Dexie.

export const DATABASE_NAME = 'hamish';
