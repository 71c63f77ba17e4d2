// The extraction frame's script: decodes and converts what the app sends, and answers with
// blocks. It runs in a sandboxed frame of its own (see extractionHost.ts), so a conversion that
// never ends — a page that sends a library round in circles — takes only this frame with it,
// and the app removes the frame when its time is up. Built as one classic script (a module script would
// need CORS from the frame's opaque origin), by electron/build/extractionFrame.ts.

import { err, type Result } from '../../../electron/common/result';
import { runConversion, type ConversionFailure } from '../conversion';
import type { Converted } from '../convert';
import { answerMessage, CONNECT, type ExtractionRequest, type FrameMessage } from './protocol';

let connected = false;

function answer(request: ExtractionRequest): ReturnType<typeof answerMessage> {
  let result: Result<Converted, ConversionFailure | 'failed'>;
  try {
    result = runConversion(request);
  } catch (error) {
    // A library that throws on some page: the app says it could not be imported.
    console.error('Conversion failed', error);
    result = err('failed', String(error));
  }
  return answerMessage(request.id, result);
}

addEventListener('message', (event: MessageEvent) => {
  // Only the app that framed this page may connect, and only once.
  if (connected || event.source !== parent || event.data !== CONNECT) return;
  const port = event.ports[0];
  if (port === undefined) return;
  connected = true;
  port.onmessage = (request: MessageEvent<ExtractionRequest>) => {
    const { message, transfer } = answer(request.data);
    port.postMessage(message, transfer);
  };
  port.postMessage({ type: 'ready' } satisfies FrameMessage);
});
