// The IndexedDB databases sync keeps beside a library: its bookkeeping and its replica.

export function syncDatabaseNames(libraryName: string): { store: string; replica: string } {
  return { store: `${libraryName}-sync`, replica: `${libraryName}-sync-replica` };
}
