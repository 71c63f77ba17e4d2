// Decoding: byte-order marks, declarations, strict UTF-8, detection of the legacy Arabic
// encodings, and the refusals (empty, binary, undecodable).

import { describe, expect, it } from 'vitest';
import { looksBinary, sniffImageType } from './bytes';
import { decodeBytes, metaCharset } from './decode';

/** Encodes text in a single-byte legacy encoding, from TextDecoder's own table. */
function encodeLegacy(text: string, label: string): Uint8Array {
  const table = new Map<string, number>();
  for (let byte = 0; byte < 256; byte += 1) {
    try {
      const char = new TextDecoder(label, { fatal: true }).decode(new Uint8Array([byte]));
      if (!table.has(char)) table.set(char, byte);
    } catch {
      // Unmapped byte.
    }
  }
  return Uint8Array.from(
    Array.from(text, (char) => {
      const byte = table.get(char);
      if (byte === undefined) throw new Error(`${label} cannot encode ${char}`);
      return byte;
    }),
  );
}

function encodeUtf16(text: string, littleEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  const view = new DataView(bytes.buffer);
  view.setUint16(0, 0xfeff, littleEndian);
  for (let i = 0; i < text.length; i += 1) view.setUint16(2 + i * 2, text.charCodeAt(i), littleEndian);
  return bytes;
}

const utf8 = (text: string) => new TextEncoder().encode(text);
const concat = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((part) => [...part]));

const ARABIC =
  'قال الرئيس في مؤتمر صحفي عقده اليوم إن الحكومة ستعمل على تحسين الأوضاع الاقتصادية للمواطنين خلال العام المقبل، مشيراً إلى أن الخطة تشمل عدة قطاعات.\nالاقتصاد والتنمية\nوأضاف أن هناك تحديات كبيرة تواجه البلاد؟';

