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
import { guardHost, type HostGuardOptions } from './hostGuard';

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
      const upstream = createConnection({
        host: guarded.value.address,
        port: connection.destPort,
        family: guarded.value.family,
        timeout: CONNECT_TIMEOUT_MS,
      });
      sockets.add(upstream);
      let opened = false;
      upstream.once('connect', () => {
        opened = true;
        upstream.setTimeout(0);
        sendStatus('REQUEST_GRANTED');
        client.pipe(upstream).pipe(client);
      });
      upstream.once('timeout', () => upstream.destroy(new Error('timeout')));
      upstream.on('error', (error: NodeJS.ErrnoException) => {
        if (!opened) sendStatus(error.code === 'ECONNREFUSED' ? 'CONNECTION_REFUSED' : 'HOST_UNREACHABLE');
        else client.destroy();
      });
      upstream.once('close', () => {
        sockets.delete(upstream);
        client.destroy();
      });
      client.once('close', () => upstream.destroy());
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
