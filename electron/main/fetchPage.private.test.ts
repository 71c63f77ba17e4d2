// "Save web page" cannot be turned against this computer or the user's own network: the web
// fetcher with its hop guard and the pinning proxy, against real servers on 127.0.0.1, through a
// real SOCKS5 client with remote name resolution (as Chromium uses the proxy in the app).
//
// One server stands for a site on the internet: the real classifier is wrapped to let exactly
// its port on 127.0.0.1 through. The other stands for a service on this computer (a router's
// page, a metadata service): it records every request, and must get none unless the user typed
// its address and confirmed it.

import type { ServerResponse } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  internetStandIn,
  socksClientFetch,
  startLoopbackServer,
  tableLookup,
  type LoopbackServer,
} from './captureTestSupport';
import { createWebFetcher, type WebFetcher } from './fetchPage';
import { createHopGuard, type HostGuardOptions } from './hostGuard';
import { startPinningProxy, type PinningProxy } from './pinningProxy';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

let site: LoopbackServer;
let internal: LoopbackServer;
let sitePort = 0;
let internalPort = 0;
const internalHits: string[] = [];
let proxy: PinningProxy;
let guardOptions: HostGuardOptions;
let fetcher: WebFetcher;
let rebindLookups = 0;

const fixed: Record<string, string[]> = {
  'site.test': ['127.0.0.1'],
  'internal.test': ['127.0.0.1'],
  localhost: ['127.0.0.1', '::1'],
};
/** rebind.test answers with an address on the internet the first time, then with this computer. */
const lookup = tableLookup((hostname) =>
  hostname === 'rebind.test' ? (rebindLookups++ === 0 ? ['93.184.215.14'] : ['127.0.0.1']) : fixed[hostname],
);

const redirect = (res: ServerResponse, location: string) => res.writeHead(302, { Location: location }).end();

beforeAll(async () => {
  site = await startLoopbackServer((req, res) => {
    const path = req.url ?? '/';
    if (path === '/article.html')
      return res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end('<p>مقالة</p>');
    if (path === '/ok.png') return res.writeHead(200, { 'Content-Type': 'image/png' }).end(PNG);
    if (path === '/to-internal') return redirect(res, `http://127.0.0.1:${internalPort}/via-redirect`);
    if (path === '/to-localhost') return redirect(res, `http://localhost:${internalPort}/via-redirect`);
    if (path === '/to-ipv6') return redirect(res, `http://[::1]:${internalPort}/via-redirect`);
    if (path === '/to-metadata') return redirect(res, 'http://169.254.169.254/latest/meta-data/');
    if (path === '/to-internal.png') return redirect(res, `http://internal.test:${internalPort}/via-redirect.png`);
    if (path === '/to-site') return redirect(res, `http://site.test:${sitePort}/article.html`);
    res.writeHead(404).end();
  });
  internal = await startLoopbackServer((req, res) => {
    internalHits.push(req.url ?? '');
    if ((req.url ?? '').endsWith('.png')) return res.writeHead(200, { 'Content-Type': 'image/png' }).end(PNG);
    res.writeHead(200, { 'Content-Type': 'text/html' }).end('<p>router admin</p>');
  });
  sitePort = site.port;
  internalPort = internal.port;
  guardOptions = { lookup, classify: internetStandIn(() => sitePort) };
  proxy = await startPinningProxy(guardOptions);
});

beforeEach(() => {
  internalHits.length = 0;
  rebindLookups = 0;
  fetcher = createWebFetcher({
    fetch: socksClientFetch(proxy.port),
    guard: createHopGuard(guardOptions, (host) => proxy.refusalFor(host)),
    allowPrivate: (host) => proxy.allowPrivate(host),
    limits: { fetchTimeoutMs: 10_000 },
  });
});

afterAll(async () => {
  await proxy.close();
  await Promise.all([site.close(), internal.close()]);
});

describe('saving a page from the internet', () => {
  it('fetches the page and its own images, and follows redirects that stay on the internet', async () => {
    expect(await fetcher.fetchPage('job', `http://site.test:${sitePort}/to-site`)).toMatchObject({
      ok: true,
      value: { url: `http://site.test:${sitePort}/article.html` },
    });
    expect(await fetcher.fetchImage('job', `http://site.test:${sitePort}/ok.png`)).toMatchObject({ ok: true });
  });

  it("gets nothing from this computer for the page's images, however they are addressed", async () => {
    await fetcher.fetchPage('job', `http://site.test:${sitePort}/article.html`);
    for (const src of [
      `http://127.0.0.1:${internalPort}/secret.png`,
      `http://localhost:${internalPort}/a.png`,
      `http://[::1]:${internalPort}/b.png`,
      `http://[::ffff:127.0.0.1]:${internalPort}/c.png`,
      `http://internal.test:${internalPort}/d.png`,
      `http://site.test:${sitePort}/to-internal.png`,
      'http://169.254.169.254/latest/meta-data/iam.png',
    ])
      expect(await fetcher.fetchImage('job', src), src).toMatchObject({ ok: false, error: 'private-address' });
    expect(internalHits).toEqual([]);
  });

  it('does not follow a redirect to this computer or to a metadata service', async () => {
    for (const path of ['/to-internal', '/to-localhost', '/to-ipv6', '/to-metadata'])
      expect(await fetcher.fetchPage('job', `http://site.test:${sitePort}${path}`), path).toMatchObject({
        ok: false,
        error: 'private-redirect',
      });
    expect(internalHits).toEqual([]);
  });

  it('is not fooled by a name that answers the check with the internet and the connection with this computer', async () => {
    const result = await fetcher.fetchPage('job', `http://rebind.test:${internalPort}/page`);
    expect(result).toMatchObject({ ok: false, error: 'private-address' });
    expect(rebindLookups).toBe(2); // once for the check, once by the proxy, which connected nowhere
    expect(internalHits).toEqual([]);
  });
});

describe('saving a page the user typed, on their own network', () => {
  it('is refused until confirmed, then only that host is reached, and only for that job', async () => {
    const typed = `http://internal.test:${internalPort}/wiki`;
    expect(await fetcher.fetchPage('first', typed)).toMatchObject({ ok: false, error: 'private-address' });
    expect(internalHits).toEqual([]);

    expect(await fetcher.fetchPage('second', typed, true)).toMatchObject({ ok: true });
    expect(await fetcher.fetchImage('second', `http://internal.test:${internalPort}/logo.png`)).toMatchObject({
      ok: true,
    });
    // The same service under another name is another host: not confirmed.
    expect(await fetcher.fetchImage('second', `http://127.0.0.1:${internalPort}/other.png`)).toMatchObject({
      ok: false,
      error: 'private-address',
    });
    expect(internalHits).toEqual(['/wiki', '/logo.png']);

    fetcher.endJob('second');
    expect(await fetcher.fetchPage('third', typed)).toMatchObject({ ok: false, error: 'private-address' });
    expect(internalHits).toEqual(['/wiki', '/logo.png']);
  });

  it('a confirmation covers the host typed, not one a redirect leads to', async () => {
    const result = await fetcher.fetchPage('job', `http://site.test:${sitePort}/to-internal`, true);
    expect(result).toMatchObject({ ok: false, error: 'private-redirect' });
    expect(internalHits).toEqual([]);
  });
});
