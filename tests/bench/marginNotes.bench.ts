// The room beside the article, on the 1 MB article at 1280×800 (margin notes on):
// - reader.open_1mb_200notes_ratio: opening it carrying 200 highlights with notes (a few on the
//   first screen, the rest spread through the article) until the margin notes on screen are
//   drawn and the next frame is out, against the same article with none, opened the same way
//   until its (absent) highlights are painted and the next frame is out. Both wait for the
//   highlights-painted mark, which is made only once the article's stored highlights have been
//   read (useHighlightPainting.ts): before, it was also made when the layer mounted with nothing
//   read yet, and the baseline ended there, at a point that moved with the machine's load. After
//   an untimed open of each, 15 pairs at least (alternating which opens first); the value is the
//   median of the pairs' ratios, each taken under one load of the machine, with both medians and
//   their ratio beside it.
// - reader.panel_toggle_ms: from pressing Shift+H (as a physical key) on the article carrying
//   2,000 highlights to the end of the next frame drawn with the highlights panel in it, beside
//   the article. Baseline, same page: a key the app ignores, to the end of the next frame. The
//   panel draws its first screenful of items in that frame and the rest in idle slices after
//   (HighlightsSidebar.tsx): `whole_ms` is the time until all 2,000 are in the page and the
//   next frame is out, reported beside it.

import type { Page } from '@playwright/test';
import { createHash, randomUUID } from 'node:crypto';
import { canonicalText } from '../../renderer/article/canonicalText';
import type { ArticleDoc } from '../../renderer/article/types';
import type { HighlightRow, NoteRow } from '../../renderer/db/types';
import { describeRange } from '../../renderer/highlights/quoteSelector';
import { HIGHLIGHT_COLORS } from '../../renderer/shared/highlightColors';
import { writeHighlights, writeNotes } from '../e2e/support/highlightRows';
import { largeDoc, seedArticles } from '../e2e/support/seedArticles';
import { seededRandom } from './generate';
import { median, round, type Benchmark } from './harness';
import { keepTodaysBackup, timePairedOpens } from './pairedOpens';

const PAINTED = 'hamish:highlights-painted';
/** Highlights on the article the panel opens on. */
const PANEL_HIGHLIGHTS = 2000;

/** `count` highlights over `doc`, the first `onFirstScreen` in its opening paragraphs. */
function highlightsOver(doc: ArticleDoc, articleId: string, count: number, onFirstScreen: number): HighlightRow[] {
  const text = canonicalText(doc);
  const hash = createHash('sha256').update(text).digest('hex');
  const random = seededRandom(14);
  return Array.from({ length: count }, (_, i) => {
    const start = i < onFirstScreen ? 40 + i * 120 : Math.floor(random() * (text.length - 200));
    return {
      id: randomUUID(),
      articleId,
      ...describeRange(text, start, start + 15 + Math.floor(random() * 40)),
      color: HIGHLIGHT_COLORS[i % HIGHLIGHT_COLORS.length]!,
      contentHash: hash,
      extractionVersion: doc.extractionVersion,
      createdAt: i,
      updatedAt: i,
      deletedAt: null,
    };
  });
}

function notesOn(highlights: readonly HighlightRow[]): NoteRow[] {
  return highlights.map((row, i) => ({
    id: randomUUID(),
    articleId: row.articleId,
    highlightId: row.id,
    text: i % 7 === 0 ? `ملاحظة طويلة رقم ${i}\nبسطر ثان وثالث\nحتى تطوى` : `ملاحظة رقم ${i} على هذا المقطع`,
    createdAt: i,
    updatedAt: i,
    deletedAt: null,
  }));
}

/**
 * Goes to the library, opens the article, and returns the time from setting the hash to the end
 * of the first frame drawn after its highlights were painted and, when `marginNotes`, after the
 * margin notes on the first screen are in the page.
 */
async function timeOpen(page: Page, articleId: string, marginNotes: boolean): Promise<number> {
  await page.evaluate(() => {
    window.location.hash = '#/';
  });
  await page.locator('.library-list').waitFor();
  return page.evaluate(
    async ({ articleId, mark, marginNotes }) => {
      const start = performance.now();
      window.location.hash = `#/read/${encodeURIComponent(articleId)}`;
      const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      for (;;) {
        const painted = performance.getEntriesByName(mark).some((entry) => entry.startTime > start);
        const notesIn = !marginNotes || document.querySelector('.margin-notes .margin-note') !== null;
        if (painted && notesIn) {
          await frame();
          return performance.now() - start;
        }
        await new Promise((resolve) => setTimeout(resolve, 1));
      }
    },
    { articleId, mark: PAINTED, marginNotes },
  );
}

