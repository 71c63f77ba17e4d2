// reader.justify_*: how wide the gaps between words get when Arabic is justified, in real
// Chromium with the reader's bundled faces. Not a timing: a layout measurement, with its own
// baseline in the same run (the same paragraphs start-aligned, whose word spaces are the font's
// natural space). Chromium cannot stretch Arabic with kashida (tatweel), so justification can
// only widen the spaces; this says by how much, per variant of the CSS that could help:
// text-justify inter-word / inter-character, hyphens, text-align-last, text-wrap: pretty, and
// the narrow, default and wide line lengths of the settings (40, 65, 100 ch).
//
// The text is the real Arabic news paragraphs of tests/fixtures/search/real/articles.json. A gap
// is one space between two words on the same line, not on a paragraph's last line (which is not
// justified unless text-align-last says so). The figures: the median and 95th percentile of a
// gap's width over the natural space's width, and the share of gaps wider than twice the natural
// space, the point at which a reader sees holes in the line (Bringhurst's and TeX's rule of
// thumb for a loose line; InDesign's default maximum word space is 133 %).

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { percentile, round, type Benchmark } from './harness';

interface Variant {
  name: string;
  align: 'start' | 'justify';
  widthCh: number;
  font: 'naskh' | 'sans';
  extra?: Record<string, string>;
}

const FONT_STACKS = {
  naskh: "'Noto Serif', 'Hamish Naskh', serif",
  sans: "'Noto Sans', 'Hamish Sans Arabic', sans-serif",
} as const;

const VARIANTS: readonly Variant[] = [
  { name: 'justify_65ch', align: 'justify', widthCh: 65, font: 'naskh', extra: { textJustify: 'inter-word' } },
  {
    name: 'justify_inter_character_65ch',
    align: 'justify',
    widthCh: 65,
    font: 'naskh',
    extra: { textJustify: 'inter-character' },
  },
  { name: 'justify_hyphens_65ch', align: 'justify', widthCh: 65, font: 'naskh', extra: { hyphens: 'auto' } },
  { name: 'justify_pretty_65ch', align: 'justify', widthCh: 65, font: 'naskh', extra: { textWrap: 'pretty' } },
  { name: 'justify_last_65ch', align: 'justify', widthCh: 65, font: 'naskh', extra: { textAlignLast: 'justify' } },
  { name: 'justify_40ch', align: 'justify', widthCh: 40, font: 'naskh' },
  { name: 'justify_100ch', align: 'justify', widthCh: 100, font: 'naskh' },
  { name: 'justify_sans_65ch', align: 'justify', widthCh: 65, font: 'sans' },
];

function paragraphs(): string[] {
  const file = path.resolve(import.meta.dirname, '../fixtures/search/real/articles.json');
  const { articles } = JSON.parse(readFileSync(file, 'utf8')) as { articles: { blocks: string[] }[] };
  return articles.flatMap((article) => article.blocks).filter((block) => block.length > 200);
}

interface Gaps {
  widths: number[];
  lines: number;
}

export const readerJustify: Benchmark = {
  name: 'reader.justify',
  async run({ browser, baseUrl }, report) {
    const context = await browser.newContext({ locale: 'ar-EG', viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    try {
      // tsx names inner functions with a __name helper, which the evaluated function carries along.
      await page.addInitScript('globalThis.__name = (fn) => fn;');
      await page.goto(`${baseUrl}/index.html`);
      await page.locator('article [data-block]').first().waitFor();
      const texts = paragraphs();
      const measure = (variant: Variant, lastLineToo: boolean) =>
        page.evaluate(
          async ({ texts, variant, stack, lastLineToo }) => {
            const box = document.createElement('div');
            Object.assign(box.style, {
              position: 'absolute',
              insetBlockStart: '0',
              inlineSize: `${variant.widthCh}ch`,
              fontFamily: stack,
              fontSize: '20px',
              lineHeight: '1.8',
              visibility: 'hidden',
            });
            box.lang = 'ar';
            box.dir = 'rtl';
            for (const text of texts) {
              const p = document.createElement('p');
              p.textContent = text;
              Object.assign(p.style, { textAlign: variant.align, ...(variant.extra ?? {}) });
              box.append(p);
            }
            document.body.append(box);
            await document.fonts.load(`20px ${stack}`, 'عربي');
            await document.fonts.ready;
            const widths: number[] = [];
            let lines = 0;
            const range = document.createRange();
            const rectOf = (node: Text, index: number) => {
              range.setStart(node, index);
              range.setEnd(node, index + 1);
              return range.getBoundingClientRect();
            };
            for (const p of box.querySelectorAll('p')) {
              const node = p.firstChild as Text;
              const text = node.data;
              const tops = new Set<number>();
              const gaps: { width: number; top: number }[] = [];
              for (let i = 1; i < text.length - 1; i += 1) {
                if (text[i] !== ' ' || text[i - 1] === ' ' || text[i + 1] === ' ') continue;
                const before = rectOf(node, i - 1);
                const after = rectOf(node, i + 1);
                // A space where the line breaks is not a gap between two words on one line.
                if (Math.abs(before.top - after.top) > 1) continue;
                const top = Math.round(before.top);
                tops.add(top);
                gaps.push({ width: rectOf(node, i).width, top });
              }
              const last = Math.max(...tops);
              for (const gap of gaps) if (lastLineToo || gap.top !== last) widths.push(gap.width);
              lines += tops.size - (lastLineToo ? 0 : 1);
            }
            box.remove();
            return { widths, lines };
          },
          { texts, variant, stack: FONT_STACKS[variant.font], lastLineToo },
        ) as Promise<Gaps>;

      const natural: Record<string, number> = {};
      for (const font of ['naskh', 'sans'] as const) {
        const start = await measure({ name: 'start', align: 'start', widthCh: 65, font }, false);
        natural[font] = percentile(start.widths, 50);
        report({
          bench: `reader.justify_start_${font}_space_px`,
          value: round(natural[font]),
          unit: 'count',
          runs: start.widths.length,
          note: 'the natural word space, start-aligned (the baseline)',
        });
      }
      for (const variant of VARIANTS) {
        const lastLineToo = variant.extra?.['textAlignLast'] === 'justify';
        const gaps = await measure(variant, lastLineToo);
        const space = natural[variant.font]!;
        const ratios = gaps.widths.map((width) => width / space);
        report({
          bench: `reader.justify_${variant.name}_gap_ratio`,
          value: round(percentile(ratios, 50)),
          unit: 'ratio',
          runs: ratios.length,
          p95: round(percentile(ratios, 95)),
          max: round(Math.max(...ratios)),
          over_2x: round(ratios.filter((ratio) => ratio > 2).length / ratios.length, 3),
          lines: gaps.lines,
          baseline: `the natural space start-aligned (${round(space)} px)`,
        });
      }
    } finally {
      await context.close();
    }
  },
};
