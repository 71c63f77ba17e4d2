// Runs conversions in a frame that can be stopped. Readability, DOMPurify and our own tree
// walks run on whatever a page holds; a page can send one of them round in circles (a form
// control named `parentNode` did, in Readability), and a loop on the app's own thread would
// freeze the window for good. So pages are converted in a sandboxed frame (no
// `allow-same-origin`: an opaque origin, no storage, no access to the app), which Chromium runs
// in a process of its own; the app's thread stays free, Cancel stays reachable, and when a
// conversion outlives its time budget or is cancelled the frame is removed, which ends its
// process. The next conversion gets a fresh frame. The frame stays while imports come and is
// removed after a minute without one, to give its memory back.

import { err, type Result } from '../../../electron/common/result';
import { EXTRACTION_FRAME_PATH } from '../../../electron/common/csp';
import { sourceSize, type ConversionFailure, type ConversionRequest } from '../conversion';
import type { Converted } from '../convert';
import { CONNECT, isReady, readAnswer, type ExtractionRequest } from './protocol';

export type { ConversionRequest } from '../conversion';

export type ConversionError = ConversionFailure | 'too-slow' | 'cancelled' | 'failed';

/** Converts a document (its text, or its bytes to decode) into an article, somewhere it can be stopped. */
export type Converter = (
  request: ConversionRequest,
  signal: AbortSignal,
) => Promise<Result<Converted, ConversionError>>;

/**
 * How long a conversion may take, by the characters or bytes to convert: generous, so that no
 * real page on a slow machine meets it (a 1 MB page converts in ~0.25 s here, a 20 MB one in a
 * few seconds), and short enough that a page that never finishes is given up on while the user
 * still waits for it.
 */
export function conversionBudgetMs(size: number): number {
  return 15_000 + Math.ceil(size / 1_000) * 3;
}

/** How long the frame may take to load and say it is ready. */
const READY_TIMEOUT_MS = 30_000;
/** A frame unused this long is removed. */
const IDLE_MS = 60_000;

interface Frame {
  readonly element: HTMLIFrameElement;
  readonly ready: Promise<MessagePort | null>;
}

export interface ExtractionHost {
  readonly convert: Converter;
  /** Starts loading the frame ahead of the first conversion. */
  warmUp(): void;
  /** Removes the frame (and so ends whatever it runs). */
  dispose(): void;
}

export interface ExtractionHostOptions {
  /** The frame page's address; by default the one beside the app's page. */
  readonly frameUrl?: string;
  readonly budgetMs?: (size: number) => number;
}

export function createExtractionHost(options: ExtractionHostOptions = {}): ExtractionHost {
  const frameUrl = options.frameUrl ?? new URL(`.${EXTRACTION_FRAME_PATH}`, document.baseURI).href;
  const budgetMs = options.budgetMs ?? conversionBudgetMs;
  let frame: Frame | null = null;
  let idleTimer: ReturnType<typeof setTimeout> | undefined;
  let nextId = 1;
  /** Conversions run one after another. */
  let queue: Promise<unknown> = Promise.resolve();

  function openFrame(): Frame {
    const element = document.createElement('iframe');
    element.sandbox.add('allow-scripts');
    element.hidden = true;
    element.tabIndex = -1;
    element.setAttribute('aria-hidden', 'true');
    element.title = 'Hamish extraction';
    const ready = new Promise<MessagePort | null>((resolve) => {
      const timer = setTimeout(() => resolve(null), READY_TIMEOUT_MS);
      element.addEventListener(
        'load',
        () => {
          const channel = new MessageChannel();
          channel.port1.onmessage = (event) => {
            if (!isReady(event.data)) return;
            clearTimeout(timer);
            channel.port1.onmessage = null;
            resolve(channel.port1);
          };
          // The frame's origin is opaque, so '*' is the only target that reaches it; the port
          // then carries everything, and only this frame holds its other end.
          element.contentWindow?.postMessage(CONNECT, '*', [channel.port2]);
        },
        { once: true },
      );
    });
    element.src = frameUrl;
    document.body.append(element);
    return { element, ready };
  }

  function closeFrame(): void {
    clearTimeout(idleTimer);
    frame?.element.remove();
    frame = null;
  }

  function keepForAWhile(): void {
    clearTimeout(idleTimer);
    idleTimer = setTimeout(closeFrame, IDLE_MS);
  }

  async function run(request: ConversionRequest, signal: AbortSignal): Promise<Result<Converted, ConversionError>> {
    if (signal.aborted) return err('cancelled');
    clearTimeout(idleTimer);
    frame ??= openFrame();
    const current = frame;
    const port = await Promise.race([current.ready, aborted(signal)]);
    if (signal.aborted) return err('cancelled');
    if (port === null) {
      // The frame did not load (a missing file, a policy that refuses its script): the next
      // conversion tries a new one.
      if (frame === current) closeFrame();
      return err('failed', 'the extraction frame did not start');
    }
    const id = nextId++;
    const outcome = await new Promise<Result<Converted, ConversionError>>((resolve) => {
      const finish = (result: Result<Converted, ConversionError>) => {
        clearTimeout(timer);
        signal.removeEventListener('abort', onAbort);
        port.removeEventListener('message', onMessage);
        resolve(result);
      };
      const onMessage = (event: MessageEvent) => {
        const answer = readAnswer(event.data, id);
        if (answer !== null) finish(answer);
      };
      const onAbort = () => finish(err('cancelled'));
      const timer = setTimeout(() => finish(err('too-slow')), budgetMs(sourceSize(request.source)));
      port.addEventListener('message', onMessage);
      port.start();
      signal.addEventListener('abort', onAbort, { once: true });
      const message: ExtractionRequest = { id, ...request };
      port.postMessage(message);
    });
    // Whatever the frame is still doing for an abandoned request is ended with it.
    if (!outcome.ok && (outcome.error === 'too-slow' || outcome.error === 'cancelled')) {
      if (frame === current) closeFrame();
    } else keepForAWhile();
    return outcome;
  }

  return {
    convert: (request, signal) => {
      const result = queue.then(() => run(request, signal));
      // The queue only orders conversions: a failed one must not stop the next, and its caller
      // gets the failure from `result`.
      queue = result.catch(() => undefined);
      return result;
    },
    warmUp: () => {
      frame ??= openFrame();
      keepForAWhile();
    },
    dispose: closeFrame,
  };
}

function aborted(signal: AbortSignal): Promise<null> {
  return new Promise((resolve) => signal.addEventListener('abort', () => resolve(null), { once: true }));
}
