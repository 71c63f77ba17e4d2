import { describe, expect, it } from 'vitest';
import type { FromWorker, ToWorker } from '../protocol';
import { memoryDb } from '../../../tests/support/search/memoryDb';
import { articleRow, docOf } from '../../../tests/support/search/rows';
import { handleMessage } from '../worker/handleMessage';
import { IndexService } from '../worker/IndexService';
import { SearchClient, type WorkerPort } from './SearchClient';

/** The worker's code, run in this thread and spoken to through the same messages. */
function inProcessWorker(
  service: (post: (message: FromWorker) => void) => IndexService,
): WorkerPort & { terminated: boolean } {
  const listeners: ((event: MessageEvent<FromWorker>) => void)[] = [];
  const post = (message: FromWorker) => {
    // Replies arrive as separate tasks, as they would from a real worker.
    setTimeout(() =>
      listeners.forEach((listener) => listener({ data: structuredClone(message) } as MessageEvent<FromWorker>)),
    );
  };
  const instance = service(post);
  return {
    terminated: false,
    postMessage(message: ToWorker) {
      if (!this.terminated) void handleMessage(instance, structuredClone(message), post);
    },
    addEventListener(type: string, listener: (event: never) => void) {
      if (type === 'message') listeners.push(listener as (event: MessageEvent<FromWorker>) => void);
    },
    terminate() {
      this.terminated = true;
    },
  };
}

async function seededDb() {
  const db = memoryDb();
  await db.articles.add(articleRow('a1', 'المكتبات العامة'));
  await db.bodies.add({ articleId: 'a1', doc: docOf('تضم القاهرة مكتبات كثيرة.'), updatedAt: 1 });
  return db;
}

describe('SearchClient', () => {
  it('searches through the worker protocol and follows the index status', async () => {
    const db = await seededDb();
    const client = new SearchClient(
      inProcessWorker((post) => new IndexService(db, { onStatus: (status) => post({ type: 'status', status }) })),
    );
    const states: string[] = [];
    client.subscribeStatus(() => states.push(client.status.state));

    const result = await client.search({ query: 'القاهرة' });
    expect(result.ok && result.value.articles.map((article) => article.id)).toEqual(['a1']);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(states).toContain('building');
    expect(client.status.state).toBe('ready');
  });

  it('passes row changes on to the index', async () => {
    const db = await seededDb();
    const client = new SearchClient(inProcessWorker(() => new IndexService(db)));
    await db.articles.update('a1', { title: 'مكتبات الإسكندرية', updatedAt: 2 });
    expect(await client.applyChanges([{ table: 'articles', keys: ['a1'] }])).toEqual({ ok: true, value: null });
    const result = await client.search({ query: 'الإسكندرية' });
    expect(result.ok && result.value.totals.article).toBe(1);
  });

  it('fails pending calls with a reason when the worker is stopped', async () => {
    const db = await seededDb();
    const client = new SearchClient(inProcessWorker(() => new IndexService(db)));
    const pending = client.search({ query: 'القاهرة' });
    client.dispose();
    expect(await pending).toMatchObject({ ok: false, error: 'failed' });
    expect(client.status.state).toBe('failed');
  });
});
