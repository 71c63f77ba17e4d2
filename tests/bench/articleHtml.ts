// A generated Arabic news article as HTML, of a requested size in bytes: a page with a head,
// navigation and footer around an <article> of headed sections, paragraphs with emphasis and
// links, quotes and lists — the shape Readability and the converter see on real sites.

import { createTextGenerator } from './generate';

export function arabicArticleHtml(bytes: number, seed = 1, title = 'مقالة تجريبية طويلة عن المدينة'): string {
  const text = createTextGenerator(seed);
  const head = `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>${title} - جريدة الاختبار</title>
<meta property="og:site_name" content="جريدة الاختبار"><meta name="author" content="كاتب الاختبار"></head><body>
<nav><a href="/">الرئيسية</a> <a href="/news">أخبار</a> <a href="/culture">ثقافة</a></nav><article><h1>${title}</h1>`;
  const tail = '</article><footer>جميع الحقوق محفوظة</footer></body></html>';
  const parts: string[] = [head];
  let size = new TextEncoder().encode(head + tail).length;
  for (let i = 0; size < bytes; i += 1) {
    let part: string;
    if (i % 12 === 11) part = `<h2>${text.sentence().replace(/[.،؟!]$/, '')}</h2>`;
    else if (i % 17 === 16) part = `<blockquote><p>${text.sentence()}</p></blockquote>`;
    else if (i % 23 === 22)
      part = `<ul><li>${text.sentence()}</li><li>${text.sentence()}</li><li>${text.sentence()}</li></ul>`;
    else {
      const words = text.paragraph().split(' ');
      if (words.length > 8) {
        words[3] = `<strong>${words[3]}</strong>`;
        words[7] = `<a href="https://example.org/${i}">${words[7]}</a>`;
      }
      part = `<p>${words.join(' ')}</p>`;
    }
    parts.push(part, '\n');
    size += new TextEncoder().encode(part).length + 1;
  }
  parts.push(tail);
  return parts.join('');
}
