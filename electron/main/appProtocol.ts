// Serves the built renderer on app://hamish/. Only files inside the renderer folder are
// served; every response carries the CSP (the extraction frame's page its own).

import path from 'node:path';
import { APP_HOST } from '../common/ipc';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

export function contentTypeFor(filePath: string): string {
  return CONTENT_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

export type AppRequestTarget = { kind: 'file'; filePath: string } | { kind: 'refused'; status: 400 | 403 | 404 };

/** Maps an app:// URL to a file under `rootDir`, refusing other hosts and path traversal. */
export function resolveAppRequest(requestUrl: string, rootDir: string): AppRequestTarget {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return { kind: 'refused', status: 400 };
  }
  if (url.host !== APP_HOST) return { kind: 'refused', status: 404 };
  let relative: string;
  try {
    relative = decodeURIComponent(url.pathname);
  } catch {
    return { kind: 'refused', status: 400 };
  }
  if (relative.includes('\0')) return { kind: 'refused', status: 400 };
  if (relative === '/' || relative === '') relative = '/index.html';
  const root = path.resolve(rootDir);
  const filePath = path.resolve(root, `.${relative}`);
  if (filePath !== root && !filePath.startsWith(root + path.sep)) return { kind: 'refused', status: 403 };
  return { kind: 'file', filePath };
}

function pathOf(requestUrl: string): string {
  try {
    return new URL(requestUrl).pathname;
  } catch {
    return '';
  }
}

export type ReadFile = (filePath: string) => Promise<Uint8Array>;

/** The policy for a response to a path of the app (the extraction frame's page has its own). */
export type PolicyFor = (pathname: string) => string;

/** A `protocol.handle` callback serving `rootDir`. */
export function createAppProtocolHandler(rootDir: string, readFile: ReadFile, policyFor: PolicyFor) {
  return async (request: Request): Promise<Response> => {
    const target = resolveAppRequest(request.url, rootDir);
    const headers = { 'Content-Security-Policy': policyFor(pathOf(request.url)), 'X-Content-Type-Options': 'nosniff' };
    if (target.kind === 'refused') return new Response(null, { status: target.status, headers });
    try {
      const body = await readFile(target.filePath);
      return new Response(body, {
        status: 200,
        headers: { ...headers, 'Content-Type': contentTypeFor(target.filePath) },
      });
    } catch {
      return new Response(null, { status: 404, headers });
    }
  };
}
