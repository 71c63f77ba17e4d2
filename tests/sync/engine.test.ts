// The sync engine in Node, between two libraries and the real replication server (a process
// of its own on 127.0.0.1, or COUCHDB_URL's CouchDB): set-up, first sync both ways, live
// changes, a conflicting note, a wrong passphrase, and what the server stores. The browser
// suite (tests/e2e/sync.spec.ts) repeats the user-facing scenarios through the UI.

import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addArticle } from '../../renderer/db/articles';
import { addHighlight, addHighlightTags, removeHighlightTag } from '../../renderer/db/highlights';
import { addNote, editNote } from '../../renderer/db/notes';
import { writeSetting } from '../../renderer/db/settings';
import { unwrap } from '../support/unwrap';
import { textToDoc } from '../../renderer/article/textToDoc';
import { startReplicationServer, storedForm, type ReplicationServer } from '../support/sync/replicationServer';
import { eventually, nodeDevice, type NodeDevice } from './nodeDevice';

const SENTENCE = 'تستعيد أسواق حلب القديمة نبضها بعد سنوات من الصمت';
const NOTE = 'ملاحظتي السرية على الهامش';
const PASSPHRASE = 'عبارة مرور طويلة للمزامنة';
const TAG = 'وسم سري';

let server: ReplicationServer;
beforeAll(async () => {
  server = await startReplicationServer();
}, 60_000);
afterAll(async () => {
  await server?.stop();
});

async function setUp(device: NodeDevice, database: string, passphrase = PASSPHRASE) {
  return device.engine.setUp({
    address: `${server.origin}/${database}`,
    username: server.username,
    password: server.password,
    passphrase,
  });
}

async function seed(device: NodeDevice) {
  const article = await addArticle(device.db, {
    title: 'أسواق حلب',
    doc: textToDoc(`${SENTENCE}.\n\nفقرة ثانية.`, 'ar'),
    source: 'paste',
  });
  const { highlight, note } = unwrap(
    await addHighlight(
      device.db,
      {
        articleId: article.id,
        start: 0,
        end: 6,
        exact: 'تستعيد',
        prefix: '',
        suffix: ' أسواق',
        color: 'green',
        contentHash: article.contentHash,
        extractionVersion: 1,
      },
      NOTE,
    ),
  );
  unwrap(await addHighlightTags(device.db, highlight.id, [TAG, 'souks']));
  unwrap(await writeSetting(device.db, 'theme', 'sepia'));
  return { article, highlight, note: note! };
}

