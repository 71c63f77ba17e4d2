// Sync's transport in a browser tab: `fetch`, with the password kept in memory for this
// session only (a tab has nothing like safeStorage, and the password is not written anywhere).
// The app's CSP allows connections to its own origin only, so the server must be reachable
// there (behind the same host, e.g. a reverse proxy's /couchdb/); another origin is refused
// here, before any request, with its own message.

import { readCappedBody } from '../../electron/common/cappedBody';
import { err, ok, type Result } from '../../electron/common/result';
import {
  basicAuthorization,
  isWithinDatabase,
  MAX_SYNC_RESPONSE_BYTES,
  parseDatabaseUrl,
  SYNC_REQUEST_HEADERS,
  SYNC_REQUEST_TIMEOUT_MS,
  type SyncServerWithPassword,
} from '../../electron/common/syncTransport';
import type { SyncTransport } from './Platform';

export function createWebSyncTransport(win: Window): SyncTransport {
  let server: SyncServerWithPassword | null = null;
  return {
    keepsPassword: false,
    async setServer(candidate) {
      const parsed = parseDatabaseUrl(candidate.databaseUrl);
      if (!parsed.ok) return parsed;
      if (new URL(parsed.value).origin !== win.location.origin) return err('other-origin');
      server = { ...candidate, databaseUrl: parsed.value };
      return ok({ kept: false });
    },
    async server() {
      return server === null ? null : { databaseUrl: server.databaseUrl, username: server.username, hasPassword: true };
    },
    async forgetServer() {
      server = null;
    },
    async request(request, signal) {
      if (server === null) return err('not-configured');
      if (!isWithinDatabase(server.databaseUrl, request.url)) return err('outside-database');
      const headers = new Headers(
        request.headers.filter(([name]) =>
          (SYNC_REQUEST_HEADERS as readonly string[]).includes(name.toLowerCase()),
        ) as [string, string][],
      );
      headers.set('Authorization', basicAuthorization(server.username, server.password));
      const deadline = AbortSignal.timeout(SYNC_REQUEST_TIMEOUT_MS);
      const combined = signal === undefined ? deadline : AbortSignal.any([signal, deadline]);
      const failure = (error: unknown): Result<never, 'cancelled' | 'timeout' | 'unreachable'> =>
        signal?.aborted === true
          ? err('cancelled')
          : deadline.aborted
            ? err('timeout')
            : err('unreachable', String(error));
      let response: Response;
      try {
        response = await win.fetch(request.url, {
          method: request.method,
          headers,
          body: request.body === null ? null : (request.body as Uint8Array<ArrayBuffer>),
          signal: combined,
          mode: 'same-origin',
          credentials: 'omit',
          cache: 'no-store',
          redirect: 'error',
        });
      } catch (error) {
        return failure(error);
      }
      try {
        const body = await readCappedBody(response.body?.getReader(), MAX_SYNC_RESPONSE_BYTES);
        if (body === 'too-large') return err('too-large');
        return ok({ status: response.status, contentType: response.headers.get('content-type') ?? '', body });
      } catch (error) {
        return failure(error);
      }
    },
  };
}
