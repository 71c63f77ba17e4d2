// Fetches web pages and their images for "Save for offline", within fixed limits: http and
// https only, every redirect checked and counted, one deadline for the whole request, the body
// read in chunks and abandoned as soon as it passes its size cap, and before every request
// (each redirect too) the host judged by the hop guard: nothing on this computer or the user's
// own network unless the user typed that host and confirmed it (captureNetwork.ts). Only bytes
// come back; the renderer decodes, extracts and sanitizes. `fetch` and the guard are passed in,
// so tests drive them against real servers on 127.0.0.1.

import {
  IMPORT_LIMITS,
  isImageContentType,
  isPageContentType,
  type FetchError,
  type FetchedResource,
} from '../common/importLimits';
import { err, ok, type Result } from '../common/result';
import { readCappedBody } from '../common/cappedBody';
import { canonicalHost } from './addressPolicy';

/**
 * The part of WHATWG fetch this module uses: one request, redirects not followed but returned
 * as 3xx responses with their Location (captureNetwork.ts builds it on Electron's net).
 */
export type FetchLike = (
  url: string,
  init: { redirect: 'manual'; signal: AbortSignal; headers: Record<string, string> },
) => Promise<Response>;

/** Why a host may not be asked: on this computer or the own network. */
export type HopRefusal = 'private-address';

/** Judges each request's host before it is made, and explains a connection refused later. */
export interface HopGuard {
  /** `allowPrivate`: the user confirmed this host. */
  check(url: URL, allowPrivate: boolean): Promise<Result<null, HopRefusal>>;
  /** After a failed request: the refusal behind it, if the host was refused at connection time. */
  refusalFor(url: URL): string | undefined;
}

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
  readonly guard?: HopGuard;
  /** The one host the user confirmed may be on their own network (canonical form), if any. */
  readonly confirmedHost?: string | null;
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
    // The address the user gave may be confirmed; a redirect may not lead to the own network.
    const refused = (detail: string | undefined): Result<never, FetchError> =>
      err(redirects === 0 ? 'private-address' : 'private-redirect', detail);
    if (options.guard !== undefined) {
      const allowed = await options.guard.check(current, canonicalHost(current.hostname) === options.confirmedHost);
      if (!allowed.ok) return refused(allowed.detail);
      if (signal.aborted) return whyAborted(signal.reason);
    }
    let response: Response;
    try {
      response = await fetchImpl(current.href, { redirect: 'manual', signal, headers: options.headers });
    } catch (error) {
      const refusal = signal.aborted ? undefined : options.guard?.refusalFor(current);
      return refusal === undefined ? whyAborted(error) : refused(refusal);
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
  /** Judges every host; without one (tests of the limits alone) every host is asked. */
  guard?: HopGuard;
  /** Lets the connections of a confirmed host through (the pinning proxy); returns the release. */
  allowPrivate?: (host: string) => () => void;
  userAgent?: string;
  /** Overrides for tests (a short timeout, small caps). */
  limits?: Partial<Record<keyof typeof IMPORT_LIMITS, number>>;
}

export interface WebFetcher {
  /**
   * `allowPrivateNetwork`: the user confirmed that the address they typed is on their own
   * network. Its host (and only it) may then be reached for this job: the page, redirects that
   * stay on it, and its images.
   */
  fetchPage(jobId: string, url: string, allowPrivateNetwork?: boolean): Promise<Result<FetchedResource, FetchError>>;
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
  const jobs = new Map<
    string,
    { controller: AbortController; images: number; confirmedHost: string | null; release: () => void }
  >();
  const ended = new Set<string>();
  const baseHeaders: Record<string, string> = {
    'Accept-Language': 'ar,en;q=0.8,*;q=0.5',
    ...(deps.userAgent !== undefined ? { 'User-Agent': deps.userAgent } : {}),
  };

  function jobFor(jobId: string) {
    let job = jobs.get(jobId);
    if (job === undefined) {
      job = { controller: new AbortController(), images: 0, confirmedHost: null, release: () => {} };
      jobs.set(jobId, job);
    }
    return job;
  }

  return {
    async fetchPage(jobId, url, allowPrivateNetwork = false) {
      if (ended.has(jobId)) return err('cancelled');
      const job = jobFor(jobId);
      if (allowPrivateNetwork && job.confirmedHost === null) {
        const typed = parseHttpUrl(url);
        if (typed.ok) {
          job.confirmedHost = canonicalHost(typed.value.hostname);
          job.release = deps.allowPrivate?.(job.confirmedHost) ?? (() => {});
        }
      }
      return fetchWithLimits(deps.fetch, url, {
        guard: deps.guard,
        confirmedHost: job.confirmedHost,
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
      const fetched = await fetchWithLimits(deps.fetch, url, {
        guard: deps.guard,
        confirmedHost: job.confirmedHost,
        maxBytes: limits.maxImageBytes,
        maxRedirects: limits.maxRedirects,
        timeoutMs: limits.fetchTimeoutMs,
        accept: isImageContentType,
        headers: { ...baseHeaders, Accept: 'image/avif,image/webp,image/png,image/jpeg,image/gif;q=0.9' },
        signal: job.controller.signal,
      });
      // An image is never confirmed by the user: any refusal is simply a private address.
      return !fetched.ok && fetched.error === 'private-redirect' ? err('private-address', fetched.detail) : fetched;
    },
    endJob(jobId) {
      const job = jobs.get(jobId);
      job?.controller.abort();
      job?.release();
      jobs.delete(jobId);
      ended.add(jobId);
      if (ended.size > ENDED_JOBS_REMEMBERED) ended.delete(ended.values().next().value!);
    },
  };
}
