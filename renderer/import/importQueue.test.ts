// The import queue against a real (fake-indexeddb) database: failures stay on their own job,
// duplicates wait for the user, cancelling stores nothing, a full disk is reported and leaves
// nothing half-written.

import { describe, expect, it, vi } from 'vitest';
import { ok, type Result } from '../../electron/common/result';
import type { ImportErrorCode } from './errors';
import { ImportQueue, type Extraction } from './importQueue';
import type { ImportInput } from './prepare';
import { inPageExtraction } from '../../tests/support/import/inPageExtraction';
import {
  articleOf,
  outline,
  queueDatabase,
  queuePlatform,
  settled,
  testQueue,
} from '../../tests/support/import/queueHarness';

const PARAGRAPH = 'قال الرئيس في مؤتمر صحفي عقده اليوم إن الحكومة ستعمل على تحسين الأوضاع الاقتصادية للمواطنين.';

const platform = queuePlatform({
  readOpenedFiles: async (paths) =>
    paths.map((path) => ({
      ok: true as const,
      path,
      name: path.split('/').pop()!,
      bytes: new TextEncoder().encode(`من الملف\n${PARAGRAPH}`),
    })),
});

function file(name: string, text: string, read?: () => Promise<Result<Uint8Array, ImportErrorCode>>): ImportInput {
  const bytes = new TextEncoder().encode(text);
  return { kind: 'file', name, size: bytes.byteLength, read: read ?? (async () => ok(bytes)) };
}

const database = queueDatabase('hamish-queue');

