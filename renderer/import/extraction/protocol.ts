// What the app and the extraction frame say to each other. The app connects once by posting
// CONNECT with a MessagePort; after that every request and answer goes over that port, so
// nothing else in either window can speak for the other. The frame's answers are checked before
// the app uses them: the frame is where untrusted pages are parsed, and the app trusts nothing
// it says without checking. An answer's blocks travel packed (blockWire.ts), and the app builds
// them itself from what it checks.

import { err, ok, type Result } from '../../../electron/common/result';
import type { ArticleDoc } from '../../article/types';
import { z } from '../../validation/zod';
import type { ConversionFailure, ConversionRequest } from '../conversion';
import type { Converted } from '../convert';
import { decodeBlocks, encodeBlocks, type WireBlocks } from './blockWire';

export const CONNECT = 'hamish:extraction-connect';

export interface ExtractionRequest extends ConversionRequest {
  readonly id: number;
}

/** A conversion's result as it crosses: the article's blocks packed. */
export interface WireConverted extends Omit<Converted, 'doc'> {
  readonly doc: Omit<ArticleDoc, 'blocks'> & { readonly blocks: WireBlocks };
}

export type FrameMessage =
  | { readonly type: 'ready' }
  | {
      readonly type: 'answer';
      readonly id: number;
      readonly result: Result<WireConverted, ConversionFailure | 'failed'>;
    };

/** The frame's answer to request `id`, and what to transfer with it rather than copy. */
export function answerMessage(
  id: number,
  result: Result<Converted, ConversionFailure | 'failed'>,
): { message: FrameMessage; transfer: Transferable[] } {
  if (!result.ok) return { message: { type: 'answer', id, result }, transfer: [] };
  const blocks = encodeBlocks(result.value.doc.blocks);
  const value: WireConverted = { ...result.value, doc: { ...result.value.doc, blocks } };
  return { message: { type: 'answer', id, result: { ok: true, value } }, transfer: [blocks.layout.buffer] };
}

const nullableText = z.string().nullable();

const convertedSchema = z.strictObject({
  title: z.string(),
  doc: z.strictObject({
    extractionVersion: z.number().int().nonnegative(),
    lang: z.string(),
    dir: z.enum(['rtl', 'ltr']),
    blocks: z.strictObject({ text: z.string(), layout: z.instanceof(Int32Array), strings: z.array(z.string()) }),
  }),
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
      error: z.enum(['empty', 'nothing-readable', 'binary', 'undecodable', 'failed']),
      detail: z.string().optional(),
    }),
  ]),
});

/** The frame's answer to request `id`, or null when the message is not one. */
export function readAnswer(message: unknown, id: number): Result<Converted, ConversionFailure | 'failed'> | null {
  const parsed = answerSchema.safeParse(message);
  if (!parsed.success || parsed.data.id !== id) return null;
  const { result } = parsed.data;
  if (!result.ok) return err(result.error, result.detail);
  const { doc, ...rest } = result.value;
  const blocks = decodeBlocks(doc.blocks);
  if (blocks === null) return err('failed', 'the extraction frame sent malformed blocks');
  return ok({ ...rest, doc: { ...doc, blocks } });
}

export function isReady(message: unknown): boolean {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'ready';
}
