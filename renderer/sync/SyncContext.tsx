// Provides the sync service to the app (main.tsx makes it and starts it once the library is
// open and the first frame is up, so sync never competes with start-up).

import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import type { SyncService } from './SyncService';
import type { SyncStatus } from './syncStatus';

const SyncContext = createContext<SyncService | null>(null);

export function SyncProvider({ service, children }: { service: SyncService; children: ReactNode }): ReactNode {
  return <SyncContext.Provider value={service}>{children}</SyncContext.Provider>;
}

export function useSync(): SyncService {
  const service = useContext(SyncContext);
  if (service === null) throw new Error('useSync() outside <SyncProvider>');
  return service;
}

export function useSyncStatus(): SyncStatus {
  const service = useSync();
  return useSyncExternalStore(service.subscribe, service.status);
}
