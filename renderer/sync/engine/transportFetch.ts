// PouchDB's HTTP adapter calls `fetch(url, init)`; this hands each call to the platform's sync
// transport instead (main in the desktop app, the tab's own fetch on the web) and turns its
// answer back into a Response. A request the transport refuses or cannot deliver throws, as a
// failed fetch does, carrying the reason for the status line.

import type { SyncMethod, SyncTransportError } from '../../../electron/common/syncTransport';
import { SYNC_METHODS } from '../../../electron/common/syncTransport';
import type { SyncTransport } from '../../platform/Platform';
import { BrokenAnswerError, checkAnswer } from './checkAnswer';

export class TransportError extends Error {
  override readonly name = 'TransportError';
  constructor(readonly reason: SyncTransportError | 'failed') {
    super(`sync transport: ${reason}`);
  }
}

async function bodyBytes(body: BodyInit | null | undefined): Promise<Uint8Array | null> {
  if (body === null || body === undefined) return null;
  if (typeof body === 'string') return new TextEncoder().encode(body);
  if (body instanceof Blob) return new Uint8Array(await body.arrayBuffer());
  if (body instanceof ArrayBuffer) return new Uint8Array(body);
  if (ArrayBuffer.isView(body)) return new Uint8Array(body.buffer, body.byteOffset, body.byteLength);
  throw new TransportError('failed');
}

function headerPairs(headers: HeadersInit | undefined): [string, string][] {
  return [...new Headers(headers).entries()];
}

/**
 * `onBroken` hears of every answer checkAnswer refused: PouchDB swallows a failed `_bulk_get`
 * (it falls back to single GETs) and words a failed batch only as "a problem getting docs",
 * so the engine learns here that the server's answers were at fault.
 */
export function transportFetch(
  transport: SyncTransport,
  onBroken: (error: BrokenAnswerError) => void = () => {},
): (url: string, init?: RequestInit) => Promise<Response> {
  return async (url, init = {}) => {
    const method = (init.method ?? 'GET').toUpperCase() as SyncMethod;
    if (!SYNC_METHODS.includes(method)) throw new TransportError('failed');
    const result = await transport.request(
      { method, url, headers: headerPairs(init.headers), body: await bodyBytes(init.body) },
      init.signal ?? undefined,
    );
    if (!result.ok) {
      if (result.error === 'cancelled') throw new DOMException('The request was cancelled', 'AbortError');
      throw new TransportError(result.error);
    }
    const { status, contentType, body } = result.value;
    try {
      checkAnswer(url, body, status);
    } catch (error) {
      if (error instanceof BrokenAnswerError) onBroken(error);
      throw error;
    }
    const empty = status === 204 || status === 304 || method === 'HEAD';
    return new Response(empty ? null : (body as Uint8Array<ArrayBuffer>), {
      status,
      headers: contentType === '' ? {} : { 'Content-Type': contentType },
    });
  };
}
