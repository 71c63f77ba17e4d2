// The app as the sync tests serve it: the built renderer (with the app's CSP) and the test
// harness (built by the suite's globalSetup) on one origin, and the replication server behind it under /couchdb/ — the way a
// browser tab must reach a sync server, since the CSP allows its own origin only (SECURITY.md,
// "Sync"). The proxy passes requests through unchanged, and lets a test cut the server off or
// answer in its place (broken or hostile answers).

import { request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import path from 'node:path';
import { HARNESS_DIR, HARNESS_PATH } from '../buildHarness';
import { serveDirectory, type RunningServer } from '../staticServer';

export const PROXY_PREFIX = '/couchdb';

export interface Interception {
  method: string;
  /** The path on the replication server, e.g. /db/_changes?… */
  path: string;
}

/** What a test puts in the server's place: an answer of its own, or an edit of the real one. */
export interface Fault {
  answer?: (request: Interception) => { status: number; body: string; contentType?: string } | null;
  rewrite?: (request: Interception, body: Buffer) => Buffer | null;
}

export interface SyncAppServer extends RunningServer {
  /** The address a device types: this origin's /couchdb/<database>. */
  databaseAddress(database: string): string;
  /** Every request goes unanswered (the connection is dropped) until `cut(false)`. */
  cut(cutOff: boolean): void;
  setFault(fault: Fault | null): void;
}

export async function startSyncAppServer(serverOrigin: string): Promise<SyncAppServer> {
  const rendererDir = path.resolve(import.meta.dirname, '../../../out/renderer');
  let cutOff = false;
  let fault: Fault | null = null;
  const proxy = (incoming: IncomingMessage, response: ServerResponse): boolean => {
    const url = incoming.url ?? '/';
    if (!url.startsWith(`${PROXY_PREFIX}/`)) return false;
    if (cutOff) {
      incoming.socket.destroy();
      return true;
    }
    const interception: Interception = { method: incoming.method ?? 'GET', path: url.slice(PROXY_PREFIX.length) };
    const answer = fault?.answer?.(interception) ?? null;
    if (answer !== null) {
      incoming.resume();
      response.writeHead(answer.status, { 'Content-Type': answer.contentType ?? 'application/json' }).end(answer.body);
      return true;
    }
    const target = new URL(interception.path, serverOrigin);
    const outgoing = httpRequest(
      target,
      {
        method: interception.method,
        headers: { ...incoming.headers, host: target.host, 'accept-encoding': 'identity' },
      },
      (upstream) => {
        const rewrite = fault?.rewrite;
        if (rewrite === undefined) {
          response.writeHead(upstream.statusCode ?? 502, upstream.headers);
          upstream.pipe(response);
          return;
        }
        const chunks: Buffer[] = [];
        upstream.on('data', (chunk: Buffer) => chunks.push(chunk));
        upstream.on('end', () => {
          const original = Buffer.concat(chunks);
          const body = rewrite(interception, original) ?? original;
          const headers = { ...upstream.headers, 'content-length': String(body.length) };
          delete headers['transfer-encoding'];
          delete headers['content-encoding'];
          response.writeHead(upstream.statusCode ?? 502, headers).end(body);
        });
      },
    );
    outgoing.on('error', () => {
      if (!response.headersSent) response.writeHead(502, { 'Content-Type': 'application/json' });
      response.end('{"error":"bad_gateway","reason":"the replication server is not there"}');
    });
    incoming.pipe(outgoing);
    return true;
  };
  const server = await serveDirectory(rendererDir, 0, { [HARNESS_PATH]: HARNESS_DIR }, proxy);
  return {
    ...server,
    databaseAddress: (database) => `${server.origin}${PROXY_PREFIX}/${database}`,
    cut: (value) => void (cutOff = value),
    setFault: (value) => void (fault = value),
  };
}
