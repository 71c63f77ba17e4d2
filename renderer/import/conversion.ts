// What a conversion is asked to convert, and converting it: pasted text as it is, or a file's
// or a page's bytes, decoded first. It runs where conversions run (in the app, the extraction
// frame: extraction/frame.ts), so what crosses to the frame is the bytes rather than their
// decoded text: a 1 MB page is 2 MB of text in UTF-16, and copying that across and reading it
// back cost ~20 ms of the 1 MB import, on top of ~20 ms of decoding on the app's own thread.

import type { Result } from '../../electron/common/result';
import { convert, type ConvertError, type ConvertOptions, type Converted } from './convert';
import { decodeBytes, type DecodeError, type DecodeHints } from './decode';
import { formatOfContentType, type DocumentFormat } from './formats';

export type ConversionSource =
  | { readonly kind: 'text'; readonly format: DocumentFormat; readonly text: string }
  | {
      readonly kind: 'bytes';
      readonly bytes: Uint8Array;
      readonly decode: DecodeHints;
      /** The format; null for a fetched page's, told by its media type and, failing that, its text. */
      readonly format: DocumentFormat | null;
      /** A fetched page's media type (Content-Type without parameters); '' when it had none. */
      readonly mediaType?: string;
    };

export interface ConversionRequest {
  readonly source: ConversionSource;
  readonly options: ConvertOptions;
}

export type ConversionFailure = ConvertError | DecodeError;

/** How much there is to convert: characters or bytes, for the time a conversion may take. */
export function sourceSize(source: ConversionSource): number {
  return source.kind === 'text' ? source.text.length : source.bytes.byteLength;
}

export function runConversion(request: ConversionRequest): Result<Converted, ConversionFailure> {
  const { source, options } = request;
  if (source.kind === 'text') return convert(source.format, source.text, options);
  const decoded = decodeBytes(source.bytes, source.decode);
  if (!decoded.ok) return decoded;
  const format = source.format ?? formatOfContentType(source.mediaType ?? '', decoded.value.text);
  return convert(format, decoded.value.text, options);
}