describe('decodeBytes', () => {
  it('reads UTF-8 with and without a byte-order mark', () => {
    expect(decodeBytes(utf8(ARABIC), { kind: 'text' })).toMatchObject({
      ok: true,
      value: { text: ARABIC, encoding: 'utf-8', from: 'utf-8' },
    });
    expect(decodeBytes(concat(new Uint8Array([0xef, 0xbb, 0xbf]), utf8(ARABIC)), { kind: 'text' })).toMatchObject({
      ok: true,
      value: { text: ARABIC, encoding: 'utf-8', from: 'bom' },
    });
  });

  it('reads UTF-16 little- and big-endian by their byte-order marks', () => {
    expect(decodeBytes(encodeUtf16(ARABIC, true), { kind: 'text' })).toMatchObject({
      ok: true,
      value: { text: ARABIC, encoding: 'utf-16le' },
    });
    expect(decodeBytes(encodeUtf16(ARABIC, false), { kind: 'text' })).toMatchObject({
      ok: true,
      value: { text: ARABIC, encoding: 'utf-16be' },
    });
  });

  it('detects windows-1256 and ISO-8859-6 in undeclared text', () => {
    expect(decodeBytes(encodeLegacy(ARABIC, 'windows-1256'), { kind: 'text' })).toMatchObject({
      ok: true,
      value: { text: ARABIC, encoding: 'windows-1256', from: 'detected' },
    });
    expect(decodeBytes(encodeLegacy(ARABIC, 'iso-8859-6'), { kind: 'text' })).toMatchObject({
      ok: true,
      value: { text: ARABIC, encoding: 'iso-8859-6', from: 'detected' },
    });
  });

  it('reads a short windows-1256 line as Arabic, not as Latin-1 mojibake', () => {
    const result = decodeBytes(encodeLegacy('مرحبا بالعالم', 'windows-1256'), { kind: 'text' });
    expect(result).toMatchObject({ ok: true, value: { text: 'مرحبا بالعالم' } });
  });

  it('follows the HTTP header, then <meta charset>, for HTML', () => {
    const body = `<html><head><meta charset="windows-1256"><title>t</title></head><body><p>${ARABIC}</p></body></html>`;
    const bytes = encodeLegacy(body, 'windows-1256');
    expect(decodeBytes(bytes, { kind: 'html' })).toMatchObject({
      ok: true,
      value: { encoding: 'windows-1256', from: 'meta' },
    });
    const iso = encodeLegacy(`<p>${ARABIC}</p>`, 'iso-8859-6');
    expect(decodeBytes(iso, { kind: 'html', headerCharset: 'ISO-8859-6' })).toMatchObject({
      ok: true,
      value: { text: `<p>${ARABIC}</p>`, encoding: 'iso-8859-6', from: 'header' },
    });
  });

  it('reads the http-equiv form of the declaration', () => {
    const html = '<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">';
    expect(metaCharset(utf8(html))).toBe('windows-1256');
    expect(metaCharset(utf8('<!-- <meta charset="koi8-r"> --><meta charset=utf-8>'))).toBe('utf-8');
  });

  it('falls back to detection when a declaration is wrong', () => {
    const bytes = encodeLegacy(`<meta charset="utf-8"><p>${ARABIC}</p>`, 'windows-1256');
    expect(decodeBytes(bytes, { kind: 'html' })).toMatchObject({
      ok: true,
      value: { encoding: 'windows-1256', from: 'detected' },
    });
  });

  it('refuses empty and whitespace-only data', () => {
    expect(decodeBytes(new Uint8Array(0), { kind: 'text' })).toMatchObject({ ok: false, error: 'empty' });
    expect(decodeBytes(utf8(' \n\t \n'), { kind: 'text' })).toMatchObject({ ok: false, error: 'empty' });
    expect(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf]), { kind: 'text' })).toMatchObject({
      ok: false,
      error: 'empty',
    });
  });

  it('refuses binary data under a text name', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    const zip = concat(utf8('PK\x03\x04'), utf8('word/document.xml'));
    expect(decodeBytes(png, { kind: 'text' })).toMatchObject({ ok: false, error: 'binary' });
    expect(decodeBytes(zip, { kind: 'html' })).toMatchObject({ ok: false, error: 'binary' });
    expect(
      decodeBytes(concat(utf8('hello'), new Uint8Array([0, 1, 2]), utf8('world')), { kind: 'text' }),
    ).toMatchObject({ ok: false, error: 'binary' });
  });

  it('refuses bytes that do not decode, rather than show mojibake', () => {
    // A UTF-8 byte-order mark followed by invalid UTF-8.
    expect(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0xc3, 0x28, 0xa0, 0xa1]), { kind: 'text' })).toMatchObject({
      ok: false,
      error: 'undecodable',
    });
    // High bytes with no spaces and no structure: no encoding makes text of them.
    const noise = new Uint8Array(600);
    let seed = 7;
    for (let i = 0; i < noise.length; i += 1) {
      seed = (seed * 1103515245 + 12345) >>> 0;
      noise[i] = 0x80 + ((seed >>> 24) % 0x80);
    }
    expect(decodeBytes(noise, { kind: 'text' })).toMatchObject({ ok: false, error: 'undecodable' });
  });

  it('keeps Latin-1 text readable', () => {
    const text = 'Le café où nous étions était fermé, et la pâtisserie aussi. Déjà vu, à bientôt.';
    expect(decodeBytes(encodeLegacy(text, 'windows-1252'), { kind: 'text' })).toMatchObject({
      ok: true,
      value: { text },
    });
  });
});

describe('bytes', () => {
  it('knows raster images by their signatures, and nothing else', () => {
    expect(sniffImageType(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe('image/png');
    expect(sniffImageType(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(sniffImageType(utf8('GIF89a...'))).toBe('image/gif');
    expect(sniffImageType(utf8('RIFF\0\0\0\0WEBPVP8 '))).toBe('image/webp');
    expect(sniffImageType(utf8('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'))).toBeNull();
    expect(sniffImageType(utf8('<html>'))).toBeNull();
  });

  it('does not take text for binary', () => {
    expect(looksBinary(utf8(ARABIC))).toBe(false);
    expect(looksBinary(utf8('line\r\nline\ttab\fform'))).toBe(false);
  });
});
