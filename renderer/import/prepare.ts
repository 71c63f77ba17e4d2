// One import, from its source to an article ready to store: read or fetch the bytes, have them
// decoded and converted (where conversions run), make the images local. Checks the cancel
// signal between steps; stores nothing.

import { IMPORT_LIMITS, charsetOf, mediaType } from '../../electron/common/importLimits';
import { err, ok, type Result } from '../../electron/common/result';
import { hasVisibleText } from '../article/textTitle';
import type { NewArticle } from '../db/articles';
import type { ArticleSource } from '../db/types';
import type { Platform } from '../platform/Platform';
import type { Converted } from './convert';
import { formatOfFileName } from './formats';
import { normalizeWebAddress } from './address';
import { fromFetchError, type ImportErrorCode } from './errors';
import type { Converter } from './extraction/extractionHost';
import { localizeImages, type PreparedImage } from './images';
import { refusedUnread } from './importInputs';

export type ImportInput =
  | { readonly kind: 'paste'; readonly text: string; readonly html: string | null; readonly title: string }
  | {
      readonly kind: 'file';
      readonly name: string;
      /** Size in bytes when known before reading (a File), so a huge file is refused unread. */
      readonly size: number | null;
      readonly read: () => Promise<Result<Uint8Array, ImportErrorCode>>;
    }
  | {
      readonly kind: 'web';
      readonly url: string;
      /** The user typed no scheme and https:// was put in front: a failure says so. */
      readonly schemeAdded?: boolean;
      /** The user confirmed saving this address, which is on their own network (importQueue.ts). */
      readonly allowPrivateNetwork?: boolean;
    };

export type ImportStage = 'reading' | 'converting' | 'fetching-page' | 'fetching-images' | 'saving';

export interface PrepareContext {
  readonly platform: Pick<Platform, 'startWebCapture'>;
  readonly signal: AbortSignal;
  /** Runs the conversion (in the app: in the extraction frame, where it can be stopped). */
  readonly convert: Converter;
  readonly onStage?: (stage: ImportStage, done?: number, total?: number) => void;
}

export interface PreparedArticle {
  readonly article: NewArticle;
  readonly images: readonly PreparedImage[];
  /** Images of the source that could not be kept. */
  readonly skippedImages: number;
}

function article(converted: Converted, source: ArticleSource, sourceUrl: string | null): NewArticle {
  return {
    title: converted.title,
    doc: converted.doc,
    source,
    byline: converted.byline,
    siteName: converted.siteName,
    sourceUrl,
    publishedAt: converted.publishedAt,
  };
}

async function withLocalImages(
  converted: Converted,
  source: ArticleSource,
  sourceUrl: string | null,
  context: PrepareContext,
  fetchImage: Parameters<typeof localizeImages>[1]['fetchImage'],
): Promise<Result<PreparedArticle, ImportErrorCode>> {
  const hasImages = converted.doc.blocks.some((block) => block.kind === 'image');
  if (hasImages && fetchImage !== null) context.onStage?.('fetching-images', 0, 0);
  const localized = await localizeImages(converted.doc.blocks, {
    fetchImage,
    signal: context.signal,
    onProgress: (done, total) => {
      if (fetchImage !== null && total > 0) context.onStage?.('fetching-images', done, total);
    },
  });
  if (context.signal.aborted) return err('cancelled');
  if (!localized.blocks.some((block) => block.kind === 'image' || hasVisibleText(block.text)))
    return err('nothing-readable');
  return ok({
    article: article({ ...converted, doc: { ...converted.doc, blocks: localized.blocks } }, source, sourceUrl),
    images: localized.images,
    skippedImages: localized.skipped,
  });
}

/** A conversion that found nothing to keep (as opposed to one that failed or was stopped). */
function isEmptyResult(error: ImportErrorCode): boolean {
  return error === 'empty' || error === 'nothing-readable';
}

async function preparePaste(input: Extract<ImportInput, { kind: 'paste' }>, context: PrepareContext) {
  if (input.text.length + (input.html?.length ?? 0) > IMPORT_LIMITS.maxFileBytes) return err('too-large' as const);
  context.onStage?.('converting');
  let converted: Result<Converted, ImportErrorCode> = err('empty');
  if (input.html !== null && input.html.trim() !== '')
    converted = await context.convert(
      {
        source: { kind: 'text', format: 'html', text: input.html },
        options: { title: input.title, readability: false },
      },
      context.signal,
    );
  // Formatting that yields nothing (an image-only clipboard, say) falls back to the plain text.
  if (!converted.ok && isEmptyResult(converted.error) && hasVisibleText(input.text))
    converted = await context.convert(
      { source: { kind: 'text', format: 'text', text: input.text }, options: { title: input.title } },
      context.signal,
    );
  if (!converted.ok) return converted;
  return withLocalImages(converted.value, 'paste', null, context, null);
}

async function prepareFile(input: Extract<ImportInput, { kind: 'file' }>, context: PrepareContext) {
  const refused = refusedUnread(input);
  if (refused !== null) return err(refused);
  const format = formatOfFileName(input.name)!;
  context.onStage?.('reading');
  const read = await input.read();
  if (!read.ok) return read;
  if (read.value.byteLength > IMPORT_LIMITS.maxFileBytes) return err('too-large' as const);
  if (context.signal.aborted) return err('cancelled' as const);
  context.onStage?.('converting');
  // Decoded where it is converted (conversion.ts).
  const converted = await context.convert(
    {
      source: { kind: 'bytes', bytes: read.value, decode: { kind: format === 'html' ? 'html' : 'text' }, format },
      options: { fileName: input.name },
    },
    context.signal,
  );
  if (!converted.ok) return converted;
  return withLocalImages(converted.value, 'file', null, context, null);
}

async function prepareWeb(input: Extract<ImportInput, { kind: 'web' }>, context: PrepareContext) {
  const address = normalizeWebAddress(input.url);
  if (!address.ok) return err(address.error === 'empty' ? 'bad-url' : address.error);
  const capture = context.platform.startWebCapture(context.signal);
  try {
    context.onStage?.('fetching-page');
    const page = await capture.fetchPage(address.value, { allowPrivateNetwork: input.allowPrivateNetwork === true });
    if (!page.ok) return err(fromFetchError(page.error), page.detail);
    if (context.signal.aborted) return err('cancelled' as const);
    context.onStage?.('converting');
    const type = mediaType(page.value.contentType);
    // Decoded where it is converted (conversion.ts); the format follows the media type, or the
    // decoded text's first characters when the page sent none.
    const converted = await context.convert(
      {
        source: {
          kind: 'bytes',
          bytes: page.value.bytes,
          decode: {
            kind: type === 'text/plain' || type.includes('markdown') ? 'text' : 'html',
            headerCharset: charsetOf(page.value.contentType),
          },
          format: null,
          mediaType: type,
        },
        options: { pageUrl: page.value.url },
      },
      context.signal,
    );
    // A page that decodes to nothing, or converts to nothing, has nothing readable.
    if (!converted.ok) return isEmptyResult(converted.error) ? err('nothing-readable' as const) : converted;
    return await withLocalImages(converted.value, 'web', page.value.url, context, capture.fetchImage);
  } finally {
    capture.end();
  }
}

export async function prepareImport(
  input: ImportInput,
  context: PrepareContext,
): Promise<Result<PreparedArticle, ImportErrorCode>> {
  if (context.signal.aborted) return err('cancelled');
  switch (input.kind) {
    case 'paste':
      return preparePaste(input, context);
    case 'file':
      return prepareFile(input, context);
    case 'web':
      return prepareWeb(input, context);
  }
}
