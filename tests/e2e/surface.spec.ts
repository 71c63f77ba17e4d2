// The text surface (renderer/document): one offset map and one painter for everything drawn on
// an article. A search hit is mapped through the reader's own map, so decoration inside a block
// (anything marked data-not-content) cannot shift it, and it is painted with the priorities of
// the shared registry (document/paintLayers.ts), above the user's colours and find's matches'
// neighbours alike.

import { canonicalText } from '../../renderer/article/canonicalText';
import { PAINT_LAYERS } from '../../renderer/document/paintLayers';
import { expect, test } from './fixtures';
import { docOf, seedArticles } from './support/seedArticles';

const HIT = 'بيروت';
const doc = docOf([
  { kind: 'heading', level: 1, text: 'تقرير' },
  { kind: 'paragraph', text: 'قال المتحدث إن التقرير نُشر هذا الأسبوع في بيروت بعد تأخير.' },
]);
const hitStart = canonicalText(doc).indexOf(HIT);

test('a search hit in a block holding a data-not-content element is painted exactly over the hit, with the shared priorities', async ({
  app,
  page,
}) => {
  await app.open('?lang=en');
  await app.article.waitFor();
  const [id] = await seedArticles(page, [{ title: 'تقرير', doc }]);
  await app.read(id!);
  await app.block(1).waitFor();

  // A label in the block, as decoration would add one: its text is not the article's.
  await page.evaluate(() => {
    const label = document.createElement('span');
    label.setAttribute('data-not-content', '');
    label.textContent = '§2 ';
    document.querySelector('.article-body [data-block="1"]')!.prepend(label);
  });
  // Open the same article at the hit, as a search result does.
  await page.evaluate(
    ({ id, start, end }) => {
      window.location.hash = `#/read/${encodeURIComponent(id)}?at=${start}-${end}`;
    },
    { id: id!, start: hitStart, end: hitStart + HIT.length },
  );

  const painted = () =>
    page.evaluate(() => {
      const highlight = CSS.highlights.get('hamish-search-hit');
      return highlight === undefined
        ? null
        : { texts: [...highlight].map((range) => (range as Range).toString()), priority: highlight.priority };
    });
  await expect.poll(painted).toEqual({ texts: [HIT], priority: PAINT_LAYERS.searchHit.priority });
  // The label is still there, and the article's text unchanged around it.
  await expect(app.block(1)).toContainText('§2 قال المتحدث');
  // The hit is above the user's colours and below find's current match: one registry decides.
  expect(PAINT_LAYERS.searchHit.priority).toBeGreaterThan(PAINT_LAYERS.purple.priority);
  expect(PAINT_LAYERS.searchHit.priority).toBeGreaterThan(PAINT_LAYERS.selected.priority);
  expect(PAINT_LAYERS.searchHit.priority).toBeLessThan(PAINT_LAYERS.findCurrent.priority);
});
