// The contract of sync's network path, shared by the renderer and main. The renderer's
// replication engine (PouchDB) speaks HTTP through `SyncRequest`s; in the desktop app main
// sends them, with the credentials it keeps, to the one database the user configured, and
// nowhere else (SECURITY.md, "Sync"). The renderer's CSP keeps `connect-src 'self'`.

import { err, ok, type Result } from './result';

// This folder has neither DOM nor Node types; both sides have these globals (WHATWG URL,
// TextEncoder and btoa exist in Chromium and in Node 16+).
interface UrlParts {
  readonly protocol: string;
  readonly origin: string;
  readonly hostname: string;
  readonly username: string;
  readonly password: string;
  readonly pathname: string;
  readonly search: string;
  readonly hash: string;
}
declare const URL: new (input: string) => UrlParts;
declare const TextEncoder: new () => { encode(text: string): Uint8Array };
declare function btoa(binary: string): string;

/** What the user configured: the database's URL and the user name (the password stays in main). */
export interface SyncServer {
  readonly databaseUrl: string;
  readonly username: string;
}

export interface SyncServerWithPassword extends SyncServer {
  readonly password: string;
}

export const SYNC_METHODS = ['GET', 'HEAD', 'PUT', 'POST', 'DELETE'] as const;
export type SyncMethod = (typeof SYNC_METHODS)[number];

/** Request headers the engine may set; main and the web transport drop every other. */
export const SYNC_REQUEST_HEADERS = ['accept', 'content-type'] as const;

export interface SyncRequest {
  readonly method: SyncMethod;
  readonly url: string;
  readonly headers: readonly (readonly [string, string])[];
  readonly body: Uint8Array | null;
}

export interface SyncResponse {
  readonly status: number;
  readonly contentType: string;
  readonly body: Uint8Array;
}

export type SyncTransportError =
  | 'not-configured'
  | 'bad-url'
  | 'outside-database'
  | 'other-origin'
  | 'unreachable'
  | 'timeout'
  | 'too-large'
  | 'cancelled';

/** The largest answer accepted: a batch of documents with attachments, with room to spare. */
export const MAX_SYNC_RESPONSE_BYTES = 256 * 1024 * 1024;
export const MAX_SYNC_REQUEST_BYTES = 256 * 1024 * 1024;
/** A request that has sent no answer by then is abandoned; the changes feed waits at most 60 s. */
export const SYNC_REQUEST_TIMEOUT_MS = 120_000;
export const MAX_USERNAME_LENGTH = 256;
export const MAX_PASSWORD_LENGTH = 1024;

/** The database used when the address names only a server. */
export const DEFAULT_DATABASE = 'hamish';

/**
 * The database URL from what the user typed: http(s) only, no credentials, query or fragment.
 * A bare server (`https://couch.example.org`) gets the default database; a path names the
 * database (`https://couch.example.org/my-library`, or behind a proxy, `…/couchdb/my-library`).
 */
export function parseDatabaseUrl(input: string): Result<string, 'bad-url'> {
  let url: UrlParts;
  try {
    url = new URL(input.trim());
  } catch {
    return err('bad-url');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return err('bad-url');
  if (url.username !== '' || url.password !== '' || url.search !== '' || url.hash !== '') return err('bad-url');
  if (url.hostname === '') return err('bad-url');
  const path = url.pathname.replace(/\/+$/, '');
  const database = path.split('/').pop() ?? '';
  // CouchDB's rule for database names.
  if (database !== '' && !/^[a-z][a-z0-9_$()+/-]*$/.test(decodeURIComponent(database))) return err('bad-url');
  return ok(`${url.origin}${path === '' ? `/${DEFAULT_DATABASE}` : path}`);
}

/** Whether `url` is the database itself or a path below it (no other database, no server API). */
export function isWithinDatabase(databaseUrl: string, url: string): boolean {
  let target: UrlParts;
  let base: UrlParts;
  try {
    target = new URL(url);
    base = new URL(databaseUrl);
  } catch {
    return false;
  }
  if (target.origin !== base.origin || target.username !== '' || target.password !== '') return false;
  const path = target.pathname;
  return path === base.pathname || path === `${base.pathname}/` || path.startsWith(`${base.pathname}/`);
}

/** Basic authentication, UTF-8 encoded (RFC 7617), as CouchDB expects. */
export function basicAuthorization(username: string, password: string): string {
  const bytes = new TextEncoder().encode(`${username}:${password}`);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `Basic ${btoa(binary)}`;
}
