// A small static file server on 127.0.0.1 for the built renderer. It sends the same CSP as
// the Electron app (the extraction frame's page its own), so the browser tests prove the renderer works under it. The browser tests
// also serve tests/fixtures under /fixtures, the app's own origin, which is all the renderer's
// CSP lets "Save for offline" reach in a browser.

import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { contentSecurityPolicyFor } from '../../electron/common/csp';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.gif': 'image/gif',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
};

export interface RunningServer {
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves `rootDir` at `/`, and each of `mounts` (URL prefix → folder) under its prefix, all on
 * one origin — the test harness must share the app's IndexedDB.
 */
export async function serveDirectory(
  rootDir: string,
  port = 0,
  mounts: Readonly<Record<string, string>> = {},
  /** Answers a request itself when it returns true (the sync tests' proxy to their server). */
  handleFirst?: (request: IncomingMessage, response: ServerResponse) => boolean,
): Promise<RunningServer> {
  const server: Server = createServer((request, response) => {
    if (handleFirst?.(request, response) === true) return;
    let pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const prefix = Object.keys(mounts).find((candidate) => pathname.startsWith(`${candidate}/`));
    const root = path.resolve(prefix === undefined ? rootDir : mounts[prefix]!);
    if (prefix !== undefined) pathname = pathname.slice(prefix.length);
    const filePath = path.resolve(root, `.${pathname === '/' ? '/index.html' : pathname}`);
    const headers = { 'Content-Security-Policy': contentSecurityPolicyFor(pathname), 'Cache-Control': 'no-store' };
    if (!filePath.startsWith(root + path.sep)) {
      response.writeHead(403, headers).end();
      return;
    }
    stat(filePath).then(
      (info) => {
        if (!info.isFile()) throw new Error('not a file');
        response.writeHead(200, {
          ...headers,
          'Content-Type': TYPES[path.extname(filePath)] ?? 'application/octet-stream',
        });
        createReadStream(filePath).pipe(response);
      },
      () => response.writeHead(404, headers).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: actual } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${actual}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
