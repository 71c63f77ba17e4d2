// What the app and the extraction frame say to each other. The app connects once by posting
// CONNECT with a MessagePort; after that every request and answer goes over that port, so
// nothing else in either window can speak for the other. The frame's answers are checked with
// the article model's schema before the app uses them: the frame is where untrusted pages are
// parsed, and the app trusts nothing it says without checking.

import { err, ok, type Result } from '../../../electron/common/result';
import { articleDocSchema } from '../../db/articleDocSchema';
import { z } from '../../validation/zod';
import type { ConvertError, ConvertOptions, Converted, DocumentFormat } from '../convert';

export const CONNECT = 'hamish:extraction-connect';

export interface ExtractionRequest {
  readonly id: number;
  readonly format: DocumentFormat;
  readonly text: string;
  readonly options: ConvertOptions;
}

export type FrameMessage =
  | { readonly type: 'ready' }
  | { readonly type: 'answer'; readonly id: number; readonly result: Result<Converted, ConvertError | 'failed'> };

const nullableText = z.string().nullable();

const convertedSchema = z.strictObject({
  title: z.string(),
  doc: articleDocSchema,
  byline: nullableText,
  siteName: nullableText,
  publishedAt: nullableText,
});

const answerSchema = z.strictObject({
  type: z.literal('answer'),
  id: z.number().int(),
  result: z.union([
    z.strictObject({ ok: z.literal(true), value: convertedSchema }),
    z.strictObject({
      ok: z.literal(false),
      error: z.enum(['empty', 'nothing-readable', 'failed']),
      detail: z.string().optional(),
    }),
  ]),
});

/** The frame's answer to request `id`, or null when the message is not one. */
export function readAnswer(message: unknown, id: number): Result<Converted, ConvertError | 'failed'> | null {
  const parsed = answerSchema.safeParse(message);
  if (!parsed.success || parsed.data.id !== id) return null;
  const { result } = parsed.data;
  return result.ok ? ok(result.value) : err(result.error, result.detail);
}

export function isReady(message: unknown): boolean {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'ready';
}
