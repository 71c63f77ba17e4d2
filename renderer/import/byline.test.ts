// @vitest-environment jsdom
// The byline a page prints at the top of its article is not kept in the body (byline.ts).
import { describe, expect, it } from 'vitest';
import type { Block } from '../article/types';
import { isBylineLine, withoutBylineBlocks } from './byline';
import { convertHtml } from './convert';
import { extractHtml } from './extractHtml';

const paragraph = (text: string): Block => ({ kind: 'paragraph', text });

describe('isBylineLine', () => {
  it('recognizes the byline with a lead word, a date or an agency', () => {
    expect(isBylineLine('By Jane Doe', 'Jane Doe')).toBe(true);
    expect(isBylineLine('Jane Doe | Reuters, 3 May 2026', 'Jane Doe')).toBe(true);
    expect(isBylineLine('بقلم: كاتب المقال — 15 يناير 2026', 'كاتب المقال')).toBe(true);
    expect(isBylineLine('By Jane Doe', 'Jane Doe, Reuters')).toBe(true);
  });

  it('keeps a sentence that starts with the name, and a line about something else', () => {
    expect(isBylineLine('Jane Doe said the talks would resume next week after the holiday.', 'Jane Doe')).toBe(false);
    expect(isBylineLine('Jane Doe agreed.', 'Jane Doe')).toBe(false);
    expect(isBylineLine('The markets opened higher', 'Jane Doe')).toBe(false);
    expect(isBylineLine('By Jane Doe', '')).toBe(false);
  });
});

describe('withoutBylineBlocks', () => {
  it('drops only leading byline paragraphs and never empties the document', () => {
    const blocks = [paragraph('By Jane Doe'), paragraph('Body text.'), paragraph('Jane Doe')];
    expect(withoutBylineBlocks(blocks, 'Jane Doe').map((block) => block.text)).toEqual(['Body text.']);
    expect(withoutBylineBlocks([paragraph('Jane Doe')], 'Jane Doe').map((block) => block.text)).toEqual(['Jane Doe']);
    expect(withoutBylineBlocks(blocks, null)).toHaveLength(3);
  });
});

const LONG_AR =
  'قال الرئيس في مؤتمر صحفي عقده اليوم إن الحكومة ستعمل على تحسين الأوضاع الاقتصادية للمواطنين خلال العام المقبل، مشيراً إلى أن الخطة تشمل عدة قطاعات تتعلق بالتعليم والصحة والنقل والطاقة.';

describe('a saved page whose byline Readability leaves in the content', () => {
  const paragraphs = Array.from({ length: 8 }, () => `<p>${LONG_AR}</p>`).join('');
  const html = `<!doctype html><html lang="ar" dir="rtl"><head>
    <title>عنوان المقال - جريدة المثال</title>
    <meta name="author" content="كاتب المقال">
    </head><body>
    <article><h1>عنوان المقال</h1><p>بقلم: كاتب المقال — 15 يناير 2026</p>${paragraphs}</article>
    </body></html>`;

  it('is such a page: Readability takes the byline from the metadata and leaves the printed line', () => {
    const raw = extractHtml(html, { pageUrl: 'https://example.org/story', readability: true });
    expect(raw.ok && raw.value.usedReadability).toBe(true);
    expect(raw.ok && raw.value.byline).toBe('كاتب المقال');
    expect(raw.ok && raw.value.blocks.map((block) => block.text)).toContain('بقلم: كاتب المقال — 15 يناير 2026');
  });

  it('shows the byline in the header only: not as the first paragraph, not as the excerpt', async () => {
    const result = convertHtml(html, { pageUrl: 'https://example.org/story' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.byline).toBe('كاتب المقال');
    expect(result.value.doc.blocks[0]?.text).toBe(LONG_AR);
    expect(result.value.doc.blocks).toHaveLength(8);
    const { articleRowFor } = await import('../db/articles');
    const row = await articleRowFor({ ...result.value, source: 'web' }, 0);
    expect(row.excerpt).not.toContain('كاتب المقال');
    expect(row.excerpt.startsWith('قال الرئيس')).toBe(true);
  });
});
