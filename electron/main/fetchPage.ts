// Fetches web pages and their images for "Save for offline", within fixed limits: http and
// https only, every redirect checked and counted, one deadline for the whole request, the body
// read in chunks and abandoned as soon as it passes its size cap. Only bytes come back; the
// renderer decodes, extracts and sanitizes. `fetch` is passed in, so tests drive it against a
// real server on 127.0.0.1.

import {
  IMPORT_LIMITS,
  isImageContentType,
  isPageContentType,
  type FetchError,
  type FetchedResource,
} from '../common/importLimits';
import { err, ok, type Result } from '../common/result';
import { readCappedBody } from '../common/cappedBody';

/** The part of WHATWG fetch this module uses (Node's global fetch satisfies it). */
export type FetchLike = (
  url: string,
  init: { redirect: 'manual'; signal: AbortSignal; headers: Record<string, string> },
) => Promise<Response>;

export interface FetchLimits {
  readonly maxBytes: number;
  readonly maxRedirects: number;
  readonly timeoutMs: number;
}

export interface FetchOptions extends FetchLimits {
  readonly accept: (contentType: string) => boolean;
  readonly headers: Record<string, string>;
  /** Aborts the request (the user cancelled); reported as 'cancelled'. */
  readonly signal?: AbortSignal;
}

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

export function parseHttpUrl(candidate: string): Result<URL, 'bad-url' | 'bad-scheme'> {
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return err('bad-url');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return err('bad-scheme');
  if (url.hostname === '') return err('bad-url');
  return ok(url);
}

async function discard(response: Response): Promise<void> {
  try {
    await response.body?.cancel();
  } catch {
    // Nothing to free.
  }
}

export async function fetchWithLimits(
  fetchImpl: FetchLike,
  address: string,
  options: FetchOptions,
): Promise<Result<FetchedResource, FetchError>> {
  const parsed = parseHttpUrl(address);
  if (!parsed.ok) return parsed;
  if (options.signal?.aborted) return err('cancelled');
  const deadline = AbortSignal.timeout(options.timeoutMs);
  const signal = options.signal === undefined ? deadline : AbortSignal.any([options.signal, deadline]);
  const whyAborted = (error: unknown): Result<never, FetchError> => {
    if (options.signal?.aborted) return err('cancelled');
    if (deadline.aborted) return err('timeout');
    return err(
      'unreachable',
      error instanceof Error
        ? `${error.message}${error.cause instanceof Error ? `: ${error.cause.message}` : ''}`
        : String(error),
    );
  };

  let current = parsed.value;
  for (let redirects = 0; ; redirects += 1) {
    let response: Response;
    try {
      response = await fetchImpl(current.href, { redirect: 'manual', signal, headers: options.headers });
    } catch (error) {
      return whyAborted(error);
    }
    if (REDIRECT_STATUSES.has(response.status)) {
      await discard(response);
      const location = response.headers.get('location');
      if (location === null) return err('http-error', `${response.status} without a Location header`);
      if (redirects >= options.maxRedirects) return err('too-many-redirects');
      const next = parseHttpUrl(new URL(location, current).href);
      if (!next.ok) return next;
      current = next.value;
      continue;
    }
    if (response.status < 200 || response.status > 299) {
      await discard(response);
      return err('http-error', String(response.status));
    }
    const contentType = response.headers.get('content-type') ?? '';
    if (!options.accept(contentType)) {
      await discard(response);
      return err('unsupported-type', contentType);
    }
    const declared = Number(response.headers.get('content-length') ?? NaN);
    if (Number.isFinite(declared) && declared > options.maxBytes) {
      await discard(response);
      return err('too-large');
    }
    let bytes: Uint8Array | 'too-large';
    try {
      bytes = await readCappedBody(response.body?.getReader(), options.maxBytes);
    } catch (error) {
      return whyAborted(error);
    }
    if (bytes === 'too-large') return err('too-large');
    return ok({ url: current.href, contentType, bytes });
  }
}

export interface WebFetcherDeps {
  fetch: FetchLike;
  userAgent?: string;
  /** Overrides for tests (a short timeout, small caps). */
  limits?: Partial<Record<keyof typeof IMPORT_LIMITS, number>>;
}

export interface WebFetcher {
  fetchPage(jobId: string, url: string): Promise<Result<FetchedResource, FetchError>>;
  fetchImage(jobId: string, url: string): Promise<Result<FetchedResource, FetchError>>;
  /** Aborts the job's requests; later calls with its id are refused as cancelled. */
  endJob(jobId: string): void;
}

const ENDED_JOBS_REMEMBERED = 1000;

/**
 * One "Save for offline" is a job: its page and images share an abort switch, and the job may
 * fetch at most `maxImages` images however many times the renderer asks.
 */
export function createWebFetcher(deps: WebFetcherDeps): WebFetcher {
  const limits = { ...IMPORT_LIMITS, ...deps.limits };
  const jobs = new Map<string, { controller: AbortController; images: number }>();
  const ended = new Set<string>();
  const baseHeaders: Record<string, string> = {
    'Accept-Language': 'ar,en;q=0.8,*;q=0.5',
    ...(deps.userAgent !== undefined ? { 'User-Agent': deps.userAgent } : {}),
  };

  function jobFor(jobId: string) {
    let job = jobs.get(jobId);
    if (job === undefined) {
      job = { controller: new AbortController(), images: 0 };
      jobs.set(jobId, job);
    }
    return job;
  }

  return {
    async fetchPage(jobId, url) {
      if (ended.has(jobId)) return err('cancelled');
      const job = jobFor(jobId);
      return fetchWithLimits(deps.fetch, url, {
        maxBytes: limits.maxPageBytes,
        maxRedirects: limits.maxRedirects,
        timeoutMs: limits.fetchTimeoutMs,
        accept: isPageContentType,
        headers: { ...baseHeaders, Accept: 'text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1' },
        signal: job.controller.signal,
      });
    },
    async fetchImage(jobId, url) {
      if (ended.has(jobId)) return err('cancelled');
      const job = jobFor(jobId);
      if (job.images >= limits.maxImages) return err('too-many-images');
      job.images += 1;
      return fetchWithLimits(deps.fetch, url, {
        maxBytes: limits.maxImageBytes,
        maxRedirects: limits.maxRedirects,
        timeoutMs: limits.fetchTimeoutMs,
        accept: isImageContentType,
        headers: { ...baseHeaders, Accept: 'image/avif,image/webp,image/png,image/jpeg,image/gif;q=0.9' },
        signal: job.controller.signal,
      });
    },
    endJob(jobId) {
      jobs.get(jobId)?.controller.abort();
      jobs.delete(jobId);
      ended.add(jobId);
      if (ended.size > ENDED_JOBS_REMEMBERED) ended.delete(ended.values().next().value!);
    },
  };
}
