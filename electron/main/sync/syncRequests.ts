// Sends the replication engine's HTTP requests for the desktop app. Each request must lie
// within the configured database (no other database, no server API, no other host); main adds
// the credentials, so the password never returns to the renderer. Redirects are refused (a
// redirect could lead the credentials elsewhere), answers are capped in size, and every
// request has a deadline and can be cancelled by the renderer.

import { readCappedBody } from '../../common/cappedBody';
import { err, ok, type Result } from '../../common/result';
import {
  basicAuthorization,
  isWithinDatabase,
  MAX_SYNC_RESPONSE_BYTES,
  SYNC_REQUEST_HEADERS,
  SYNC_REQUEST_TIMEOUT_MS,
  type SyncRequest,
  type SyncResponse,
  type SyncTransportError,
} from '../../common/syncTransport';
import type { SyncServerStore } from './syncServerStore';

export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

export interface SyncRequests {
  send(requestId: string, request: SyncRequest): Promise<Result<SyncResponse, SyncTransportError>>;
  abort(requestId: string): void;
}

export function createSyncRequests(
  store: SyncServerStore,
  fetchImpl: FetchLike,
  timeoutMs = SYNC_REQUEST_TIMEOUT_MS,
): SyncRequests {
  const inFlight = new Map<string, AbortController>();
  // Cancelled before their request had started (the renderer may cancel at once).
  const cancelledEarly = new Set<string>();
  return {
    async send(requestId, request) {
      const server = await store.get();
      if (cancelledEarly.delete(requestId)) return err('cancelled');
      if (server === null || server.password === null) return err('not-configured');
      if (!isWithinDatabase(server.databaseUrl, request.url)) return err('outside-database');
      const headers = new Headers();
      for (const [name, value] of request.headers) {
        if ((SYNC_REQUEST_HEADERS as readonly string[]).includes(name.toLowerCase())) headers.set(name, value);
      }
      headers.set('Authorization', basicAuthorization(server.username, server.password));
      const controller = new AbortController();
      inFlight.get(requestId)?.abort();
      inFlight.set(requestId, controller);
      const deadline = AbortSignal.timeout(timeoutMs);
      const signal = AbortSignal.any([controller.signal, deadline]);
      const failure = (error: unknown): Result<never, SyncTransportError> =>
        controller.signal.aborted
          ? err('cancelled')
          : deadline.aborted
            ? err('timeout')
            : err('unreachable', String(error));
      try {
        const response = await fetchImpl(request.url, {
          method: request.method,
          headers,
          body: request.body === null ? null : Buffer.from(request.body),
          signal,
          redirect: 'error',
        });
        const body = await readCappedBody(response.body?.getReader(), MAX_SYNC_RESPONSE_BYTES);
        if (body === 'too-large') return err('too-large');
        return ok({ status: response.status, contentType: response.headers.get('content-type') ?? '', body });
      } catch (error) {
        return failure(error);
      } finally {
        if (inFlight.get(requestId) === controller) inFlight.delete(requestId);
      }
    },
    abort(requestId) {
      const controller = inFlight.get(requestId);
      if (controller === undefined) {
        // Bounded: an abort that arrives after its request finished is never looked up.
        if (cancelledEarly.size > 1000) cancelledEarly.clear();
        cancelledEarly.add(requestId);
        return;
      }
      controller.abort();
      inFlight.delete(requestId);
    },
  };
}