describe('ImportQueue', () => {
  it('imports as usual after the pipeline was warmed up, however often', async () => {
    const { db } = database;
    const queue = testQueue(db, platform);
    queue.warmUp();
    queue.warmUp();
    queue.enqueue([file('one.txt', `الأول\n${PARAGRAPH}`)]);
    const jobs = await settled(queue);
    expect(jobs.map(outline)).toEqual([{ status: 'done', error: null, title: 'الأول' }]);
  });

  it('imports each file on its own: a failure is reported while the others are stored', async () => {
    const { db } = database;
    const queue = testQueue(db, platform);
    queue.enqueue([
      file('one.txt', `الأول\n${PARAGRAPH}`),
      file('empty.txt', ''),
      file('two.txt', `الثاني\n${PARAGRAPH} ٢`),
    ]);
    const jobs = await settled(queue);
    expect(jobs.map((job) => ({ label: job.label, ...outline(job) }))).toEqual([
      { label: 'one.txt', status: 'done', error: null, title: 'الأول' },
      { label: 'empty.txt', status: 'failed', error: 'empty', title: null },
      { label: 'two.txt', status: 'done', error: null, title: 'الثاني' },
    ]);
    expect((await db.articles.toArray()).map((row) => row.title).sort()).toEqual(['الأول', 'الثاني']);
    expect(await db.bodies.count()).toBe(2);
  });

  it('holds a duplicate for the user, and stores it on "keep both"', async () => {
    const { db } = database;
    const queue = testQueue(db, platform);
    queue.enqueue([{ kind: 'paste', text: PARAGRAPH, html: null, title: 'نص' }]);
    const [first] = await settled(queue);
    queue.enqueue([{ kind: 'paste', text: PARAGRAPH, html: null, title: 'نص آخر' }]);
    const jobs = await settled(queue);
    expect(jobs[1]).toMatchObject({ status: 'duplicate', articleId: articleOf(first), title: 'نص' });
    expect(await db.articles.count()).toBe(1);
    await queue.keepBoth(jobs[1]!.id);
    expect(queue.getSnapshot()[1]).toMatchObject({ status: 'done', title: 'نص آخر' });
    expect(await db.articles.count()).toBe(2);
  });

  it('does not count a deleted article as a duplicate', async () => {
    const { db } = database;
    const queue = testQueue(db, platform);
    queue.enqueue([{ kind: 'paste', text: PARAGRAPH, html: null, title: 'نص' }]);
    const [first] = await settled(queue);
    await db.articles.update(articleOf(first), { deletedAt: Date.now() });
    queue.enqueue([{ kind: 'paste', text: PARAGRAPH, html: null, title: 'نص' }]);
    expect((await settled(queue))[1]!.status).toBe('done');
  });

  it("reads each chosen file once, the next one's while the one before converts, and none it refuses unread", async () => {
    const { db } = database;
    const reads = vi.spyOn(Blob.prototype, 'arrayBuffer');
    const readNames = () => reads.mock.contexts.map((blob) => (blob as File).name);
    let readWhenFirstConverted: string[] = [];
    const extraction: Extraction = {
      convert: (request, signal) => {
        if (readWhenFirstConverted.length === 0) readWhenFirstConverted = readNames();
        return inPageExtraction.convert(request, signal);
      },
      warmUp: () => {},
    };
    const queue = new ImportQueue(db, platform, undefined, extraction);
    const chosen = (name: string, text: string) => new File([text], name, { type: 'text/plain' });
    queue.enqueueFiles([
      chosen('one.txt', `الأول\n${PARAGRAPH}`),
      chosen('two.txt', `الثاني\n${PARAGRAPH} ٢`),
      chosen('tool.exe', 'MZ'),
      chosen('empty.txt', ''),
    ]);
    const jobs = await settled(queue);
    expect(jobs.map(outline)).toEqual([
      { status: 'done', error: null, title: 'الأول' },
      { status: 'done', error: null, title: 'الثاني' },
      { status: 'failed', error: 'unsupported-file', title: null },
      { status: 'failed', error: 'empty', title: null },
    ]);
    expect(readNames().sort()).toEqual(['one.txt', 'two.txt']);
    expect(readWhenFirstConverted).toEqual(['one.txt', 'two.txt']);
    reads.mockRestore();
  });

  it('cancels the running job and those queued behind it, storing nothing', async () => {
    const { db } = database;
    const queue = testQueue(db, platform);
    let release: (value: Result<Uint8Array, ImportErrorCode>) => void = () => {};
    const slow = file('slow.txt', '', () => new Promise((resolve) => (release = resolve)));
    queue.enqueue([slow, file('next.txt', `التالي\n${PARAGRAPH}`)]);
    await vi.waitFor(() => expect(queue.getSnapshot()[0]!.status).toBe('working'));
    queue.cancelAll();
    release(ok(new TextEncoder().encode(`بطيء\n${PARAGRAPH}`)));
    const jobs = await settled(queue);
    expect(jobs.map((job) => job.status)).toEqual(['cancelled', 'cancelled']);
    expect(await db.articles.count()).toBe(0);
  });

  it('reports a full disk and leaves nothing half-written', async () => {
    const { db } = database;
    const queue = testQueue(db, platform);
    const original = db.bodies.add.bind(db.bodies);
    const failingAdd = async (...args: Parameters<typeof original>) => {
      await original(...args);
      throw Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
    };
    vi.spyOn(db.bodies, 'add').mockImplementation(failingAdd as unknown as typeof original);
    queue.enqueue([file('full.txt', `ممتلئ\n${PARAGRAPH}`)]);
    const [job] = await settled(queue);
    expect(job).toMatchObject({ status: 'failed', error: 'storage-full' });
    expect(await db.articles.count()).toBe(0);
    expect(await db.bodies.count()).toBe(0);
  });

  it('reads "open with" documents through the platform', async () => {
    const { db } = database;
    const queue = testQueue(db, platform);
    queue.enqueueOpenedPaths(['/home/user/مقالة.txt']);
    const [job] = await settled(queue);
    expect(job).toMatchObject({ label: 'مقالة.txt', status: 'done', title: 'من الملف' });
  });

  it('gives a web failure its reason', async () => {
    const { db } = database;
    const queue = testQueue(db, platform);
    queue.enqueue([
      { kind: 'web', url: 'https://unreachable.example/' },
      { kind: 'web', url: 'file:///etc/passwd' },
    ]);
    const jobs = await settled(queue);
    expect(jobs.map((job) => outline(job).error)).toEqual(['unreachable', 'bad-scheme']);
    expect(await db.articles.count()).toBe(0);
  });
});
