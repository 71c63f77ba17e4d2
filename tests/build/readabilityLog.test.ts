// @vitest-environment jsdom
// The frame build's guard on Readability's "Grabbed" debug line (electron/build/readabilityLog.ts), applied to the
// installed Readability and run in jsdom: one whole-article serialization fewer, the same article.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GRABBED_LOG_LINE, guardGrabbedLog } from '../../electron/build/readabilityLog';
import {
  installedReadability as installed,
  loadReadability as load,
  SAMPLE_ARTICLE as ARTICLE,
  type ReadabilityClass,
} from './readabilityModule';

/** How many times parsing ARTICLE reads an element's innerHTML, and what it extracts. */
function parseCountingSerializations(
  Readability: ReadabilityClass,
  debug: boolean,
): { reads: number; content: string } {
  const doc = new DOMParser().parseFromString(ARTICLE, 'text/html');
  const innerHTML = vi.spyOn(Element.prototype, 'innerHTML', 'get');
  const result = new Readability(doc, { debug, serializer: (node) => node }).parse();
  const reads = innerHTML.mock.calls.length;
  innerHTML.mockRestore();
  return { reads, content: (result?.content as Element).outerHTML };
}

afterEach(() => vi.restoreAllMocks());

describe('guardGrabbedLog', () => {
  it('finds the line in the installed Readability and builds it only when debugging', () => {
    const guarded = guardGrabbedLog(installed);
    expect(guarded).toContain(`if (this._debug) ${GRABBED_LOG_LINE}`);
    expect(guarded.length).toBe(installed.length + 'if (this._debug) '.length);
  });

  it('stops the build when the line is missing or not alone', () => {
    expect(() => guardGrabbedLog(installed.replace(GRABBED_LOG_LINE, ''))).toThrow(/exactly once/);
    expect(() => guardGrabbedLog(`${installed}\n${GRABBED_LOG_LINE}`)).toThrow(/exactly once/);
  });

  it('saves one whole-article serialization per parse and extracts the same article', () => {
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const before = parseCountingSerializations(load(installed), false);
    const after = parseCountingSerializations(load(guardGrabbedLog(installed)), false);
    expect(after.reads).toBe(before.reads - 1);
    expect(after.content).toBe(before.content);
  });

  it('still logs the line when debugging', () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    parseCountingSerializations(load(guardGrabbedLog(installed)), true);
    expect(log.mock.calls.some((call) => call.some((arg) => String(arg).startsWith('Grabbed: ')))).toBe(true);
  });
});
