// The highlight painter (renderer/highlights/highlightPainter.ts) on the real reader page:
// highlights are painted as CSS Custom Highlights over exactly their text, overlaps and notes
// included, without changing the article's DOM; later changes touch only what changed.

import type * as PainterModule from '../../renderer/highlights/highlightPainter';
import type * as SurfacePainterModule from '../../renderer/document/painter';
import type * as TextMapModule from '../../renderer/document/textMap';
import { expect, test } from './fixtures';
import { docOf, seedArticles } from './support/seedArticles';
import { serveSourceModules, SOURCE_PREFIX } from './support/sourceModules';

const doc = docOf([
  { kind: 'paragraph', text: 'قال المتحدث إن Reuters نشرت 3 تقارير عن المخابرات.' },
  { kind: 'rule', text: '' },
  { kind: 'paragraph', text: 'الفقرة الثانية مع كلمة Electron في وسطها.' },
]);

test('paints each colour and the note mark over exactly the highlighted text, leaving the DOM alone', async ({
  app,
  page,
}) => {
  await serveSourceModules(page, app.baseUrl);
  await app.open('?lang=en');
  await app.article.waitFor();
  const [id] = await seedArticles(page, [{ title: 'تظليل', doc }]);
  await app.read(id!);
  await app.article.getByText('Reuters').first().waitFor();

  const result = await page.evaluate(
    async ({ painterUrl, surfaceUrl, mapUrl, doc }) => {
      const { buildTextMap } = (await import(mapUrl)) as typeof TextMapModule;
      const { createSurfacePainter } = (await import(surfaceUrl)) as typeof SurfacePainterModule;
      const painter = (await import(painterUrl)) as typeof PainterModule;
      const body = document.querySelector('.article-body')!;
      const before = body.innerHTML;
      const map = buildTextMap(body, doc);
      const first = doc.blocks[0]!.text;
      const reuters = first.indexOf('Reuters');
      const second = map.blockStart(2);
      const painting = painter.createHighlightPainter(createSurfacePainter(), (start, end) =>
        map.staticRangeFor(start, end),
      );
      const painted = painting.sync(
        [
          { id: 'a', start: 0, end: 11, color: 'yellow', hasNote: true },
          // Overlaps the next one, across a Latin word inside Arabic text.
          { id: 'b', start: reuters - 3, end: reuters + 7, color: 'green', hasNote: false },
          { id: 'c', start: reuters, end: reuters + 'Reuters نشرت 3'.length, color: 'pink', hasNote: false },
          { id: 'd', start: second, end: second + 'الفقرة'.length, color: 'yellow', hasNote: false },
          // Only the separator and the rule: nothing to paint.
          { id: 'gap', start: first.length, end: first.length + 2, color: 'blue', hasNote: false },
        ],
        'c',
      );
      const text = (name: string) =>
        [...(CSS.highlights.get(name) ?? [])].map((range) => {
          const live = document.createRange();
          live.setStart(range.startContainer, range.startOffset);
          live.setEnd(range.endContainer, range.endOffset);
          return live.toString();
        });
      const snapshot = {
        painted,
        yellow: text('hamish-yellow'),
        green: text('hamish-green'),
        pink: text('hamish-pink'),
        blue: CSS.highlights.has('hamish-blue'),
        note: text('hamish-note'),
        selected: text('hamish-selected'),
        priorities: ['hamish-yellow', 'hamish-pink', 'hamish-note'].map((name) => CSS.highlights.get(name)!.priority),
        domUnchanged: body.innerHTML === before,
      };
      const pinkRange = [...CSS.highlights.get('hamish-pink')!][0]!;
      const owner = painting.highlightOf(pinkRange)?.id;

      // A second sync: 'a' recoloured and without its note, 'd' gone, 'c' no longer selected,
      // one added. The yellow layer is the same object, changed in place.
      const yellowLayer = CSS.highlights.get('hamish-yellow');
      const added = painting.add({
        id: 'e',
        start: second + 'الفقرة '.length,
        end: second + 'الفقرة الثانية'.length,
        color: 'yellow',
        hasNote: false,
      });
      painting.sync(
        [
          { id: 'a', start: 0, end: 11, color: 'blue', hasNote: false },
          { id: 'b', start: reuters - 3, end: reuters + 7, color: 'green', hasNote: false },
          { id: 'c', start: reuters, end: reuters + 'Reuters نشرت 3'.length, color: 'pink', hasNote: false },
          {
            id: 'e',
            start: second + 'الفقرة '.length,
            end: second + 'الفقرة الثانية'.length,
            color: 'yellow',
            hasNote: false,
          },
        ],
        null,
      );
      const changed = {
        added,
        sameYellowLayer: CSS.highlights.get('hamish-yellow') === yellowLayer,
        yellow: text('hamish-yellow'),
        blue: text('hamish-blue'),
        note: CSS.highlights.has('hamish-note'),
        selected: CSS.highlights.has('hamish-selected'),
        oldPinkOwner: painting.highlightOf(pinkRange)?.id,
      };
      painting.clear();
      return {
        ...snapshot,
        owner,
        changed,
        afterClear: [...CSS.highlights.keys()].filter(
          (name) => name !== 'hamish-find' && name !== 'hamish-find-current',
        ),
      };
    },
    {
      painterUrl: `${SOURCE_PREFIX}renderer/highlights/highlightPainter.ts`,
      surfaceUrl: `${SOURCE_PREFIX}renderer/document/painter.ts`,
      mapUrl: `${SOURCE_PREFIX}renderer/document/textMap.ts`,
      doc,
    },
  );

  expect(result.painted).toEqual({ painted: 4, unpainted: ['gap'] });
  expect(result.yellow).toEqual(['قال المتحدث', 'الفقرة']);
  expect(result.green).toEqual(['إن Reuters']);
  expect(result.pink).toEqual(['Reuters نشرت 3']);
  expect(result.blue).toBe(false);
  expect(result.note).toEqual(['قال المتحدث']);
  expect(result.selected).toEqual(['Reuters نشرت 3']);
  expect(result.priorities[0]).toBeLessThan(result.priorities[1]!);
  expect(result.priorities[1]).toBeLessThan(result.priorities[2]!);
  expect(result.domUnchanged).toBe(true);
  expect(result.owner).toBe('c');
  expect(result.changed).toEqual({
    added: true,
    sameYellowLayer: true,
    yellow: ['الثانية'],
    blue: ['قال المتحدث'],
    note: false,
    selected: false,
    oldPinkOwner: 'c',
  });
  expect(result.afterClear).toEqual([]);
});
