// The import pipeline (decoding, images, the extraction frame's host) is a chunk of its own,
// loaded on the first import or as soon as one looks likely, so it costs nothing at start-up.

import type { Converter } from './extraction/extractionHost';
// Types only: the chunk itself is loaded below, on demand.
import type * as PipelineModule from './pipeline';

/** Where conversions run, and how to start it ahead of the first one. */
export interface Extraction {
  readonly convert: Converter;
  warmUp(): void;
}

export type Pipeline = typeof PipelineModule;

let pipeline: Promise<Pipeline> | null = null;

/**
 * The pipeline chunk, fetched and compiled once. Asked for as soon as an import looks likely
 * (the dialog opens, files are dragged over the window), so that choosing a file does not
 * wait for it: loading it took ~80 ms of a 1 MB import.
 */
export function loadPipeline(): Promise<Pipeline> {
  pipeline ??= import('./pipeline').catch((error: unknown) => {
    // A failed load (a chunk missing after an update, say) is retried by the next import.
    pipeline = null;
    throw error;
  });
  return pipeline;
}
