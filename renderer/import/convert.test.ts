// @vitest-environment jsdom
// Conversion of text, Markdown and HTML into the block model: structure, inline marks,
// addresses, metadata, titles, and what counts as nothing readable.

import { describe, expect, it } from 'vitest';
import type { Block } from '../article/types';
import { convertHtml, convertMarkdown, convertText, guessLanguage } from './convert';
import { formatOfContentType, formatOfFileName } from './formats';
import { pickFromSrcset } from './pageAddresses';
import { normalizeWebAddress } from './address';

function blocksOf(html: string, pageUrl: string | null = null): Block[] {
  const result = convertHtml(html, { pageUrl, readability: false, title: 'T' });
  if (!result.ok) throw new Error(result.error);
  return [...result.value.doc.blocks];
}

const LONG_AR =
  'قال الرئيس في مؤتمر صحفي عقده اليوم إن الحكومة ستعمل على تحسين الأوضاع الاقتصادية للمواطنين خلال العام المقبل، مشيراً إلى أن الخطة تشمل عدة قطاعات تتعلق بالتعليم والصحة والنقل والطاقة.';

describe('convertText', () => {
  it('takes a short first line as the title and one paragraph per line', () => {
    const result = convertText('عنوان المقال\nالفقرة الأولى.\n\nالفقرة الثانية.');
    expect(result.ok && result.value.title).toBe('عنوان المقال');
    expect(result.ok && result.value.doc.blocks.map((block) => [block.kind, block.text])).toEqual([
      ['paragraph', 'الفقرة الأولى.'],
      ['paragraph', 'الفقرة الثانية.'],
    ]);
    expect(result.ok && result.value.doc).toMatchObject({ lang: 'ar', dir: 'rtl' });
  });

  it('makes a short unpunctuated line between paragraphs a subheading, but not a trailing ellipsis', () => {
    const result = convertText(
      `العنوان\n${LONG_AR}\nالاقتصاد والتنمية\n${LONG_AR}\nوهكذا مضى…\n${LONG_AR}\nثم قال....\n${LONG_AR}`,
    );
    expect(result.ok && result.value.doc.blocks.map((block) => block.kind)).toEqual([
      'paragraph',
      'heading',
      'paragraph',
      'paragraph',
      'paragraph',
      'paragraph',
      'paragraph',
    ]);
  });

  it('does not take a run of short lines (a poem) for headings', () => {
    const result = convertText(`قصيدة\n${LONG_AR}\nسطر أول\nسطر ثان\nسطر ثالث\n${LONG_AR}`);
    expect(result.ok && result.value.doc.blocks.filter((block) => block.kind === 'heading')).toEqual([]);
  });

  it('keeps a long single paragraph whole and titles it by its start', () => {
    const result = convertText(LONG_AR);
    expect(result.ok && result.value.doc.blocks).toHaveLength(1);
    expect(result.ok && result.value.title.endsWith('…')).toBe(true);
  });

  it('uses the title the user typed and keeps the first line in the body', () => {
    const result = convertText('سطر أول\nسطر ثان.', { title: 'عنواني' });
    expect(result.ok && result.value.title).toBe('عنواني');
    expect(result.ok && result.value.doc.blocks.map((block) => block.text)).toEqual(['سطر أول', 'سطر ثان.']);
  });

  it('refuses empty text, also text of only bidi marks and zero-width characters', () => {
    expect(convertText('  \n \t')).toMatchObject({ ok: false, error: 'empty' });
    expect(convertText('\u200f\n\u200b \u200e\n\uFEFF')).toMatchObject({ ok: false, error: 'empty' });
  });

  it('keeps a first line that reads as a sentence in the body and titles the text by its first words', () => {
    const arabic = convertText(`${LONG_AR}\nوأضاف أن هناك تحديات كبيرة.`);
    expect(arabic.ok && arabic.value.title).toBe('قال الرئيس في مؤتمر صحفي عقده اليوم إن…');
    expect(arabic.ok && arabic.value.doc.blocks.map((block) => block.text)).toEqual([
      LONG_AR,
      'وأضاف أن هناك تحديات كبيرة.',
    ]);
    const english = convertText('Did the council meet?\nIt did, on Monday.');
    expect(english.ok && english.value.title).toBe('Did the council meet?');
    expect(english.ok && english.value.doc.blocks.map((block) => block.text)).toEqual([
      'Did the council meet?',
      'It did, on Monday.',
    ]);
    expect(english.ok && english.value.doc).toMatchObject({ lang: 'en', dir: 'ltr' });
  });

  it('titles a text file whose first line is a sentence by its name', () => {
    const result = convertText('We met today.\nMore later.', { fileName: 'council_minutes.txt' });
    expect(result.ok && result.value.title).toBe('council minutes');
    expect(result.ok && result.value.doc.blocks).toHaveLength(2);
  });

  it('gives mixed Arabic with Latin names an Arabic, right-to-left document', () => {
    const result = convertText(
      `Electron\nيستخدم Electron إطاراً لبناء تطبيقات سطح المكتب، وقد أصدرت GitHub النسخة 3.5 في 2026.`,
    );
    expect(result.ok && result.value.doc).toMatchObject({ lang: 'ar', dir: 'rtl' });
    expect(guessLanguage('The quick brown fox')).toBe('en');
  });
});

