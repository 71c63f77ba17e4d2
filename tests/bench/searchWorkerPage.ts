// The search worker in a bare page of the app's origin, for the search benchmarks: the library
// written to IndexedDB, the shipped worker started as the app starts it and spoken to through
// its real protocol, and the worker's own memory as the browser measures it (its V8 heap and the
// array buffers it holds, after a garbage collection).

import type { Page } from '@playwright/test';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { SearchCorpus } from './searchCorpus';

const SEED_CHUNK = 40;
const TEXT_CHUNK = 5_000;

export interface PageBench {
  call(type: string, request: unknown): Promise<{ ok: boolean; value?: unknown; detail?: string }>;
  stop(): void;
  ready: Promise<{ state: 'ready'; ms: number; how: string; documents: number; steps?: Record<string, number> }>;
  /** Every status the worker sent, with the page's clock when it came (performance.now()). */
  statuses: { state: string; at: number }[];
}
export type BenchWindow = Window & { bench: PageBench };

export function workerAsset(): string {
  const assets = path.resolve(import.meta.dirname, '../../out/renderer/assets');
  const name = readdirSync(assets).find((file) => /^searchWorker-.*\.js$/.test(file));
  if (name === undefined) throw new Error('out/renderer has no search worker: run `npm run build`');
  return `assets/${name}`;
}

export async function seed(page: Page, corpus: SearchCorpus): Promise<void> {
  const write = (rows: { articles?: unknown[]; bodies?: unknown[]; highlights?: unknown[]; notes?: unknown[] }) =>
    page.evaluate(
      (batch) =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.open('hamish');
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            const db = request.result;
            const tx = db.transaction(['articles', 'bodies', 'highlights', 'notes'], 'readwrite');
            for (const [store, list] of Object.entries(batch))
              for (const row of list ?? []) tx.objectStore(store).put(row);
            tx.oncomplete = () => {
              db.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
      rows,
    );
  for (let i = 0; i < corpus.articles.length; i += SEED_CHUNK) {
    const chunk = corpus.articles.slice(i, i + SEED_CHUNK);
    await write({
      articles: chunk.map(({ row }) => row),
      bodies: chunk.map(({ row, doc }) => ({ articleId: row.id, doc, updatedAt: row.updatedAt })),
    });
  }
  for (let i = 0; i < corpus.highlights.length; i += TEXT_CHUNK)
    await write({ highlights: corpus.highlights.slice(i, i + TEXT_CHUNK) });
  for (let i = 0; i < corpus.notes.length; i += TEXT_CHUNK)
    await write({ notes: corpus.notes.slice(i, i + TEXT_CHUNK) });
}

/** Starts the worker in the page, as the app does, with a tiny client for the protocol. */
export async function startWorker(page: Page, url: string): Promise<void> {
  await page.evaluate((workerUrl) => {
    const worker = new Worker(workerUrl, { type: 'module' });
    const pending = new Map<number, (result: unknown) => void>();
    const statuses: { state: string; at: number }[] = [];
    let nextId = 1;
    // No named function values in here: tsx would wrap them in a helper the page lacks.
    let markReady: ((status: never) => void) | null = null;
    const ready = new Promise((resolve) => {
      markReady = resolve;
    });
    worker.addEventListener('error', (event) => {
      statuses.push({ state: `worker error: ${event.message}`, at: performance.now() });
      markReady?.({ state: 'failed', detail: event.message } as never);
      for (const resolve of pending.values()) resolve({ ok: false, detail: event.message });
    });
    worker.addEventListener('message', (event: MessageEvent) => {
      const message = event.data as { type: string; id: number; result: unknown; status: { state: string } };
      if (message.type === 'status') {
        statuses.push({ ...message.status, at: performance.now() });
        if (message.status.state === 'ready' || message.status.state === 'failed') markReady?.(message.status as never);
        return;
      }
      pending.get(message.id)?.(message.result);
      pending.delete(message.id);
    });
    (window as unknown as BenchWindow).bench = {
      ready,
      statuses,
      stop() {
        worker.terminate();
      },
      call(type: string, request: unknown) {
        return new Promise((resolve) => {
          const id = nextId++;
          pending.set(id, resolve as (result: unknown) => void);
          worker.postMessage({ type, id, request });
        });
      },
    } as PageBench;
  }, url);
}

export async function clearStoredIndex(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('hamish');
        request.onsuccess = () => {
          const tx = request.result.transaction('searchIndex', 'readwrite');
          tx.objectStore('searchIndex').clear();
          tx.oncomplete = () => {
            request.result.close();
            resolve();
          };
        };
        request.onerror = () => reject(request.error);
      }),
  );
}

