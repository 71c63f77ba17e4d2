// A small static file server on 127.0.0.1 for the built renderer. It sends the same CSP as
// the Electron app, so the browser tests prove the renderer works under it. Extra folders can
// be mounted under a path prefix (the browser tests serve tests/fixtures under /fixtures/, the
// same origin as the app, which is all the renderer's CSP lets "Save for offline" reach).

import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../../electron/common/csp';

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

/** Where a request path lives on disk: under a mount if one matches, else under the root. */
function locate(pathname: string, root: string, mounts: Readonly<Record<string, string>>): { base: string; file: string } {
  for (const [prefix, dir] of Object.entries(mounts)) {
    if (pathname.startsWith(prefix)) {
      const base = path.resolve(dir);
      return { base, file: path.resolve(base, `./${pathname.slice(prefix.length)}`) };
    }
  }
  return { base: root, file: path.resolve(root, `.${pathname === '/' ? '/index.html' : pathname}`) };
}

export async function serveDirectory(rootDir: string, port = 0, mounts: Readonly<Record<string, string>> = {}): Promise<RunningServer> {
  const root = path.resolve(rootDir);
  const server: Server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const { base, file: filePath } = locate(pathname, root, mounts);
    const headers = { 'Content-Security-Policy': CONTENT_SECURITY_POLICY, 'Cache-Control': 'no-store' };
    if (!filePath.startsWith(base + path.sep)) {
      response.writeHead(403, headers).end();
      return;
    }
    stat(filePath).then(
      (info) => {
        if (!info.isFile()) throw new Error('not a file');
        response.writeHead(200, { ...headers, 'Content-Type': TYPES[path.extname(filePath)] ?? 'application/octet-stream' });
        createReadStream(filePath).pipe(response);
      },
      () => response.writeHead(404, headers).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: actual } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${actual}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
