// The UI thread's handle on the search worker: typed calls that resolve with the worker's
// reply, the index status for the progress bar, and row changes passed on as they commit.

import { err, type Result } from '../../../electron/common/result';
import type { CallName, FromWorker, IndexStatus, SearchFailure, TableChange, ToWorker, WorkerCalls } from '../protocol';
import type { SearchRequest, SearchResponse } from '../types';

/** What the client needs of a Worker; tests pass an in-process stand-in. */
export interface WorkerPort {
  postMessage(message: ToWorker): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<FromWorker>) => void): void;
  addEventListener(type: 'error', listener: (event: ErrorEvent) => void): void;
  terminate(): void;
}

type Pending = (result: Result<unknown, SearchFailure>) => void;

export class SearchClient {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly statusListeners = new Set<() => void>();
  private currentStatus: IndexStatus = { state: 'starting' };

  constructor(private readonly worker: WorkerPort) {
    worker.addEventListener('message', (event) => this.receive(event.data));
    worker.addEventListener('error', (event) => this.fail(event.message || 'the search worker stopped'));
  }

  get status(): IndexStatus {
    return this.currentStatus;
  }

  /** For useSyncExternalStore. */
  subscribeStatus = (listener: () => void): (() => void) => {
    this.statusListeners.add(listener);
    return () => this.statusListeners.delete(listener);
  };

  search(request: SearchRequest): Promise<Result<SearchResponse, SearchFailure>> {
    return this.call('search', request);
  }

  applyChanges(changes: TableChange[]): Promise<Result<null, SearchFailure>> {
    return this.call('changes', changes);
  }

  flush(): Promise<Result<null, SearchFailure>> {
    return this.call('flush', null);
  }

  dispose(): void {
    this.worker.terminate();
    this.fail('the search worker was stopped');
  }

  private call<K extends CallName>(
    type: K,
    request: WorkerCalls[K]['request'],
  ): Promise<Result<WorkerCalls[K]['response'], SearchFailure>> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve as Pending);
      this.worker.postMessage({ type, id, request } as ToWorker);
    });
  }

  private receive(message: FromWorker): void {
    if (message.type === 'status') {
      this.setStatus(message.status);
      return;
    }
    const resolve = this.pending.get(message.id);
    this.pending.delete(message.id);
    resolve?.(message.result);
  }

  private fail(detail: string): void {
    for (const resolve of this.pending.values()) resolve(err('failed', detail));
    this.pending.clear();
    this.setStatus({ state: 'failed', detail });
  }

  private setStatus(status: IndexStatus): void {
    this.currentStatus = status;
    for (const listener of this.statusListeners) listener();
  }
}
