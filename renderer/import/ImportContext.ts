// The import queue, shared by the dialog, the progress panel, drag-and-drop and "open with".

import { createContext, useContext, useSyncExternalStore } from 'react';
import type { ImportJob, ImportQueue } from './importQueue';

export const ImportQueueContext = createContext<ImportQueue | null>(null);

export function useImportQueue(): ImportQueue {
  const queue = useContext(ImportQueueContext);
  if (queue === null) throw new Error('useImportQueue() outside <ImportQueueContext.Provider>');
  return queue;
}

export function useImportJobs(queue: ImportQueue): readonly ImportJob[] {
  return useSyncExternalStore(queue.subscribe, queue.getSnapshot);
}
