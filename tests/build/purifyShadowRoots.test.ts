// @vitest-environment jsdom
// The frame build's DOMPurify without the shadow-root walk of an imported node
// (electron/build/purifyShadowRoots.ts), applied to the installed DOMPurify and run in jsdom: the
// same sanitized tree for every document of the hostile corpus, the same light tree (all that
// Hamish reads) even where a shadow root is attached, and the walk not made.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { IMPORT_ONLY, IMPORT_WALK, skipImportedShadowWalk } from '../../electron/build/purifyShadowRoots';
import { SANITIZE_CONFIG } from '../../renderer/import/sanitize';
import { HOSTILE_FILES, installedPurify as installed, purifier } from './purifyModule';

const AS_TREE = { ...SANITIZE_CONFIG, RETURN_DOM: true };
const parseHtml = (html: string) => new DOMParser().parseFromString(html, 'text/html');

afterEach(() => vi.restoreAllMocks());

describe('skipImportedShadowWalk', () => {
  it('finds the walk in the installed DOMPurify and stops the build when it is missing or doubled', () => {
    const patched = skipImportedShadowWalk(installed);
    expect(patched).not.toContain(IMPORT_WALK);
    expect(patched).toContain(IMPORT_ONLY);
    expect(() => skipImportedShadowWalk(installed.replace(IMPORT_WALK, ''))).toThrow(/exactly once/);
    expect(() => skipImportedShadowWalk(`${installed}\n${IMPORT_WALK}`)).toThrow(/exactly once/);
  });

  it('sanitizes every hostile document, given as a tree, to the same tree', async () => {
    const [original, patched] = [
      await purifier(installed, 'shadow-original'),
      await purifier(skipImportedShadowWalk(installed), 'shadow-patched'),
    ];
    const documents = Object.values(HOSTILE_FILES);
    expect(documents.length).toBeGreaterThanOrEqual(50);
    for (const html of documents) {
      const expected = (original.sanitize(parseHtml(html).body, AS_TREE) as unknown as HTMLElement).outerHTML;
      expect((patched.sanitize(parseHtml(html).body, AS_TREE) as unknown as HTMLElement).outerHTML, html).toBe(
        expected,
      );
    }
  });

  it('keeps the same light tree where a shadow root is attached, and does not look for one', async () => {
    const html =
      '<body><article><p>نص <b onclick="x()">عريض</b></p><div id="host">ظاهر</div><script>x()</script></article></body>';
    const sanitizedWith = async (source: string, tag: string) => {
      // DOMPurify takes the shadowRoot getter when it is made: watch it from before.
      const shadowReads = vi.spyOn(Element.prototype, 'shadowRoot', 'get');
      const purify = await purifier(source, tag);
      const body = parseHtml(html).body;
      const shadow = body.querySelector('#host')!.attachShadow({ mode: 'open' });
      shadow.innerHTML = '<img src="x" onerror="x()"><p>في الظل</p>';
      shadowReads.mockClear();
      const result = purify.sanitize(body, AS_TREE) as unknown as HTMLElement;
      const reads = shadowReads.mock.calls.length;
      shadowReads.mockRestore();
      return { light: result.outerHTML, reads };
    };
    const original = await sanitizedWith(installed, 'light-original');
    const patched = await sanitizedWith(skipImportedShadowWalk(installed), 'light-patched');
    expect(patched.light).toBe(original.light);
    expect(patched.light).not.toMatch(/onclick|script/);
    expect(original.reads).toBeGreaterThan(0);
    expect(patched.reads).toBe(0);
  });
});
