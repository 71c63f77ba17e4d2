// highlights.paint_vs_markjs_ratio: paint the same 2,000 ranges of a 1 MB article open in the
// reader, (a) with our painter (text map + CSS Custom Highlights, DOM untouched) and (b) with
// the mark.js library wrapping each range in <mark> elements (a peer's approach), each timed
// to the next painted frame, in the same page. Reported as ours / mark.js.

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type * as PainterModule from '../../renderer/highlights/highlightPainter';
import type * as SurfacePainterModule from '../../renderer/document/painter';
import type * as TextMapModule from '../../renderer/document/textMap';
import { HIGHLIGHT_COLORS } from '../../renderer/shared/highlightColors';
import { largeDoc, seedArticles } from '../e2e/support/seedArticles';
import { serveSourceModules, SOURCE_PREFIX } from '../e2e/support/sourceModules';
import { median, round, type Benchmark } from './harness';

const MARK_JS = path.resolve(import.meta.dirname, '../../node_modules/mark.js/dist/mark.min.js');
const RANGES = 2_000;

interface Markable {
  markRanges(ranges: { start: number; length: number }[], options: { done: () => void }): void;
}

export const highlightsPaint: Benchmark = {
  name: 'highlights.paint',
  async run({ browser, baseUrl, runs }, report) {
    const doc = largeDoc();
    const context = await browser.newContext({ locale: 'ar-EG', viewport: { width: 1100, height: 800 } });
    const page = await context.newPage();
    const markJs = await readFile(MARK_JS, 'utf8');
    await page.route(`${baseUrl}/__vendor/mark.js`, (route) =>
      route.fulfill({ contentType: 'text/javascript', body: markJs }),
    );
    await serveSourceModules(page, baseUrl);
    // This file runs through tsx, whose esbuild names inner functions with a __name helper;
    // the evaluated function below carries those calls into the page.
    await page.addInitScript('globalThis.__name = (fn) => fn;');
    const ours: number[] = [];
    const theirs: number[] = [];
    try {
      await page.goto(`${baseUrl}/index.html`);
      await page.locator('article [data-block]').first().waitFor();
      const [id] = await seedArticles(page, [{ title: 'تظليل ألفي مقطع', doc }]);
      for (let run = 0; run < runs; run += 1) {
        await page.goto(`${baseUrl}/index.html#/read/${encodeURIComponent(id!)}`);
        await page.locator('.article-body [data-block]').first().waitFor();
        await page.addScriptTag({ url: `${baseUrl}/__vendor/mark.js` });
        const timings = await page.evaluate(
          async ({ doc, count, seed, colors, painterUrl, surfaceUrl, mapUrl }) => {
            const { buildTextMap } = (await import(mapUrl)) as typeof TextMapModule;
            const { createSurfacePainter } = (await import(surfaceUrl)) as typeof SurfacePainterModule;
            const { createHighlightPainter } = (await import(painterUrl)) as typeof PainterModule;
            const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
            // The same 2,000 ranges, inside blocks, in both coordinate systems: canonical offsets
            // (blocks joined by "\n\n") for ours, the body's textContent for mark.js.
            let state = seed >>> 0;
            const random = () => {
              state = (state + 0x6d2b79f5) >>> 0;
              let t = Math.imul(state ^ (state >>> 15), state | 1);
              t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
              return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
            };
            const canonicalStarts: number[] = [];
            const contentStarts: number[] = [];
            let canonical = 0;
            let content = 0;
            for (const block of doc.blocks) {
              canonicalStarts.push(canonical);
              contentStarts.push(content);
              canonical += block.text.length + 2;
              content += block.text.length;
            }
            const picks = Array.from({ length: count }, () => {
              const index = Math.floor(random() * doc.blocks.length);
              const length = doc.blocks[index]!.text.length;
              const start = Math.floor(random() * Math.max(1, length - 40));
              return { index, start, end: Math.min(length, start + 10 + Math.floor(random() * 30)) };
            });
            const body = document.querySelector('.article-body')!;

            let t0 = performance.now();
            const map = buildTextMap(body, doc);
            createHighlightPainter(createSurfacePainter(), (start, end) => map.staticRangeFor(start, end)).sync(
              picks.map((pick, i) => ({
                id: String(i),
                start: canonicalStarts[pick.index]! + pick.start,
                end: canonicalStarts[pick.index]! + pick.end,
                color: colors[i % colors.length]!,
                hasNote: i % 7 === 0,
              })),
              null,
            );
            await nextFrame();
            const ours = performance.now() - t0;

            const Mark = (window as unknown as { Mark: new (element: Element) => Markable }).Mark;
            t0 = performance.now();
            await new Promise<void>((resolve) =>
              new Mark(body).markRanges(
                picks.map((pick) => ({
                  start: contentStarts[pick.index]! + pick.start,
                  length: pick.end - pick.start,
                })),
                { done: resolve },
              ),
            );
            await nextFrame();
            const theirs = performance.now() - t0;
            return { ours, theirs, marks: body.querySelectorAll('mark').length };
          },
          {
            doc,
            count: RANGES,
            seed: 11,
            colors: HIGHLIGHT_COLORS,
            painterUrl: `${SOURCE_PREFIX}renderer/highlights/highlightPainter.ts`,
            surfaceUrl: `${SOURCE_PREFIX}renderer/document/painter.ts`,
            mapUrl: `${SOURCE_PREFIX}renderer/document/textMap.ts`,
          },
        );
        if (timings.marks < RANGES * 0.9) throw new Error(`mark.js marked only ${timings.marks} ranges`);
        ours.push(timings.ours);
        theirs.push(timings.theirs);
      }
    } finally {
      await context.close();
    }
    const oursMs = median(ours);
    const theirsMs = median(theirs);
    report({
      bench: 'highlights.paint_vs_markjs_ratio',
      value: round(oursMs / theirsMs, 3),
      unit: 'ratio',
      runs,
      ours_ms: round(oursMs),
      baseline: 'mark.js markRanges wrapping the same 2,000 ranges',
      baseline_ms: round(theirsMs),
    });
  },
};
