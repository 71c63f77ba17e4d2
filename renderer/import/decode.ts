// Bytes → text. The encoding comes from, in order: a byte-order mark; the HTTP header; a
// <meta charset> in the first bytes of an HTML document; then, for undeclared data, strict
// UTF-8, then detection (chardet) among the legacy encodings Arabic text still arrives in —
// windows-1256 and ISO-8859-6 — and Latin-1 for Western files. A guess is kept only if the
// result reads like text; otherwise the data is reported as undecodable, never shown as
// mojibake.

import chardet from 'chardet';
import { err, ok, type Result } from '../../electron/common/result';
import { looksBinary } from './bytes';

export type DecodeError = 'empty' | 'binary' | 'undecodable';

export interface Decoded {
  readonly text: string;
  /** The WHATWG name of the encoding used, e.g. "utf-8", "windows-1256". */
  readonly encoding: string;
  /** Where the encoding came from. */
  readonly from: 'bom' | 'header' | 'meta' | 'utf-8' | 'detected';
}

export interface DecodeHints {
  readonly kind: 'text' | 'html';
  /** The charset parameter of an HTTP Content-Type, if any. */
  readonly headerCharset?: string | null;
}

/** Encodings chardet may propose that we accept, by chardet's name → WHATWG label. */
const DETECTABLE: Readonly<Record<string, string>> = {
  'windows-1256': 'windows-1256',
  'ISO-8859-6': 'iso-8859-6',
  'ISO-8859-1': 'windows-1252',
  'windows-1252': 'windows-1252',
};
const MIN_CONFIDENCE = 25;
const META_SCAN_BYTES = 4096;
/** Detection and scoring look at a sample: enough to judge, fast on a 50 MB file. */
const DETECT_SAMPLE_BYTES = 256 * 1024;
const SCORE_SAMPLE_CHARS = 64 * 1024;

function bomEncoding(bytes: Uint8Array): { encoding: string; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/** The WHATWG encoding a label names, or null if TextDecoder does not know it. */
export function resolveEncodingLabel(label: string): string | null {
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return null;
  }
}

/** The charset an HTML document declares in its first bytes (<meta charset> or http-equiv). */
export function metaCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('windows-1252')
    .decode(bytes.subarray(0, META_SCAN_BYTES))
    .replace(/<!--[\s\S]*?-->/g, '');
  const match = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)/i.exec(head);
  return match === null ? null : match[1]!.toLowerCase();
}

function strictDecode(bytes: Uint8Array, encoding: string): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

const TEXT_CHAR = /[\x20-\x7e\p{L}\p{M}\p{N}\p{P}\p{Zs}\t\n\r\f\u200c-\u200f\u00a0-\u00bf×÷€™]/u;
const ARABIC_LETTER = /[\u0621-\u064a\u0660-\u0669\u067e\u0686\u0698\u06a9\u06af\u06cc]/u;

/** How much a decoded guess reads like text: null if not at all, else a score (higher is better). */
export function textScore(text: string): number | null {
  let total = 0;
  let odd = 0;
  let spaces = 0;
  let letters = 0;
  let arabic = 0;
  for (const char of text.slice(0, SCORE_SAMPLE_CHARS)) {
    total += 1;
    if (/\s/u.test(char)) spaces += 1;
    if (/[\u0080-\u009f]/u.test(char)) return null;
    if (!TEXT_CHAR.test(char)) odd += 1;
    if (/\p{L}/u.test(char)) {
      letters += 1;
      if (ARABIC_LETTER.test(char)) arabic += 1;
    }
  }
  if (total === 0) return null;
  if (odd / total > 0.02) return null;
  if (total >= 24 && spaces / total < 0.02) return null;
  return letters === 0 ? 0 : arabic / letters;
}

function finish(text: string, encoding: string, from: Decoded['from']): Result<Decoded, DecodeError> {
  if (text.trim() === '') return err('empty');
  return ok({ text, encoding, from });
}

export function decodeBytes(bytes: Uint8Array, hints: DecodeHints): Result<Decoded, DecodeError> {
  if (bytes.length === 0) return err('empty');

  const bom = bomEncoding(bytes);
  if (bom !== null) {
    const text = strictDecode(bytes.subarray(bom.length), bom.encoding);
    return text === null
      ? err('undecodable', `invalid ${bom.encoding} after its byte-order mark`)
      : finish(text, bom.encoding, 'bom');
  }

  if (looksBinary(bytes)) return err('binary');

  const declared: [string | null | undefined, Decoded['from']][] = [[hints.headerCharset, 'header']];
  if (hints.kind === 'html') declared.push([metaCharset(bytes), 'meta']);
  for (const [label, from] of declared) {
    if (label === null || label === undefined) continue;
    let encoding = resolveEncodingLabel(label);
    if (encoding === null) continue;
    // A document cannot declare itself UTF-16 without a BOM; browsers read it as UTF-8.
    if (encoding.startsWith('utf-16')) encoding = 'utf-8';
    const strict = strictDecode(bytes, encoding);
    if (strict !== null) return finish(strict, encoding, from);
    // A wrong declaration is common (pages saved in another encoding than they say): try
    // the next one, then detection, rather than show replacement characters.
  }

  const utf8 = strictDecode(bytes, 'utf-8');
  if (utf8 !== null) return finish(utf8, 'utf-8', 'utf-8');

  const candidates: string[] = [];
  for (const match of chardet.analyse(bytes.subarray(0, DETECT_SAMPLE_BYTES))) {
    const encoding = DETECTABLE[match.name];
    if (encoding !== undefined && match.confidence >= MIN_CONFIDENCE && !candidates.includes(encoding))
      candidates.push(encoding);
  }
  for (const encoding of candidates) {
    const text = strictDecode(bytes, encoding);
    if (text !== null && textScore(text) !== null) return finish(text, encoding, 'detected');
  }
  // Short Arabic text gives chardet too little to go on: take the Arabic encoding in which
  // it reads most like Arabic.
  let best: { text: string; encoding: string; score: number } | null = null;
  for (const encoding of ['windows-1256', 'iso-8859-6']) {
    const text = strictDecode(bytes, encoding);
    const score = text === null ? null : textScore(text);
    if (text !== null && score !== null && score >= 0.6 && (best === null || score > best.score))
      best = { text, encoding, score };
  }
  if (best !== null) return finish(best.text, best.encoding, 'detected');
  return err('undecodable');
}