describe('convertHtml', () => {
  it('converts structure: headings, quotes, lists, preformatted text, rules and images', () => {
    const blocks = blocksOf(`
      <h2>قسم</h2>
      <p>فقرة <em>مائلة</em> و<strong>غامقة</strong> و<code>x = 1</code> و<a href="https://example.org/a">رابط</a>.</p>
      <blockquote><p>اقتباس</p></blockquote>
      <ul><li>أول</li><li>ثان<ol><li>متداخل</li></ol></li></ul>
      <pre><code>line 1
  line 2</code></pre>
      <hr>
      <figure><img src="https://example.org/i.png" alt="صورة"><figcaption>تعليق</figcaption></figure>`);
    expect(blocks.map((block) => block.kind)).toEqual([
      'heading',
      'paragraph',
      'quote',
      'listItem',
      'listItem',
      'listItem',
      'preformatted',
      'rule',
      'image',
    ]);
    expect(blocks[0]).toMatchObject({ kind: 'heading', level: 2, text: 'قسم' });
    const paragraph = blocks[1]!;
    expect(paragraph.text).toBe('فقرة مائلة وغامقة وx = 1 ورابط.');
    const marked = (paragraph.marks ?? []).map((mark) => [
      mark.type,
      paragraph.text.slice(mark.start, mark.end),
      mark.href,
    ]);
    expect(marked).toEqual([
      ['em', 'مائلة', undefined],
      ['strong', 'غامقة', undefined],
      ['code', 'x = 1', undefined],
      ['link', 'رابط', 'https://example.org/a'],
    ]);
    expect(blocks.slice(3, 6)).toMatchObject([
      { text: 'أول', ordered: false, depth: 0 },
      { text: 'ثان', ordered: false, depth: 0 },
      { text: 'متداخل', ordered: true, depth: 1 },
    ]);
    expect(blocks[6]!.text).toBe('line 1\n  line 2');
    // The caption is the image's text.
    expect(blocks[8]).toMatchObject({ kind: 'image', src: 'https://example.org/i.png', alt: 'صورة', text: 'تعليق' });
  });

  it("gives every block dir=auto, whatever dir the page's markup declares around it", () => {
    const blocks = blocksOf('<p dir="rtl">English inside</p><div dir="rtl"><p>English</p></div><p dir="ltr">عربي</p>');
    expect(blocks.map((block) => block.dir)).toEqual(['auto', 'auto', 'auto']);
  });

  it('collapses whitespace as a browser shows it', () => {
    const blocks = blocksOf('<p>  كلمة \n\n   <b> أخرى </b>  نهاية  </p>');
    expect(blocks[0]!.text).toBe('كلمة أخرى نهاية');
    expect(blocks[0]!.marks).toEqual([{ type: 'strong', start: 5, end: 9 }]);
  });

  it('splits paragraphs at <br> and keeps tables as rows of text', () => {
    const blocks = blocksOf(
      '<p>سطر<br>سطر آخر</p><table><caption>جدول</caption><tr><th>أ</th><th>ب</th></tr><tr><td>1</td><td>2</td></tr></table>',
    );
    expect(blocks.map((block) => block.text)).toEqual(['سطر', 'سطر آخر', 'جدول', 'أ | ب', '1 | 2']);
  });

  it('resolves relative addresses against the page, not the app, and drops the rest', () => {
    const blocks = blocksOf(
      '<p><a href="/b">نسبي</a> <a href="javascript:alert(1)">سيء</a> <a href="#x">مرساة</a></p><img src="img/a.png" alt="a"><img src="data:image/svg+xml;base64,PHN2Zz4=" alt="svg"><img src="file:///etc/x.png">',
      'https://news.example/world/story.html',
    );
    expect(blocks[0]!.marks).toEqual([{ type: 'link', start: 0, end: 4, href: 'https://news.example/b' }]);
    expect(blocks.filter((block) => block.kind === 'image')).toEqual([
      { kind: 'image', src: 'https://news.example/world/img/a.png', alt: 'a', text: '', dir: 'rtl' },
    ]);
  });

  it('drops relative addresses when there is no page to resolve them against', () => {
    const blocks = blocksOf('<p><a href="/b">نسبي</a></p><img src="a.png"><p>نص</p>');
    expect(blocks).toEqual([
      { kind: 'paragraph', text: 'نسبي', dir: 'auto' },
      { kind: 'paragraph', text: 'نص', dir: 'auto' },
    ]);
  });

  it('honours an http(s) <base href> of a web page but never another scheme', () => {
    const page = 'https://news.example/a/b.html';
    expect(blocksOf('<base href="https://cdn.example/x/"><img src="i.png">', page)[0]).toMatchObject({
      src: 'https://cdn.example/x/i.png',
    });
    expect(blocksOf('<base href="javascript:alert(1)//"><img src="i.png">', page)[0]).toMatchObject({
      src: 'https://news.example/a/i.png',
    });
  });

  it('finds lazy-loaded and responsive images', () => {
    const page = 'https://news.example/';
    expect(
      blocksOf('<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="/real.jpg">', page)[0],
    ).toMatchObject({ src: 'https://news.example/real.jpg' });
    expect(
      blocksOf('<picture><source srcset="/s.webp 400w, /l.webp 1200w"><img alt="p"></picture>', page)[0],
    ).toMatchObject({ src: 'https://news.example/l.webp' });
    expect(pickFromSrcset('a.jpg 1x, b.jpg 2x, c.jpg 3x')).toBe('b.jpg');
    expect(pickFromSrcset('a.jpg 320w, b.jpg 1600w, c.jpg 3200w')).toBe('b.jpg');
  });

  it('keeps nothing executable: scripts, handlers, styles, SVG vanish with their content; MathML becomes text', () => {
    const result = convertHtml(
      '<p onclick="alert(1)">نص<script>alert(2)</script><style>p{}</style></p><svg><text>svg-text</text></svg><math><mi>m</mi><mtext><style>p{}</style>-text</mtext></math><iframe src="https://evil.example"></iframe><p>بعد</p>',
      { readability: false },
    );
    expect(result.ok && result.value.doc.blocks.map((block) => block.text)).toEqual(['نص', 'm-text', 'بعد']);
  });

  it('extracts an article with Readability and reads its metadata', () => {
    const paragraphs = Array.from({ length: 8 }, () => `<p>${LONG_AR}</p>`).join('');
    const html = `<!doctype html><html lang="ar" dir="rtl"><head>
      <title>عنوان المقال - جريدة المثال</title>
      <meta property="og:site_name" content="جريدة المثال">
      <meta name="author" content="كاتب المقال">
      <meta property="article:published_time" content="2026-01-15T08:30:00Z">
      </head><body>
      <nav><a href="/">الرئيسية</a> <a href="/news">أخبار</a></nav>
      <article><h1>عنوان المقال</h1>${paragraphs}</article>
      <footer>حقوق النشر محفوظة</footer></body></html>`;
    const result = convertHtml(html, { pageUrl: 'https://example.org/story' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toMatchObject({
      title: 'عنوان المقال',
      byline: 'كاتب المقال',
      siteName: 'جريدة المثال',
      publishedAt: '2026-01-15T08:30:00.000Z',
    });
    expect(result.value.doc).toMatchObject({ lang: 'ar', dir: 'rtl' });
    const texts = result.value.doc.blocks.map((block) => block.text);
    expect(texts).toHaveLength(8);
    expect(texts.join(' ')).not.toContain('حقوق النشر');
    expect(texts.join(' ')).not.toContain('الرئيسية');
  });

  it('takes the body when the page is not an article', () => {
    const result = convertHtml('<html><head><title>قائمة</title></head><body><p>سطر قصير</p></body></html>');
    expect(result.ok && result.value).toMatchObject({ title: 'قائمة', doc: { blocks: [{ text: 'سطر قصير' }] } });
  });

  it('reports a page with nothing readable', () => {
    expect(convertHtml('<html><body><script>x()</script><div>   </div></body></html>')).toMatchObject({
      ok: false,
      error: 'nothing-readable',
    });
    expect(convertHtml('<html><body><img src="javascript:alert(1)"></body></html>')).toMatchObject({
      ok: false,
      error: 'nothing-readable',
    });
  });

  it('survives deep nesting', () => {
    const depth = 1500;
    const html = `${'<div>'.repeat(depth)}<p>عميق</p>${'</div>'.repeat(depth)}`;
    const result = convertHtml(html, { readability: false });
    expect(result.ok && result.value.doc.blocks.map((block) => block.text)).toEqual(['عميق']);
  });
});

describe('convertMarkdown', () => {
  it('takes the first-level heading as title and converts the rest', () => {
    const result = convertMarkdown(
      '# العنوان\n\nفقرة *مائلة* و**غامقة**.\n\n## قسم\n\n- أ\n- ب\n\n> اقتباس\n\n```\ncode\n```',
    );
    expect(result.ok && result.value.title).toBe('العنوان');
    expect(result.ok && result.value.doc.blocks.map((block) => block.kind)).toEqual([
      'paragraph',
      'heading',
      'listItem',
      'listItem',
      'quote',
      'preformatted',
    ]);
  });

  it('sanitizes raw HTML in Markdown', () => {
    const result = convertMarkdown(
      'نص <img src=x onerror=alert(1)> <script>alert(1)</script> [رابط](javascript:alert(1))',
    );
    expect(result.ok && result.value.doc.blocks).toEqual([{ kind: 'paragraph', text: 'نص رابط', dir: 'auto' }]);
  });
});

describe('formats and addresses', () => {
  it('knows formats by file name and content type', () => {
    expect(['a.txt', 'b.MD', 'c.markdown', 'd.html', 'e.HTM', 'f.pdf'].map(formatOfFileName)).toEqual([
      'text',
      'markdown',
      'markdown',
      'html',
      'html',
      null,
    ]);
    expect(formatOfContentType('text/plain', '<p>')).toBe('text');
    expect(formatOfContentType('', '<!doctype html>')).toBe('html');
  });

  it('normalizes a typed web address and refuses other schemes', () => {
    expect(normalizeWebAddress('example.org/story')).toEqual({ ok: true, value: 'https://example.org/story' });
    expect(normalizeWebAddress('http://127.0.0.1:8080/a')).toEqual({ ok: true, value: 'http://127.0.0.1:8080/a' });
    expect(normalizeWebAddress('localhost:3000/x')).toEqual({ ok: true, value: 'https://localhost:3000/x' });
    for (const bad of ['file:///etc/passwd', 'javascript:alert(1)', 'data:text/html,hi', 'ftp://example.org/']) {
      expect(normalizeWebAddress(bad)).toMatchObject({ ok: false, error: 'bad-scheme' });
    }
    expect(normalizeWebAddress('not an address')).toMatchObject({ ok: false, error: 'bad-url' });
  });
});