/**
 * Shift+H, as timeKey, and also the time until `items` items are in the panel and the next frame
 * is out (NaN if they are not there within 20 s).
 */
function timePanelOpen(page: Page, items: number): Promise<{ frame: number; whole: number }> {
  return page.evaluate(async (items) => {
    const start = performance.now();
    document.body.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'h', code: 'KeyH', shiftKey: true, bubbles: true }),
    );
    const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    await nextFrame();
    const frame = performance.now() - start;
    while (document.querySelectorAll('.highlights-sidebar .highlights-item').length < items) {
      if (performance.now() - start > 20_000) return { frame, whole: Number.NaN };
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
    await nextFrame();
    return { frame, whole: performance.now() - start };
  }, items);
}

/** From a key press (dispatched as the physical key) to the end of the next frame. */
function timeKey(page: Page, code: string, shift: boolean): Promise<number> {
  return page.evaluate(
    async ({ code, shift }) => {
      const start = performance.now();
      document.body.dispatchEvent(
        new KeyboardEvent('keydown', { key: code.slice(3).toLowerCase(), code, shiftKey: shift, bubbles: true }),
      );
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      return performance.now() - start;
    },
    { code, shift },
  );
}

export const marginNotesBench: Benchmark = {
  name: 'reader.margin',
  async run({ browser, baseUrl, runs }, report) {
    const doc = largeDoc();
    const context = await browser.newContext({ locale: 'ar-EG', viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    // tsx names inner functions with a __name helper, which the evaluated functions carry along.
    await page.addInitScript('globalThis.__name = (fn) => fn;');
    page.on('crash', () => process.stderr.write('bench: the page crashed\n'));
    try {
      await page.goto(`${baseUrl}/index.html`);
      await page.locator('article [data-block]').first().waitFor();
      await keepTodaysBackup(page);
      const [plain, noted, marked] = await seedArticles(page, [
        { title: 'بلا ملاحظات', doc },
        { title: 'مئتا ملاحظة', doc },
        { title: 'ألفا تظليل', doc },
      ]);
      const notedHighlights = highlightsOver(doc, noted!, 200, 5);
      await writeHighlights(page, [...notedHighlights, ...highlightsOver(doc, marked!, PANEL_HIGHLIGHTS, 0)]);
      await writeNotes(page, notesOn(notedHighlights));

      const paired = await timePairedOpens(
        runs,
        () => timeOpen(page, noted!, true),
        () => timeOpen(page, plain!, false),
      );
      const shown = await page.locator('.margin-notes .margin-note').count();
      report({
        bench: 'reader.open_1mb_200notes_ratio',
        value: paired.value,
        unit: 'ratio',
        runs: paired.runs,
        with_ms: paired.with_ms,
        margin_notes_in_page: shown,
        baseline: 'the same 1 MB article with no highlights or notes',
        baseline_ms: paired.baseline_ms,
        ratio_of_medians: paired.ratio_of_medians,
        target: 1.3,
      });

      await timeOpen(page, marked!, false);
      const panel = page.locator('.highlights-sidebar');
      const open: number[] = [];
      const whole: number[] = [];
      const ignored: number[] = [];
      for (let i = 0; i < runs; i += 1) {
        ignored.push(await timeKey(page, 'KeyQ', false));
        const opened = await timePanelOpen(page, PANEL_HIGHLIGHTS);
        open.push(opened.frame);
        whole.push(opened.whole);
        await panel.waitFor();
        if ((await panel.getAttribute('data-mode')) !== 'beside')
          throw new Error('the panel is not beside the article');
        await timeKey(page, 'KeyH', true);
        await panel.waitFor({ state: 'detached' });
      }
      // What the panel holds in the frame measured (its first screenful; all, before it was drawn in slices).
      const items = await page.evaluate(async () => {
        document.body.dispatchEvent(
          new KeyboardEvent('keydown', { key: 'h', code: 'KeyH', shiftKey: true, bubbles: true }),
        );
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
        return document.querySelectorAll('.highlights-sidebar .highlights-item').length;
      });
      report({
        bench: 'reader.panel_toggle_ms',
        value: round(median(open)),
        unit: 'ms',
        runs,
        panel_items: items,
        first_ms: round(open[0]!),
        whole_ms: round(median(whole)),
        whole_items: PANEL_HIGHLIGHTS,
        baseline: 'a key the app ignores, to the end of the next frame',
        baseline_ms: round(median(ignored)),
        ratio: round(median(open) / median(ignored)),
        target_ms: 100,
      });
    } finally {
      await context.close();
    }
  },
};