describe('sync between two libraries through the replication server', () => {
  it('sets up, syncs both ways (highlight tags too), follows live changes and keeps both texts of a conflicting note', async () => {
    const database = server.databaseName('engine');
    const a = await nodeDevice(`device-a-${crypto.randomUUID()}`);
    const b = await nodeDevice(`device-b-${crypto.randomUUID()}`);
    try {
      const { article, highlight, note } = await seed(a);
      expect(await setUp(a, database)).toBeNull();
      expect(a.engine.status()).toMatchObject({ state: expect.stringMatching(/idle|syncing/), error: null });

      // The server holds none of the plaintext.
      const stored = await server.storedText(database);
      for (const secret of [SENTENCE, NOTE, 'أسواق حلب', TAG, article.id, note.id])
        expect(stored).not.toContain(storedForm(secret));

      expect(await setUp(b, database)).toBeNull();
      expect(await b.db.articles.get(article.id)).toEqual(await a.db.articles.get(article.id));
      expect(await b.db.bodies.get(article.id)).toEqual(await a.db.bodies.get(article.id));
      expect(await b.db.notes.get(note.id)).toEqual(await a.db.notes.get(note.id));
      expect((await b.db.highlights.get(highlight.id))?.tags).toEqual([TAG, 'souks']);
      expect((await b.db.settings.get('theme'))?.value).toBe('sepia');

      // A tag removed on B is removed on A; the row is then as it was before it had tags.
      unwrap(await removeHighlightTag(b.db, highlight.id, TAG));
      unwrap(await removeHighlightTag(b.db, highlight.id, 'souks'));
      const untagged = await eventually(
        () => a.db.highlights.get(highlight.id),
        (row) => row !== undefined && row.tags === undefined,
      );
      expect(untagged).toEqual(await b.db.highlights.get(highlight.id));

      // Live: a note typed on A appears on B; B's new highlight appears on A.
      unwrap(await editNote(a.db, note.id, 'نص جديد من الجهاز الأول'));
      await eventually(
        () => b.db.notes.get(note.id),
        (row) => row?.text === 'نص جديد من الجهاز الأول',
      );
      const fromB = unwrap(await addNote(b.db, { articleId: article.id, highlightId: null, text: 'من الجهاز الثاني' }));
      await eventually(
        () => a.db.notes.get(fromB.id),
        (row) => row?.text === 'من الجهاز الثاني',
      );

      // Both apart: the same note edited on each, then together again.
      await a.engine.setLive(false);
      await b.engine.setLive(false);
      unwrap(await editNote(a.db, note.id, 'نسخة الجهاز الأول'));
      await new Promise((resolve) => setTimeout(resolve, 5));
      unwrap(await editNote(b.db, note.id, 'نسخة الجهاز الثاني'));
      await eventually(
        () => a.db.notes.get(note.id),
        (row) => row?.text === 'نسخة الجهاز الأول',
      );
      await a.engine.syncNow();
      await b.engine.syncNow();
      await a.engine.syncNow();
      const onA = await eventually(
        () => a.db.notes.get(note.id),
        (row) => (row?.otherVersions?.length ?? 0) > 0,
      );
      const onB = await eventually(
        () => b.db.notes.get(note.id),
        (row) => (row?.otherVersions?.length ?? 0) > 0,
      );
      expect(onA).toEqual(onB);
      expect(onA?.text).toBe('نسخة الجهاز الثاني');
      expect(onA?.otherVersions?.map((version) => version.text)).toEqual(['نسخة الجهاز الأول']);
      expect(await a.db.notes.count()).toBe(await b.db.notes.count());
    } finally {
      await a.close();
      await b.close();
    }
  }, 240_000);

  it('refuses a wrong passphrase before anything is read, and leaves the library as it was', async () => {
    const database = server.databaseName('wrong');
    const a = await nodeDevice(`device-a-${crypto.randomUUID()}`);
    const b = await nodeDevice(`device-b-${crypto.randomUUID()}`);
    try {
      await seed(a);
      expect(await setUp(a, database)).toBeNull();
      const own = await addArticle(b.db, {
        title: 'مقالة الجهاز الثاني',
        doc: textToDoc('نص.', 'ar'),
        source: 'paste',
      });
      const before = { articles: await b.db.articles.toArray(), notes: await b.db.notes.toArray() };
      expect(await setUp(b, database, 'عبارة خاطئة تماما')).toBe('wrong-passphrase');
      expect(b.engine.status()).toMatchObject({ state: 'off', error: 'wrong-passphrase' });
      expect(await b.db.articles.toArray()).toEqual(before.articles);
      expect(await b.db.notes.toArray()).toEqual(before.notes);
      expect(await b.db.articles.get(own.id)).toBeDefined();
    } finally {
      await a.close();
      await b.close();
    }
  }, 120_000);

  // Our server only: the tests cannot stop COUCHDB_URL's CouchDB (the browser suite cuts it off
  // through its proxy instead).
  it.skipIf(Boolean(process.env['COUCHDB_URL']))(
    'a server that goes away during live sync: the status says it cannot be reached, never "synced", until it is back',
    async () => {
      const database = server.databaseName('away');
      const a = await nodeDevice(`device-a-${crypto.randomUUID()}`);
      let killed = false;
      try {
        const { article } = await seed(a);
        expect(await setUp(a, database)).toBeNull();
        const synced = (await a.until((status) => status.state === 'idle' && status.waiting === 0)).lastSyncedAt;
        expect(synced).not.toBeNull();

        await server.kill();
        killed = true;
        await addNote(a.db, { articleId: article.id, highlightId: null, text: 'كتبت والخادم غائب' });
        // The note waits; the status says why, and does not claim a sync that did not happen.
        const down = await a.until((status) => status.state === 'error' && status.waiting > 0);
        expect(down).toMatchObject({ error: 'unreachable', lastSyncedAt: synced });

        await server.restart();
        killed = false;
        await a.engine.syncNow();
        const back = await a.until((status) => status.state === 'idle' && status.waiting === 0);
        expect(back.error).toBeNull();
        expect(back.lastSyncedAt).toBeGreaterThan(synced!);
      } finally {
        await a.close();
        if (killed) await server.restart();
      }
    },
    180_000,
  );

  it('says so when the password is wrong or the server is not there', async () => {
    const a = await nodeDevice(`device-a-${crypto.randomUUID()}`);
    try {
      const wrong = await a.engine.setUp({
        address: `${server.origin}/${server.databaseName('pw')}`,
        username: server.username,
        password: 'not the password',
        passphrase: PASSPHRASE,
      });
      expect(wrong).toBe('wrong-password');
      const nowhere = await a.engine.setUp({
        address: 'http://127.0.0.1:9/hamish',
        username: 'x',
        password: 'y',
        passphrase: PASSPHRASE,
      });
      expect(nowhere).toBe('unreachable');
      expect(
        await a.engine.setUp({ address: 'ftp://example.org', username: 'x', password: 'y', passphrase: PASSPHRASE }),
      ).toBe('bad-url');
    } finally {
      await a.close();
    }
  }, 60_000);
});
