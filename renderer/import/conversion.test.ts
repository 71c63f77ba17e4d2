// @vitest-environment jsdom
// A conversion's source: bytes are decoded where they are converted, and give the article their
// decoded text gives; what cannot be decoded is refused with the decoder's reason; a fetched
// page's format follows its media type, or its text when it sent none.

import { describe, expect, it } from 'vitest';
import { convert } from './convert';
import { runConversion, sourceSize } from './conversion';

const PARAGRAPH = 'قال الرئيس في مؤتمر صحفي عقده اليوم إن الحكومة ستعمل على تحسين الأوضاع الاقتصادية للمواطنين.';
const PAGE = `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>عنوان الصفحة</title></head>
<body><article><h1>عنوان الصفحة</h1>${`<p>${PARAGRAPH}</p>`.repeat(8)}</article></body></html>`;
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('runConversion', () => {
  it('converts bytes to the article their text converts to', () => {
    const fromBytes = runConversion({
      source: { kind: 'bytes', bytes: utf8(PAGE), decode: { kind: 'html' }, format: 'html' },
      options: { fileName: 'page.html' },
    });
    const fromText = convert('html', PAGE, { fileName: 'page.html' });
    expect(fromBytes.ok).toBe(true);
    expect(fromBytes).toEqual(fromText);
    expect(fromBytes.ok && fromBytes.value.title).toBe('عنوان الصفحة');
  });

  it('converts text as it is', () => {
    const result = runConversion({
      source: { kind: 'text', format: 'text', text: `العنوان\n${PARAGRAPH}` },
      options: {},
    });
    expect(result).toEqual(convert('text', `العنوان\n${PARAGRAPH}`, {}));
  });

  it("refuses what cannot be decoded with the decoder's reason", () => {
    const binary = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 1, 2, 3, 0, 0, 0]);
    const bytes = (data: Uint8Array) =>
      runConversion({ source: { kind: 'bytes', bytes: data, decode: { kind: 'text' }, format: 'text' }, options: {} });
    expect(bytes(binary)).toMatchObject({ ok: false, error: 'binary' });
    expect(bytes(new Uint8Array(0))).toMatchObject({ ok: false, error: 'empty' });
    expect(bytes(utf8('   \n  '))).toMatchObject({ ok: false, error: 'empty' });
  });

  it("takes a fetched page's format from its media type, or from its text when it sent none", () => {
    const page = (mediaType: string, text: string) =>
      runConversion({
        source: { kind: 'bytes', bytes: utf8(text), decode: { kind: 'html' }, format: null, mediaType },
        options: { pageUrl: 'https://news.example/a' },
      });
    // Markup read as text keeps its angle brackets; read as HTML it does not.
    const markup = `<p>${PARAGRAPH}</p>\n<p>${PARAGRAPH}</p>`;
    const asText = page('text/plain', markup);
    const asHtml = page('text/html', markup);
    const sniffed = page('', markup);
    expect(asText.ok && asText.value.doc.blocks.some((block) => block.text.includes('<p>'))).toBe(true);
    expect(asHtml.ok && asHtml.value.doc.blocks.every((block) => !block.text.includes('<p>'))).toBe(true);
    expect(sniffed).toEqual(asHtml);
    expect(page('', `العنوان\n${PARAGRAPH}`)).toEqual(
      convert('text', `العنوان\n${PARAGRAPH}`, { pageUrl: 'https://news.example/a' }),
    );
  });

  it('measures text in characters and bytes in bytes', () => {
    expect(sourceSize({ kind: 'text', format: 'text', text: 'نص' })).toBe(2);
    expect(sourceSize({ kind: 'bytes', bytes: utf8('نص'), decode: { kind: 'text' }, format: 'text' })).toBe(4);
  });
});
