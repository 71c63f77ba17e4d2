// Starts the search worker as its own module script (Vite bundles it and its imports; the CSP
// allows workers from 'self').

import type { WorkerPort } from './SearchClient';

export function startSearchWorker(): WorkerPort {
  return new Worker(new URL('../worker/searchWorker.ts', import.meta.url), {
    type: 'module',
    name: 'hamish-search',
  }) as WorkerPort;
}
