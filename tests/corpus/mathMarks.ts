// Which words of each imported page the import made from formulas. The import writes MathML
// out as text (renderer/import/math.ts), where Readability's expected text keeps the MathML
// markup's own tokens or nothing; so the check also compares the pages with formulas left out
// on both sides. To know exactly which text came from a formula, each page is converted once
// more by the app's own extraction frame (out/renderer/extraction.html, opened on its own),
// asked to put every formula's text between math.ts's MATH_START and MATH_END. Nothing is
// guessed: a page whose marked text, marks removed, is not the text the import stored (block
// boundaries aside: the import drops an image it cannot keep, not its caption) is counted as
// unmarked and keeps its similarity as measured.

import type { Browser } from '@playwright/test';
import { decodeBlocks } from '../../renderer/import/extraction/blockWire';
import { decodeBytes } from '../../renderer/import/decode';
import { MATH_END, MATH_START } from '../../renderer/import/math';
import type { CorpusPage } from './corpora';

const ANY_MARK = new RegExp(`[${MATH_START}${MATH_END}]`, 'g');
const MARKED_FORMULA = new RegExp(`${MATH_START}[^${MATH_END}]*${MATH_END}`, 'g');

export interface MarkedText {
  readonly title: string;
  /** The page's blocks joined by new lines, each formula's text between the marks. */
  readonly text: string;
}

/** The text without the marks: what the import stores. */
export const unmarked = (text: string): string => text.replace(ANY_MARK, '');

/** The text with every marked formula left out. */
export const withoutFormulas = (text: string): string => text.replace(MARKED_FORMULA, ' ');

/** Each page converted as a file of that name, its formulas marked; pages the frame refused are left out. */
export async function markedTexts(
  browser: Browser,
  origin: string,
  pages: readonly CorpusPage[],
): Promise<Map<string, MarkedText>> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${origin}/extraction.html`);
  const result = new Map<string, MarkedText>();
  try {
    for (const corpusPage of pages) {
      // Decoded as the app decodes the file's bytes.
      const decoded = decodeBytes(Buffer.from(corpusPage.source), { kind: 'html' });
      if (!decoded.ok) continue;
      const answer = await page.evaluate(
        async ({ text, fileName }) => {
          const frame = window as unknown as { __port?: MessagePort; __id?: number };
          if (frame.__port === undefined) {
            // The frame's own handshake (renderer/import/extraction/protocol.ts): opened on its own,
            // the page is its own parent.
            const channel = new MessageChannel();
            const ready = new Promise<void>((resolve) => {
              channel.port1.onmessage = () => resolve();
            });
            window.postMessage('hamish:extraction-connect', '*', [channel.port2]);
            await ready;
            frame.__port = channel.port1;
          }
          const port = frame.__port;
          const id = (frame.__id = (frame.__id ?? 0) + 1);
          const message = await new Promise<{ result: { ok: boolean; value?: unknown } } | null>((resolve) => {
            const timer = setTimeout(() => resolve(null), 120_000);
            port.onmessage = (event: MessageEvent<{ id: number; result: { ok: boolean } }>) => {
              if (event.data.id !== id) return;
              clearTimeout(timer);
              resolve(event.data);
            };
            port.postMessage({
              id,
              source: { kind: 'text', format: 'html', text },
              options: { fileName, markMath: true },
            });
          });
          if (message === null || !message.result.ok) return null;
          const value = message.result.value as {
            title: string;
            doc: { blocks: { text: string; layout: Int32Array; strings: string[] } };
          };
          const { text: all, layout, strings } = value.doc.blocks;
          return { title: value.title, blocks: { text: all, layout: Array.from(layout), strings } };
        },
        { text: decoded.value.text, fileName: `${corpusPage.name}.html` },
      );
      if (answer === null) continue;
      const blocks = decodeBlocks({ ...answer.blocks, layout: Int32Array.from(answer.blocks.layout) });
      if (blocks === null) continue;
      result.set(corpusPage.name, { title: answer.title, text: blocks.map((block) => block.text).join('\n') });
    }
  } finally {
    await context.close();
  }
  return result;
}
