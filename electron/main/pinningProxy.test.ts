// The pinning proxy against real servers on 127.0.0.1 and a real SOCKS5 client (the `socks`
// package, with remote name resolution, as Chromium uses a socks5:// proxy). One server stands
// for a site on the internet: the classifier lets exactly its port through. The other stands for
// a service on this computer; it counts every request, and must get none.

import { request } from 'node:http';
import { SocksProxyAgent } from 'socks-proxy-agent';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { internetStandIn, startLoopbackServer, tableLookup, type LoopbackServer } from './captureTestSupport';
import { startPinningProxy, type PinningProxy } from './pinningProxy';

let site: LoopbackServer;
let internal: LoopbackServer;
let sitePort = 0;
let internalPort = 0;
const internalHits: string[] = [];
let proxy: PinningProxy;

const answers: Record<string, string[]> = {
  'site.test': ['127.0.0.1'],
  'internal.test': ['127.0.0.1'],
  'mixed.test': ['93.184.215.14', '127.0.0.1'],
  localhost: ['127.0.0.1', '::1'],
  // As `localhost` resolves on most systems: IPv6 first. The service listens on 127.0.0.1 only.
  'dual.test': ['::1', '127.0.0.1'],
};
const lookup = vi.fn(tableLookup((hostname) => answers[hostname]));

beforeAll(async () => {
  site = await startLoopbackServer((_req, res) =>
    res.writeHead(200, { 'Content-Type': 'text/plain' }).end('from the site'),
  );
  internal = await startLoopbackServer((req, res) => {
    internalHits.push(req.url ?? '');
    res.writeHead(200).end('secret');
  });
  sitePort = site.port;
  internalPort = internal.port;
  proxy = await startPinningProxy({ lookup, classify: internetStandIn(() => sitePort) });
});

afterEach(() => {
  lookup.mockClear();
});

afterAll(async () => {
  await proxy.close();
  await Promise.all([site.close(), internal.close()]);
});

/** GET through the proxy; resolves with the body, or rejects with the SOCKS client's error. */
function get(url: string): Promise<string> {
  const agent = new SocksProxyAgent(`socks5h://127.0.0.1:${proxy.port}`);
  return new Promise((resolve, reject) => {
    request(url, { agent }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve(body));
    })
      .on('error', reject)
      .end();
  });
}

describe('the pinning proxy', () => {
  it('connects to a site on the internet', async () => {
    expect(await get(`http://site.test:${sitePort}/`)).toBe('from the site');
  });

  it('refuses this computer by name, by address and as IPv6, and the service gets nothing', async () => {
    for (const url of [
      `http://127.0.0.1:${internalPort}/a`,
      `http://localhost:${internalPort}/b`,
      `http://internal.test:${internalPort}/c`,
      `http://[::1]:${internalPort}/d`,
      `http://[::ffff:127.0.0.1]:${internalPort}/e`,
      `http://mixed.test:${internalPort}/f`,
    ])
      await expect(get(url), url).rejects.toThrow(/not allowed|Socks5 proxy rejected/i);
    expect(internalHits).toEqual([]);
    expect(proxy.refusalFor('localhost')).toMatch(/localhost → 127\.0\.0\.1 \(loopback\)/);
  });

  it('resolves each name once per connection and connects to the address it judged', async () => {
    await get(`http://site.test:${sitePort}/`);
    expect(lookup).toHaveBeenCalledTimes(1);
    expect(lookup).toHaveBeenCalledWith('site.test');
  });

  it('lets a confirmed host through only while the confirmation holds', async () => {
    const release = proxy.allowPrivate('internal.test');
    expect(await get(`http://internal.test:${internalPort}/confirmed`)).toBe('secret');
    release();
    await expect(get(`http://internal.test:${internalPort}/after`)).rejects.toThrow();
    expect(internalHits).toEqual(['/confirmed']);
    internalHits.length = 0;
  });

  it('tries the judged addresses in turn, so a confirmed localhost service on 127.0.0.1 only is reached', async () => {
    const release = proxy.allowPrivate('dual.test');
    try {
      expect(await get(`http://dual.test:${internalPort}/dual`)).toBe('secret');
    } finally {
      release();
    }
    expect(lookup).toHaveBeenCalledTimes(1);
    expect(internalHits).toEqual(['/dual']);
    internalHits.length = 0;
  });

  it('reports a name that does not resolve as unreachable, not as refused', async () => {
    await expect(get('http://nowhere.test/')).rejects.toThrow();
    expect(proxy.refusalFor('nowhere.test')).toMatch(/ENOTFOUND/);
  });
});
