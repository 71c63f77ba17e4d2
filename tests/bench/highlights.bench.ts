// Highlight benchmarks in the reader, on a 1 MB article:
// - highlights.open_1mb_2000_ratio: opening it carrying 2,000 highlights vs the same article
//   with none, each until its highlights are painted (the mark is made once the stored
//   highlights are read, useHighlightPainting.ts) and the next frame is drawn. Timed in pairs
//   as reader.open_1mb_200notes_ratio is (pairedOpens.ts): the value is the median of the
//   pairs' ratios, with both medians and their ratio beside it.
// - highlights.create_ms: from pressing H on a selection to the end of the first frame drawn
//   with it painted; baseline, same page: a key the app ignores, to the end of the next frame
//   (what any key costs). A
//   user's key lands anywhere between two frames, so each run presses at another point of the
//   frame interval (spread evenly over the runs), the same for both keys. The worst case, a key
//   pressed just after a frame, waits a whole interval (16.7 ms at 60 Hz) whatever the app
//   does; it is reported beside the median as `frame_aligned_ms` and its baseline.
// - highlights.persist_ms: from pressing H to the highlight committed in IndexedDB; baseline:
//   a raw IndexedDB put of one row of the same shape in the same page.

import type { Page } from '@playwright/test';
import { createHash, randomUUID } from 'node:crypto';
import { canonicalText } from '../../renderer/article/canonicalText';
import type { HighlightRow } from '../../renderer/db/types';
import { HIGHLIGHT_COLORS } from '../../renderer/shared/highlightColors';
import { describeRange } from '../../renderer/highlights/quoteSelector';
import { writeHighlights } from '../e2e/support/highlightRows';
import { largeDoc, seedArticles } from '../e2e/support/seedArticles';
import { seededRandom } from './generate';
import { median, round, type Benchmark } from './harness';
import { timeOpenToMark } from './openArticle';
import { keepTodaysBackup, timePairedOpens } from './pairedOpens';

const PAINTED = 'hamish:highlights-painted';
const CREATE = 'hamish:highlight-create';
const PERSISTED = 'hamish:highlight-persisted';

/** From setting the hash to the first frame after the highlights were painted. */
function timeOpen(page: Page, articleId: string): Promise<number> {
  return timeOpenToMark(page, articleId, PAINTED, true);
}

