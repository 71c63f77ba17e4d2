// The network "save web page" uses in the desktop app: Chromium's own stack (Electron's `net`),
// so the system proxy settings (PAC, per-host bypass, integrated proxy sign-in) and the OS's
// certificate store apply, as in a browser. Node's fetch had neither, and the fuse that turns
// NODE_OPTIONS off also ignores NODE_EXTRA_CA_CERTS, so behind a corporate proxy or a
// TLS-inspecting gateway no page could be saved.
//
// Two sessions of its own (in memory: no cookies, cache or storage shared with the app's window):
// - where the system sends a URL straight to the site (the usual case), the session's only proxy
//   is the pinning proxy on 127.0.0.1 (pinningProxy.ts), so each connection goes to the address
//   that was judged; `<-loopback>` stops Chromium from sending 127.0.0.1/localhost around it;
// - where the system sends it to a proxy, the session uses the system's settings: the proxy
//   resolves the name and connects, and the host is judged beforehand by its addresses here
//   (a name this machine cannot resolve is left to the proxy). See SECURITY.md, "Saving pages".
// Redirects are never followed by Chromium: each 3xx comes back to fetchPage.ts, whose hop guard
// judges the next address before asking it.

import { Readable } from 'node:stream';
import { net, session, type IncomingMessage, type Session } from 'electron';
import type { FetchLike, HopGuard } from './fetchPage';
import { classifyByAddress, createHopGuard, systemLookup, type Classify, type Lookup } from './hostGuard';
import { startPinningProxy } from './pinningProxy';
import { goesThroughProxy, PINNED_SESSION_PROXY } from './proxyResolution';

export interface CaptureNetwork {
  readonly fetch: FetchLike;
  readonly guard: HopGuard;
  allowPrivate(host: string): () => void;
  close(): Promise<void>;
}

export async function startCaptureNetwork(
  options: { lookup?: Lookup; classify?: Classify } = {},
): Promise<CaptureNetwork> {
  const guardOptions = { lookup: options.lookup ?? systemLookup, classify: options.classify ?? classifyByAddress };
  const proxy = await startPinningProxy(guardOptions);
  const pinned = session.fromPartition('hamish-capture-pinned', { cache: false });
  await pinned.setProxy({ proxyRules: proxy.proxyRules, ...PINNED_SESSION_PROXY });
  const system = session.fromPartition('hamish-capture-system', { cache: false });
  await system.setProxy({ mode: 'system' });

  async function sessionFor(url: string): Promise<{ session: Session; proxied: boolean }> {
    const proxied = goesThroughProxy(await system.resolveProxy(url));
    return { session: proxied ? system : pinned, proxied };
  }

  const fetch: FetchLike = async (url, init) => {
    const { session: chosen } = await sessionFor(url);
    return requestOnce(chosen, url, init);
  };

  const guard = createHopGuard(guardOptions, (host) => proxy.refusalFor(host));
  return { fetch, guard, allowPrivate: (host) => proxy.allowPrivate(host), close: () => proxy.close() };
}

/**
 * One request, never following a redirect: a 3xx comes back as a response with its Location.
 * (Electron's net.fetch cannot do this: with `redirect: 'manual'` it fails with "Redirect was
 * cancelled" and the Location is lost, so this uses net.request.)
 */
function requestOnce(chosen: Session, url: string, init: Parameters<FetchLike>[1]): Promise<Response> {
  return new Promise((resolve, reject) => {
    const request = net.request({
      url,
      session: chosen,
      redirect: 'manual',
      credentials: 'omit',
      useSessionCookies: false,
      cache: 'no-store',
    });
    let settled = false;
    const settle = (action: () => void) => {
      if (settled) return;
      settled = true;
      init.signal.removeEventListener('abort', abort);
      action();
    };
    const abort = () => {
      request.abort();
      settle(() => reject(init.signal.reason));
    };
    if (init.signal.aborted) return abort();
    init.signal.addEventListener('abort', abort);
    for (const [name, value] of Object.entries(init.headers)) request.setHeader(name, value);
    request.on('redirect', (status, _method, location) => {
      // Not followed (no followRedirect()); net then ends the request with an error, ignored here.
      settle(() => resolve(new Response(null, { status, headers: { Location: location } })));
    });
    request.on('response', (incoming: IncomingMessage) => {
      const headers = new Headers();
      for (const [name, value] of Object.entries(incoming.headers))
        headers.set(name, Array.isArray(value) ? value.join(', ') : value);
      const status = incoming.statusCode;
      const body =
        status === 204 || status === 304
          ? null
          : (Readable.toWeb(incoming as unknown as Readable) as ReadableStream<Uint8Array>);
      settle(() => resolve(new Response(body, { status, headers })));
    });
    request.on('error', (error) => settle(() => reject(error)));
    request.end();
  });
}
