// @vitest-environment jsdom
// The whole "save web page" path, renderer to main, without Electron: the renderer's own import
// (prepareImport: fetch, Readability, images) over the main process's own web fetcher, hop guard
// and pinning proxy, with a real SOCKS5 client standing where Chromium's network stack is in the
// app, against real servers on 127.0.0.1. A page on "the internet" (a server whose port the
// classifier lets through) has images and links that point at a service on this computer (the
// other server): the page is saved with its own images, and the service gets no request.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  internetStandIn,
  socksClientFetch,
  startLoopbackServer,
  tableLookup,
  type LoopbackServer,
} from '../../electron/main/captureTestSupport';
import { createWebFetcher } from '../../electron/main/fetchPage';
import { createHopGuard, type HostGuardOptions } from '../../electron/main/hostGuard';
import { startPinningProxy, type PinningProxy } from '../../electron/main/pinningProxy';
import type { WebCapture } from '../../renderer/platform/Platform';
import { prepareImport } from '../../renderer/import/prepare';
import { inPageExtraction } from '../support/import/inPageExtraction';

const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
const PARAGRAPH =
  'قال الرئيس في مؤتمر صحفي عقده اليوم إن الحكومة ستعمل على تحسين الأوضاع الاقتصادية للمواطنين في الأشهر المقبلة، وإن الخطة تشمل دعم الصناعات الصغيرة.';

let site: LoopbackServer;
let internal: LoopbackServer;
let sitePort = 0;
let internalPort = 0;
const internalHits: string[] = [];
let proxy: PinningProxy;
let guardOptions: HostGuardOptions;

function article(): string {
  const inside = `http://127.0.0.1:${internalPort}`;
  return `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>مقالة عن الاقتصاد</title></head>
<body><article><h1>مقالة عن الاقتصاد</h1>
${Array.from({ length: 6 }, () => `<p>${PARAGRAPH}</p>`).join('\n')}
<figure><img src="/photo.png" alt="صورة من الموقع"></figure>
<figure><img src="${inside}/router-admin.png" alt="أ"></figure>
<figure><img src="http://localhost:${internalPort}/b.png" alt="ب"></figure>
<figure><img src="http://[::1]:${internalPort}/c.png" alt="ج"></figure>
<figure><img src="http://169.254.169.254/latest/meta-data/d.png" alt="د"></figure>
<figure><img src="/redirect-inside.png" alt="هـ"></figure>
<p>${PARAGRAPH} <a href="${inside}/admin">رابط</a></p>
</article></body></html>`;
}

beforeAll(async () => {
  site = await startLoopbackServer((req, res) => {
    if (req.url === '/article.html')
      return res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(article());
    if (req.url === '/moved') return res.writeHead(301, { Location: '/article.html' }).end();
    if (req.url === '/redirect-to-inside')
      return res.writeHead(302, { Location: `http://localhost:${internalPort}/page.html` }).end();
    if (req.url === '/photo.png') return res.writeHead(200, { 'Content-Type': 'image/png' }).end(PNG);
    if (req.url === '/redirect-inside.png')
      return res.writeHead(302, { Location: `http://127.0.0.1:${internalPort}/e.png` }).end();
    res.writeHead(404).end();
  });
  internal = await startLoopbackServer((req, res) => {
    internalHits.push(req.url ?? '');
    res.writeHead(200, { 'Content-Type': 'image/png' }).end(PNG);
  });
  sitePort = site.port;
  internalPort = internal.port;
  const answers: Record<string, string[]> = { 'site.test': ['127.0.0.1'], localhost: ['127.0.0.1', '::1'] };
  guardOptions = { lookup: tableLookup((hostname) => answers[hostname]), classify: internetStandIn(() => sitePort) };
  proxy = await startPinningProxy(guardOptions);
});

afterAll(async () => {
  await proxy.close();
  await Promise.all([site.close(), internal.close()]);
});

/** The renderer's WebCapture over main's fetcher, as electronPlatform does over IPC. */
function capture(): { startWebCapture: () => WebCapture } {
  const fetcher = createWebFetcher({
    fetch: socksClientFetch(proxy.port),
    guard: createHopGuard(guardOptions, (host) => proxy.refusalFor(host)),
    allowPrivate: (host) => proxy.allowPrivate(host),
  });
  const jobId = crypto.randomUUID();
  return {
    startWebCapture: () => ({
      fetchPage: (url, options) => fetcher.fetchPage(jobId, url, options?.allowPrivateNetwork === true),
      fetchImage: (url) => fetcher.fetchImage(jobId, url),
      end: () => fetcher.endJob(jobId),
    }),
  };
}

describe('saving a page whose images and redirects point at this computer', () => {
  it('keeps the text and the site’s own image, and the service on this computer gets nothing', async () => {
    const prepared = await prepareImport(
      { kind: 'web', url: `http://site.test:${sitePort}/moved` },
      { platform: capture(), signal: new AbortController().signal, convert: inPageExtraction.convert },
    );
    expect(prepared.ok).toBe(true);
    if (!prepared.ok) return;
    expect(prepared.value.article.title).toBe('مقالة عن الاقتصاد');
    expect(prepared.value.article.sourceUrl).toBe(`http://site.test:${sitePort}/article.html`);
    expect(prepared.value.images.map((image) => image.sourceUrl)).toEqual([`http://site.test:${sitePort}/photo.png`]);
    expect(prepared.value.skippedImages).toBe(5);
    expect(internalHits).toEqual([]);
  });

  it('a page that redirects to this computer is refused, with its reason', async () => {
    const prepared = await prepareImport(
      { kind: 'web', url: `http://site.test:${sitePort}/redirect-to-inside` },
      { platform: capture(), signal: new AbortController().signal, convert: inPageExtraction.convert },
    );
    expect(prepared).toMatchObject({ ok: false, error: 'private-redirect' });
    expect(internalHits).toEqual([]);
  });

  it('an address on this computer is refused until the user confirms it', async () => {
    const address = `http://localhost:${internalPort}/page.html`;
    expect(
      await prepareImport(
        { kind: 'web', url: address },
        { platform: capture(), signal: new AbortController().signal, convert: inPageExtraction.convert },
      ),
    ).toMatchObject({ ok: false, error: 'private-address' });
    expect(internalHits).toEqual([]);
  });
});