export const highlightsOpenAndCreate: Benchmark = {
  name: 'highlights.open',
  async run({ browser, baseUrl, runs }, report) {
    const doc = largeDoc();
    const text = canonicalText(doc);
    const hash = createHash('sha256').update(text).digest('hex');
    const context = await browser.newContext({ locale: 'ar-EG', viewport: { width: 1100, height: 800 } });
    const page = await context.newPage();
    // tsx names inner functions with a __name helper, which the evaluated functions carry along.
    await page.addInitScript('globalThis.__name = (fn) => fn;');
    page.on('crash', () => process.stderr.write('bench: the page crashed\n'));
    try {
      await page.goto(`${baseUrl}/index.html`);
      await page.locator('article [data-block]').first().waitFor();
      await keepTodaysBackup(page);
      const [plain, marked] = await seedArticles(page, [
        { title: 'بلا تظليل', doc },
        { title: 'ألفا تظليل', doc },
      ]);
      const random = seededRandom(21);
      const rows: HighlightRow[] = Array.from({ length: 2000 }, (_, i) => {
        const start = Math.floor(random() * (text.length - 200));
        return {
          id: randomUUID(),
          articleId: marked!,
          ...describeRange(text, start, start + 15 + Math.floor(random() * 60)),
          color: HIGHLIGHT_COLORS[i % HIGHLIGHT_COLORS.length]!,
          contentHash: hash,
          extractionVersion: doc.extractionVersion,
          createdAt: i,
          updatedAt: i,
          deletedAt: null,
        };
      });
      await writeHighlights(page, rows);

      const paired = await timePairedOpens(
        runs,
        () => timeOpen(page, marked!),
        () => timeOpen(page, plain!),
      );
      report({
        bench: 'highlights.open_1mb_2000_ratio',
        value: paired.value,
        unit: 'ratio',
        runs: paired.runs,
        with_ms: paired.with_ms,
        baseline: 'the same 1 MB article with no highlights',
        baseline_ms: paired.baseline_ms,
        ratio_of_medians: paired.ratio_of_medians,
        target: 1.25,
      });

      // Create: select a phrase near the top of the plain article and press H.
      await timeOpen(page, plain!);
      const create: number[] = [];
      const persist: number[] = [];
      const frame: number[] = [];
      const alignedCreate: number[] = [];
      const alignedFrame: number[] = [];
      const rawPut: number[] = [];
      for (let i = 0; i < runs; i += 1) {
        // Where in the frame interval the keys are pressed this run, in ms after a frame.
        const phases = [((i + 0.5) * 16) / runs, 0];
        const timings = await page.evaluate(
          async ({ blocks, phases, marks }) => {
            const nextFrame = () =>
              new Promise<number>((resolve) =>
                requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0)),
              );
            const waitMark = async (name: string, after: number) => {
              while (performance.now() - after < 5000) {
                const entry = performance.getEntriesByName(name).find((candidate) => candidate.startTime >= after);
                if (entry !== undefined) return entry.startTime;
                await new Promise((resolve) => setTimeout(resolve, 0));
              }
              throw new Error(`no ${name} mark within 5 s`);
            };
            /** Waits for a frame, then until `phase` ms after it (busy, for sub-millisecond precision). */
            const atPhase = async (phase: number) => {
              const framed = await nextFrame();
              while (performance.now() - framed < phase);
            };
            const measured: { painted: number; persisted: number; baselineFrame: number }[] = [];
            for (const [n, phase] of phases.entries()) {
              // The block's text (a highlight's label for screen readers may come before it).
              const block = document.querySelector(`[data-block="${blocks[n]}"]`)!;
              const text = [...block.childNodes].find((node) => node.nodeType === Node.TEXT_NODE)!;
              const selection = window.getSelection()!;
              selection.setBaseAndExtent(text, 5, text, 25);
              // A key the app ignores: the cost of any key press to the next frame.
              await atPhase(phase);
              // The frame is asked for before the key, so its end is taken in the task right
              // after it is drawn, ahead of work the app itself defers until after that frame.
              let start = performance.now();
              let framed = nextFrame();
              document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'q', code: 'KeyQ', bubbles: true }));
              const baselineFrame = (await framed) - start;

              await atPhase(phase);
              start = performance.now();
              framed = nextFrame();
              document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'h', code: 'KeyH', bubbles: true }));
              // Painted in the key's handler, the highlight is in the frame asked for above;
              // painted later, it is in the first frame after its mark.
              const paintedInHandler = performance
                .getEntriesByName(marks.painted)
                .some((entry) => entry.startTime >= start);
              const painted =
                (paintedInHandler ? await framed : (await waitMark(marks.painted, start), await nextFrame())) - start;
              const persisted = (await waitMark(marks.persisted, start)) - start;
              measured.push({ painted, persisted, baselineFrame });
            }

            // A raw IndexedDB write of one highlight-sized row, the floor for persisting.
            const row = {
              id: `raw-${performance.now()}`,
              articleId: 'x',
              start: 1,
              end: 20,
              exact: 'x'.repeat(20),
              prefix: 'p'.repeat(32),
              suffix: 's'.repeat(32),
              color: 'yellow',
              contentHash: 'h'.repeat(64),
              extractionVersion: 1,
              createdAt: 1,
              updatedAt: 1,
              deletedAt: null,
            };
            const start = performance.now();
            await new Promise<void>((resolve, reject) => {
              const request = indexedDB.open('hamish');
              request.onsuccess = () => {
                const db = request.result;
                const tx = db.transaction('highlights', 'readwrite');
                tx.objectStore('highlights').put(row);
                tx.oncomplete = () => {
                  db.close();
                  resolve();
                };
                tx.onerror = () => reject(tx.error);
              };
            });
            const raw = performance.now() - start;
            return { spread: measured[0]!, aligned: measured[1]!, raw };
          },
          { blocks: [3 + i * 4, 5 + i * 4], phases, marks: { painted: PAINTED, persisted: PERSISTED, create: CREATE } },
        );
        create.push(timings.spread.painted);
        frame.push(timings.spread.baselineFrame);
        persist.push(timings.spread.persisted, timings.aligned.persisted);
        alignedCreate.push(timings.aligned.painted);
        alignedFrame.push(timings.aligned.baselineFrame);
        rawPut.push(timings.raw);
      }
      report({
        bench: 'highlights.create_ms',
        value: round(median(create)),
        unit: 'ms',
        runs,
        baseline: 'an ignored key press to the next frame, pressed at the same points of the frame',
        baseline_ms: round(median(frame)),
        ratio: round(median(create) / median(frame)),
        target_ms: 16,
        frame_aligned_ms: round(median(alignedCreate)),
        frame_aligned_baseline_ms: round(median(alignedFrame)),
      });
      report({
        bench: 'highlights.persist_ms',
        value: round(median(persist)),
        unit: 'ms',
        runs,
        baseline: 'a raw IndexedDB put of one row (opening included)',
        baseline_ms: round(median(rawPut)),
        ratio: round(median(persist) / median(rawPut)),
        target_ms: 50,
      });
    } finally {
      await context.close();
    }
  },
};
