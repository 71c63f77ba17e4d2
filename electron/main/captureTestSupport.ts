// For tests only (never imported by the app): what the tests of saving pages share.
//
// - `socksClientFetch`: a FetchLike through a SOCKS5 proxy with remote name resolution, as
//   Chromium uses a `socks5://` proxy, with a SOCKS client nobody here wrote (`socks`, through
//   socks-proxy-agent) and Node's own HTTP client. The app's fetching then runs against real
//   servers on 127.0.0.1 through the real pinning proxy, where no Electron exists.
// - real HTTP servers on 127.0.0.1, a resolver answering from a table, and the classifier that
//   lets one such server stand for a site on the internet.

import { createServer, request, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SocksProxyAgent } from 'socks-proxy-agent';
import { classifyAddress } from './addressPolicy';
import type { FetchLike } from './fetchPage';
import type { Classify, Lookup } from './hostGuard';

export interface LoopbackServer {
  readonly server: Server;
  readonly port: number;
  close(): Promise<void>;
}

/** A real HTTP server on 127.0.0.1, on a free port. */
export async function startLoopbackServer(handler: RequestListener): Promise<LoopbackServer> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    server,
    port: (server.address() as AddressInfo).port,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** A resolver answering from a table (a name missing from it does not resolve). */
export function tableLookup(answers: (hostname: string) => readonly string[] | undefined): Lookup {
  return async (hostname) => {
    const found = answers(hostname);
    if (found === undefined) throw Object.assign(new Error(`${hostname} not found`), { code: 'ENOTFOUND' });
    return found.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
  };
}

/**
 * The app's classifier, with one exception: the server on 127.0.0.1 at `internetPort` stands for
 * a site on the internet. Every other address, the other servers on 127.0.0.1 included, is
 * judged as in the app.
 */
export function internetStandIn(internetPort: () => number): Classify {
  return (address, port) => (address === '127.0.0.1' && port === internetPort() ? 'public' : classifyAddress(address));
}

export function socksClientFetch(proxyPort: number): FetchLike {
  // socks5h: the client sends the host name and the proxy resolves it.
  const agent = new SocksProxyAgent(`socks5h://127.0.0.1:${proxyPort}`);
  return (url, init) =>
    new Promise<Response>((resolve, reject) => {
      const target = new URL(url);
      if (target.protocol !== 'http:') {
        reject(new Error(`socksClientFetch speaks http: only, not ${target.protocol}`));
        return;
      }
      const outgoing = request(target, { agent, headers: init.headers, signal: init.signal }, (incoming) => {
        const headers = new Headers();
        for (const [name, value] of Object.entries(incoming.headers))
          if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
        const status = incoming.statusCode ?? 500;
        const body =
          status === 204 || status === 304
            ? null
            : new ReadableStream<Uint8Array>({
                start(controller) {
                  incoming.on('data', (chunk: Buffer) => controller.enqueue(new Uint8Array(chunk)));
                  incoming.on('end', () => controller.close());
                  incoming.on('error', (error) => controller.error(error));
                },
                cancel() {
                  incoming.destroy();
                },
              });
        resolve(new Response(body, { status, headers }));
      });
      outgoing.on('error', reject);
      outgoing.end();
    });
}
