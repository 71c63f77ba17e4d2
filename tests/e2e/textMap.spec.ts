// The text map (renderer/reader/textMap.ts) against the DOM the real reader rendered: every
// canonical offset maps to the DOM text it names and back, gaps between blocks resolve by
// bias, element boundary points and caret hits map to offsets, and text marked as not content
// never shifts an offset.

import type { Page } from '@playwright/test';
import { canonicalText } from '../../renderer/article/canonicalText';
import type { ArticleDoc, InlineMark } from '../../renderer/article/types';
import type * as TextMapModule from '../../renderer/document/textMap';
import type { TextMap } from '../../renderer/document/textMap';
import type { HamishApp } from './models/HamishApp';
import { expect, test } from './fixtures';
import { docOf, seedArticles } from './support/seedArticles';
import { serveSourceModules, SOURCE_PREFIX } from './support/sourceModules';

const MARKED = 'نص فيه تأكيد مائل وخط عريض متداخل و code ورابط إلى Reuters هنا.';

function mark(word: string, type: InlineMark['type'], extend = 0): InlineMark {
  const start = MARKED.indexOf(word);
  return {
    type,
    start,
    end: start + word.length + extend,
    ...(type === 'link' ? { href: 'https://example.org/' } : {}),
  };
}

const doc: ArticleDoc = docOf([
  { kind: 'heading', level: 1, text: 'عنوان أول' },
  // Overlapping and nested marks cut the text into many nodes.
  {
    kind: 'paragraph',
    text: MARKED,
    marks: [mark('تأكيد', 'em', 5), mark('مائل وخط', 'strong', 5), mark('code', 'code'), mark('ورابط', 'link', 11)],
  },
  { kind: 'paragraph', text: '' },
  { kind: 'listItem', ordered: false, depth: 0, text: 'بند' },
  { kind: 'listItem', ordered: false, depth: 1, text: 'Nested item' },
  { kind: 'rule', text: '' },
  { kind: 'image', text: 'تعليق على الصورة', src: 'data:image/gif;base64,R0lGODlhAQABAAAAACw=', alt: 'صورة' },
  { kind: 'image', text: '', src: 'https://example.com/remote.png', alt: '' },
  { kind: 'preformatted', text: 'line one\nline two' },
  { kind: 'quote', text: 'Quoted 😀 text with an emoji.' },
]);
const canonical = canonicalText(doc);

async function openWithTextMap(app: HamishApp, page: Page): Promise<void> {
  await serveSourceModules(page, app.baseUrl);
  await app.open('?lang=en');
  await app.article.waitFor();
  const [id] = await seedArticles(page, [{ title: 'خريطة النص', doc }]);
  await app.read(id!);
  await page.evaluate(
    async ({ url, doc }) => {
      const { buildTextMap } = (await import(url)) as typeof TextMapModule;
      const body = document.querySelector('.article-body')!;
      (window as unknown as Record<string, unknown>)['__map'] = buildTextMap(body, doc);
    },
    { url: `${SOURCE_PREFIX}renderer/document/textMap.ts`, doc },
  );
}

test('every offset maps to the DOM text it names, and back', async ({ app, page }) => {
  await openWithTextMap(app, page);
  const result = await page.evaluate(
    ({ canonical, blocks }) => {
      const map = (window as unknown as { __map: TextMap }).__map;
      const problems: string[] = [];
      if (map.length !== canonical.length) problems.push(`length ${map.length} != ${canonical.length}`);
      // Whole blocks.
      blocks.forEach((text, index) => {
        const range = map.rangeFor(map.blockStart(index), map.blockEnd(index));
        const got = range === null ? '' : range.toString();
        if (got !== text) problems.push(`block ${index}: ${JSON.stringify(got)} != ${JSON.stringify(text)}`);
      });
      // Every span inside a block, and every point there and back.
      blocks.forEach((text, index) => {
        const start = map.blockStart(index);
        for (let s = 0; s <= text.length; s += 1) {
          for (let e = s + 1; e <= text.length; e += 3) {
            const got = map.rangeFor(start + s, start + e)?.toString();
            if (got !== text.slice(s, e)) problems.push(`span ${start + s}-${start + e}: ${JSON.stringify(got)}`);
          }
          // At a block's edges the bias may step over the gap; inside, both come back.
          const biases = [...(s < text.length ? ['forward' as const] : []), ...(s > 0 ? ['backward' as const] : [])];
          for (const bias of biases) {
            const point = map.pointAt(start + s, bias)!;
            const back = map.offsetAt(point.node, point.offset);
            if (back !== start + s) problems.push(`point ${start + s} ${bias} came back as ${back}`);
          }
        }
      });
      // Spans across blocks read the blocks' texts, without the separators.
      const textIn = (s: number, e: number) =>
        blocks
          .map((text, index) =>
            text.slice(Math.max(0, s - map.blockStart(index)), Math.max(0, e - map.blockStart(index))),
          )
          .join('');
      for (let s = 0; s < canonical.length; s += 7) {
        for (let e = s + 1; e <= canonical.length; e += 13) {
          const got = map.rangeFor(s, e)?.toString() ?? '';
          const expected = textIn(s, e);
          if (got !== expected) problems.push(`cross ${s}-${e}: ${JSON.stringify(got)} != ${JSON.stringify(expected)}`);
        }
      }
      return problems.slice(0, 40);
    },
    { canonical, blocks: doc.blocks.map((block) => block.text) },
  );
  expect(result).toEqual([]);
});

