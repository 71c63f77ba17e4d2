// A web address on the user's own network: the queue holds the job for the user's answer, and
// fetches the page again, allowed, only after "Save the page". Against a real (fake-indexeddb)
// database, with a capture that answers as main does.

import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { err, ok } from '../../electron/common/result';
import { setupI18n } from '../i18n/setupI18n';
import type { WebCapture } from '../platform/Platform';
import type { JobIn } from './importQueue';
import { PrivateAddressDialog } from './PrivateAddressDialog';
import { queueDatabase, queuePlatform, settled, testQueue } from '../../tests/support/import/queueHarness';

const PAGE = 'صفحة من الشبكة المنزلية\n\nقال الرئيس في مؤتمر صحفي عقده اليوم إن الحكومة ستعمل على تحسين الأوضاع.';

/** Main's answer for an address on the own network: refused until confirmed. */
function homeNetworkPlatform() {
  const fetchPage = vi.fn<WebCapture['fetchPage']>(async (url, options) =>
    options?.allowPrivateNetwork === true
      ? ok({ url, contentType: 'text/plain; charset=utf-8', bytes: new TextEncoder().encode(PAGE) })
      : err('private-address' as const, '192.168.1.20 (private)'),
  );
  return { platform: queuePlatform({ fetchPage }), fetchPage };
}

const database = queueDatabase('hamish-queue-private');

describe('an address on the own network', () => {
  it('waits for the answer, and is saved only after "Save the page"', async () => {
    const { platform, fetchPage } = homeNetworkPlatform();
    const { db } = database;
    const queue = testQueue(db, platform);
    queue.enqueue([{ kind: 'web', url: 'http://192.168.1.20/wiki' }]);
    const [waiting] = await settled(queue);
    expect(waiting).toMatchObject({ status: 'confirm-private', detail: '192.168.1.20 (private)' });
    expect(fetchPage).toHaveBeenCalledTimes(1);
    expect(fetchPage.mock.calls[0]![1]).toEqual({ allowPrivateNetwork: false });
    expect(await db.articles.count()).toBe(0);

    queue.confirmPrivate(waiting!.id);
    const [saved] = await settled(queue);
    expect(saved).toMatchObject({ status: 'done', title: 'صفحة من الشبكة المنزلية' });
    expect(fetchPage.mock.calls[1]![1]).toEqual({ allowPrivateNetwork: true });
    expect(await db.articles.count()).toBe(1);
  });

  it('declining fetches nothing more and stores nothing', async () => {
    const { platform, fetchPage } = homeNetworkPlatform();
    const { db } = database;
    const queue = testQueue(db, platform);
    queue.enqueue([{ kind: 'web', url: 'http://192.168.1.20/wiki' }]);
    const [waiting] = await settled(queue);
    queue.declinePrivate(waiting!.id);
    expect(queue.getSnapshot()[0]).toMatchObject({ status: 'cancelled' });
    queue.confirmPrivate(waiting!.id); // too late: the answer was given
    await settled(queue);
    expect(fetchPage).toHaveBeenCalledTimes(1);
    expect(await db.articles.count()).toBe(0);
  });

  it('"Cancel" on the imports declines the question too', async () => {
    const { platform } = homeNetworkPlatform();
    const { db } = database;
    const queue = testQueue(db, platform);
    queue.enqueue([{ kind: 'web', url: 'http://192.168.1.20/wiki' }]);
    await settled(queue);
    queue.cancelAll();
    expect(queue.getSnapshot()[0]).toMatchObject({ status: 'cancelled' });
    expect(await db.articles.count()).toBe(0);
  });

  it('a redirect to the own network is refused without a question', async () => {
    const platform = queuePlatform({
      fetchPage: async () => err('private-redirect' as const, '169.254.169.254 (link-local)'),
    });
    const { db } = database;
    const queue = testQueue(db, platform);
    queue.enqueue([{ kind: 'web', url: 'https://example.org/' }]);
    expect((await settled(queue))[0]).toMatchObject({ status: 'failed', error: 'private-redirect' });
  });
});

describe('the question, in both languages', () => {
  const job: JobIn<'confirm-private'> = {
    id: 'j1',
    kind: 'web',
    label: 'http://192.168.1.20:8080/wiki',
    schemeAdded: false,
    status: 'confirm-private',
    detail: '192.168.1.20 (private)',
  };

  it.each([
    [
      'en',
      'Save a page from your own network?',
      'is on this computer or your own network',
      'Save the page',
      'Don’t save',
    ],
    ['ar', 'أتحفظ صفحة من شبكتك الخاصة؟', 'على هذا الحاسوب أو على شبكتك الخاصة', 'احفظ الصفحة', 'لا تحفظ'],
  ] as const)('%s', async (language, title, text, save, decline) => {
    const i18n = await setupI18n(language);
    const html = renderToStaticMarkup(
      <I18nextProvider i18n={i18n}>
        <PrivateAddressDialog job={job} onSave={() => {}} onDecline={() => {}} />
      </I18nextProvider>,
    );
    expect(html).toContain(`<h2 id=`);
    expect(html).toContain(title);
    expect(html).toContain(text);
    // The host, isolated so that it reads left to right inside Arabic.
    expect(html).toContain('<bdi>192.168.1.20:8080</bdi>');
    expect(html).toContain(`>${save}</button>`);
    expect(html).toContain(`>${decline}</button>`);
  });
});