export async function timeQueries(page: Page, queries: readonly string[]): Promise<{ times: number[]; empty: number }> {
  return page.evaluate(async (list) => {
    const { bench } = window as unknown as BenchWindow;
    const times: number[] = [];
    let empty = 0;
    for (const query of list) {
      const began = performance.now();
      const result = (await bench.call('search', { query })) as {
        ok: boolean;
        value: { totals: Record<string, number> };
      };
      times.push(performance.now() - began);
      if (!result.ok) throw new Error('search failed');
      if (Object.values(result.value.totals).every((count) => count === 0)) empty += 1;
    }
    return { times, empty };
  }, queries);
}

/**
 * Lets the app create the database, then leaves it for a bare page of the same origin,
 * cross-origin isolated, so only the benchmark's worker touches the index.
 */
export async function openBenchPage(page: Page, baseUrl: string): Promise<void> {
  await page.goto(`${baseUrl}/index.html?lang=en`);
  await page.locator('article').waitFor();
  await routeIsolated(page, baseUrl);
  await page.goto(`${baseUrl}/bench.html`);
}

/** Headers that make the bench page cross-origin isolated, which measuring memory requires. */
const ISOLATED = { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' };

/**
 * Routes the bench page and the worker's script with the headers that isolate them, so the page
 * may call performance.measureUserAgentSpecificMemory(). The DevTools protocol's
 * Runtime.getHeapUsage on the worker's own session was tried first and left without an answer
 * once the worker had built an index (Chromium 14x, sessions attached through the page).
 */
export async function routeIsolated(page: Page, baseUrl: string): Promise<void> {
  await page.route(`${baseUrl}/bench.html`, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      headers: ISOLATED,
      body: '<!doctype html><title>bench</title>',
    }),
  );
  await page.route(`${baseUrl}/assets/**`, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), ...ISOLATED } });
  });
}

/**
 * The memory of the page's dedicated search worker as the browser measures it for the page
 * (performance.measureUserAgentSpecificMemory: the worker's JS heap, the array buffers its
 * index lives in included, after a garbage collection), in MB.
 */
export async function searchWorkerMemoryMb(page: Page): Promise<number> {
  return page.evaluate(async () => {
    if (!crossOriginIsolated) throw new Error('the bench page is not cross-origin isolated');
    type Measurement = { breakdown: { bytes: number; attribution: { scope: string; url: string }[] }[] };
    const measure = (performance as unknown as { measureUserAgentSpecificMemory(): Promise<Measurement> })
      .measureUserAgentSpecificMemory;
    const result = await measure.call(performance);
    let bytes = 0;
    for (const entry of result.breakdown)
      if (
        entry.attribution.some((who) => who.scope === 'DedicatedWorkerGlobalScope' && who.url.includes('searchWorker'))
      )
        bytes += entry.bytes;
    return bytes / 1e6;
  });
}

/** Where serveBaselineWorker serves another build's search worker, on the bench page's origin. */
export const BASELINE_WORKER_PATH = 'baseline/searchWorker.js';

/**
 * Serves a search worker built from another commit (a file, e.g. main's
 * out/renderer/assets/searchWorker-*.js) at BASELINE_WORKER_PATH with the isolating headers,
 * so the same run measures it beside this one's.
 */
export async function serveBaselineWorker(page: Page, baseUrl: string, file: string): Promise<void> {
  await page.route(`${baseUrl}/${BASELINE_WORKER_PATH}`, (route) =>
    route.fulfill({ path: file, contentType: 'text/javascript', headers: ISOLATED }),
  );
}