test('gaps, element points, caret hits and non-content text', async ({ app, page }) => {
  await openWithTextMap(app, page);
  const paragraphEnd = doc.blocks[0]!.text.length + 2 + MARKED.length;
  const result = await page.evaluate(
    ({ paragraphEnd }) => {
      const map = (window as unknown as { __map: TextMap }).__map;
      const body = document.querySelector('.article-body')!;
      const block = (index: number) => map.blockElement(index)!;
      const nodeText = (point: { node: Text; offset: number } | null) =>
        point === null ? null : point.node.data.slice(point.offset, point.offset + 4);
      const caret = (() => {
        const rect = block(1).querySelector('code')!.getBoundingClientRect();
        const hit = document.caretPositionFromPoint(rect.left + rect.width * 0.4, rect.top + rect.height / 2)!;
        return map.offsetAt(hit.offsetNode, hit.offset);
      })();
      return {
        // In the separator after the marked paragraph (and the empty one after it).
        forwardFromGap: nodeText(map.pointAt(paragraphEnd + 1, 'forward')),
        backwardFromGap: (() => {
          const point = map.pointAt(paragraphEnd + 1, 'backward')!;
          return { atNodeEnd: point.offset === point.node.length, text: point.node.data };
        })(),
        onlyGap: map.rangeFor(paragraphEnd, paragraphEnd + 2),
        collapsed: map.rangeFor(paragraphEnd + 1, paragraphEnd + 1)?.collapsed,
        blockAtGap: map.blockAt(paragraphEnd + 1),
        blockElementStart: map.offsetAt(block(1), 0),
        blockElementEnd: map.offsetAt(block(1), block(1).childNodes.length),
        emptyBlock: map.offsetAt(block(2), 0),
        ruleBlock: map.offsetAt(block(5), 0),
        bodyStart: map.offsetAt(body, 0),
        bodyEnd: map.offsetAt(body, body.childNodes.length),
        title: map.offsetAt(document.querySelector('.article h1')!.firstChild!, 1),
        clampedLow: nodeText(map.pointAt(-5)),
        clampedHigh: map.pointAt(1e9, 'backward')!.offset,
        caret,
        codeStart: map.blockStart(1) + block(1).textContent!.indexOf('code'),
      };
    },
    { paragraphEnd },
  );
  expect(result).toMatchObject({
    forwardFromGap: 'بند',
    onlyGap: null,
    collapsed: true,
    blockAtGap: 1,
    blockElementStart: canonical.indexOf(MARKED),
    blockElementEnd: canonical.indexOf(MARKED) + MARKED.length,
    emptyBlock: canonical.indexOf(MARKED) + MARKED.length + 2,
    bodyStart: 0,
    bodyEnd: canonical.length,
    title: null,
    clampedLow: 'عنوا',
    clampedHigh: 'Quoted 😀 text with an emoji.'.length,
  });
  expect(result.backwardFromGap.atNodeEnd).toBe(true);
  expect(MARKED.endsWith(result.backwardFromGap.text)).toBe(true);
  expect(result.caret).toBeGreaterThan(result.codeStart);
  expect(result.caret).toBeLessThan(result.codeStart + 'code'.length);
});

test('text marked as not content is skipped and shifts no offset', async ({ app, page }) => {
  await openWithTextMap(app, page);
  const result = await page.evaluate(
    async ({ url, doc }) => {
      const { buildTextMap } = (await import(url)) as typeof TextMapModule;
      const body = document.querySelector('.article-body')!;
      const paragraph = body.querySelector('[data-block="1"]')!;
      const label = document.createElement('span');
      label.setAttribute('data-not-content', '');
      label.textContent = '§1 ';
      paragraph.prepend(label);
      const map = buildTextMap(body, doc);
      return {
        text: map.rangeFor(map.blockStart(1), map.blockEnd(1))!.toString(),
        inLabel: map.offsetAt(label.firstChild!, 2),
        start: map.blockStart(1),
      };
    },
    { url: `${SOURCE_PREFIX}renderer/document/textMap.ts`, doc },
  );
  expect(result.text).toBe(MARKED);
  // A point inside the label resolves to the first content after it.
  expect(result.inLabel).toBe(result.start);
});
