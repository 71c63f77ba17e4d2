// app.first_paint_ms: a cold load of the renderer (fresh profile, empty cache) until the
// welcome article is painted (the task after the frame that draws it). Baseline, same run: a
// static page with one paragraph of the same text, loaded the same way, until its first
// contentful paint. The browser reports that paint when the frame is presented, which in
// headless Chromium comes tens of ms after the frame is drawn; so the app's own first
// contentful paint is reported too (`fcp_ms`), with the like-for-like ratio (`fcp_ratio`).

import { median, round, type Benchmark } from './harness';
import { entryTimeAfterLoad } from './pageEntries';

const PAINTED_MARK = 'hamish:article-painted';

export const appFirstPaint: Benchmark = {
  name: 'app.first_paint',
  async run({ browser, baseUrl, runs }, report) {
    const appTimes: number[] = [];
    const appFcpTimes: number[] = [];
    const baselineTimes: number[] = [];
    for (let i = 0; i < runs; i += 1) {
      const context = await browser.newContext({ locale: 'ar-EG' });
      const page = await context.newPage();
      await page.goto(`${baseUrl}/index.html`);
      appTimes.push(await entryTimeAfterLoad(page, PAINTED_MARK));
      appFcpTimes.push(await entryTimeAfterLoad(page, 'first-contentful-paint', { settleMs: 0 }));
      await context.close();

      const baseline = await browser.newContext({ locale: 'ar-EG' });
      const baselinePage = await baseline.newPage();
      await baselinePage.route(`${baseUrl}/baseline.html`, (route) =>
        route.fulfill({
          contentType: 'text/html; charset=utf-8',
          body: '<!doctype html><html lang="ar" dir="rtl"><meta charset="utf-8"><p>مرحبًا بك في هامش، قارئ المقالات.</p></html>',
        }),
      );
      await baselinePage.goto(`${baseUrl}/baseline.html`);
      baselineTimes.push(await entryTimeAfterLoad(baselinePage, 'first-contentful-paint'));
      await baseline.close();
    }
    const value = median(appTimes);
    const baselineMs = median(baselineTimes);
    report({
      bench: 'app.first_paint_ms',
      value: round(value),
      unit: 'ms',
      runs,
      baseline: 'static page first contentful paint',
      baseline_ms: round(baselineMs),
      ratio: round(value / baselineMs),
      fcp_ms: round(median(appFcpTimes)),
      fcp_ratio: round(median(appFcpTimes) / baselineMs),
    });
  },
};
