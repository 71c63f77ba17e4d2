// A SOCKS5 proxy on 127.0.0.1 that the "save web page" session sends its connections through,
// so that every connection, the page's and each image's, after every redirect, goes only where
// guardHost allows, to the very address it judged.
//
// Chromium (Electron's network stack) sends a SOCKS5 proxy the host *name* and lets the proxy
// resolve it. Here the name is resolved once, every address judged, and the connection made to
// the address that passed; a private one is refused with SOCKS "connection not allowed". No
// later DNS answer can change where the connection goes. TLS stays end to end between
// Chromium and the site, checked against the OS's certificate store; this sees bytes only.
// The SOCKS protocol itself is @pondwader/socks5-server's.

import { createConnection, createServer, type AddressInfo, type Socket } from 'node:net';
import { Socks5Server } from '@pondwader/socks5-server';
import { canonicalHost } from './addressPolicy';
import { guardHost, type HostGuardOptions, type ResolvedAddress } from './hostGuard';

export interface PinningProxy {
  /** For Chromium's proxy rules: `socks5://127.0.0.1:<port>`. */
  readonly proxyRules: string;
  readonly port: number;
  /** Lets connections to `host` reach the own network until the returned release is called. */
  allowPrivate(host: string): () => void;
  /** Why the last connection to `host` was refused, if it was (for the error the user sees). */
  refusalFor(host: string): string | undefined;
  close(): Promise<void>;
}

const CONNECT_TIMEOUT_MS = 20_000;

export async function startPinningProxy(options: HostGuardOptions): Promise<PinningProxy> {
  /** Confirmed hosts, counted: two captures of one host may overlap. */
  const allowed = new Map<string, number>();
  const refusals = new Map<string, string>();
  const sockets = new Set<Socket>();
  const socks = new Socks5Server();
  // Our own listener hands each connection to the SOCKS handler (its documented
  // `_handleConnection`), so the port and the open sockets are ours to read and close.
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
    socks._handleConnection(socket);
  });

  socks.setConnectionHandler((connection, sendStatus) => {
    const client = connection.socket;
    client.on('error', () => undefined);
    if (connection.command !== 'connect') return sendStatus('COMMAND_NOT_SUPPORTED');
    const host = canonicalHost(connection.destAddress);
    void guardHost(host, connection.destPort, (allowed.get(host) ?? 0) > 0, options).then((guarded) => {
      if (!guarded.ok) {
        refusals.set(host, guarded.detail ?? guarded.error);
        sendStatus(guarded.error === 'unresolvable' ? 'HOST_UNREACHABLE' : 'CONNECTION_NOT_ALLOWED');
        return;
      }
      refusals.delete(host);
      connectToFirst(guarded.value, connection.destPort, sockets, (upstream, failure) => {
        if (upstream === null) {
          sendStatus(failure === 'ECONNREFUSED' ? 'CONNECTION_REFUSED' : 'HOST_UNREACHABLE');
          return;
        }
        if (client.destroyed) return upstream.destroy(); // the client gave up meanwhile
        upstream.on('error', () => client.destroy());
        upstream.once('close', () => client.destroy());
        client.once('close', () => upstream.destroy());
        sendStatus('REQUEST_GRANTED');
        client.pipe(upstream).pipe(client);
      });
    });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address() as AddressInfo;
  return {
    port: address.port,
    proxyRules: `socks5://127.0.0.1:${address.port}`,
    allowPrivate(host) {
      const name = canonicalHost(host);
      allowed.set(name, (allowed.get(name) ?? 0) + 1);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        const left = (allowed.get(name) ?? 1) - 1;
        if (left > 0) allowed.set(name, left);
        else allowed.delete(name);
      };
    },
    refusalFor: (host) => refusals.get(canonicalHost(host)),
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/**
 * Connects to the judged addresses in turn, as a browser does: `localhost` resolves to ::1 first
 * on most systems, and a development server listening on 127.0.0.1 only must still be reached
 * once the user confirmed it. Only addresses that were judged are tried; none is resolved again.
 */
function connectToFirst(
  addresses: readonly ResolvedAddress[],
  port: number,
  sockets: Set<Socket>,
  done: (upstream: Socket | null, failure: string | undefined) => void,
): void {
  const attempt = (index: number, lastFailure: string | undefined): void => {
    const target = addresses[index];
    if (target === undefined) return done(null, lastFailure);
    const upstream = createConnection({
      host: target.address,
      port,
      family: target.family,
      timeout: CONNECT_TIMEOUT_MS,
    });
    sockets.add(upstream);
    upstream.once('close', () => sockets.delete(upstream));
    const failed = (code: string) => {
      upstream.removeAllListeners('connect');
      upstream.destroy();
      attempt(index + 1, code);
    };
    const onError = (error: NodeJS.ErrnoException) => failed(error.code ?? 'ERROR');
    upstream.once('error', onError);
    upstream.once('timeout', () => failed('ETIMEDOUT'));
    upstream.once('connect', () => {
      upstream.off('error', onError);
      upstream.removeAllListeners('timeout');
      upstream.setTimeout(0);
      done(upstream, undefined);
    });
  };
  attempt(0, undefined);
}
