// @vitest-environment jsdom
// The frame build's `unapply` in DOMPurify (electron/build/purifyCalls.ts), applied to the
// installed DOMPurify and run in jsdom: the same output on every document of the hostile corpus
// under the app's configuration, and built-ins still captured when DOMPurify loads.
import { describe, expect, it } from 'vitest';
import { bindUnapply, BOUND_UNAPPLY, UNAPPLY } from '../../electron/build/purifyCalls';
import { SANITIZE_CONFIG } from '../../renderer/import/sanitize';
import { HOSTILE_FILES as FILES, installedPurify as installed, purifier } from './purifyModule';

describe('bindUnapply', () => {
  it("finds DOMPurify's unapply and makes it a bound call", () => {
    const patched = bindUnapply(installed);
    expect(patched).not.toContain(UNAPPLY);
    expect(patched).toContain(BOUND_UNAPPLY);
  });

  it('stops the build when unapply is missing or not alone', () => {
    expect(() => bindUnapply(installed.replace(UNAPPLY, ''))).toThrow(/exactly once/);
    expect(() => bindUnapply(`${installed}\n${UNAPPLY}`)).toThrow(/exactly once/);
  });

  it('sanitizes every hostile document to the same output, as a string and as a tree', async () => {
    const [original, patched] = [
      await purifier(installed, 'original'),
      await purifier(bindUnapply(installed), 'patched'),
    ];
    const documents = Object.values(FILES);
    expect(documents.length).toBeGreaterThanOrEqual(50);
    const config = { ...SANITIZE_CONFIG, RETURN_DOM: false };
    for (const html of documents) {
      const expected = original.sanitize(html, config) as unknown as string;
      expect(patched.sanitize(html, config)).toBe(expected);
      const tree = new DOMParser().parseFromString(html, 'text/html').body;
      const fromTree = patched.sanitize(tree, { ...SANITIZE_CONFIG, RETURN_DOM: true }) as unknown as HTMLElement;
      expect(fromTree.innerHTML).toBe(
        (original.sanitize(tree, { ...SANITIZE_CONFIG, RETURN_DOM: true }) as unknown as HTMLElement).innerHTML,
      );
    }
    // The corpus holds scripts, and none survives either.
    expect(documents.some((html) => /<script/i.test(html))).toBe(true);
    for (const html of documents) expect(patched.sanitize(html, config)).not.toMatch(/<script/i);
  }, 60_000);

  it('calls what it was given, with the same receiver and arguments, whatever is swapped later', () => {
    // Both versions as functions, with DOMPurify's `apply` (Reflect.apply, taken when it loads).
    const make = (text: string) =>
      new Function('apply', `${text}\nreturn unapply;`)(Reflect.apply) as (f: unknown) => (...a: unknown[]) => unknown;
    const [original, bound] = [make(UNAPPLY), make(BOUND_UNAPPLY)];
    const slice = [original(String.prototype.slice), bound(String.prototype.slice)];
    const push = [original(Array.prototype.push), bound(Array.prototype.push)];
    const { call } = Function.prototype;
    const swappedSlice = String.prototype.slice;
    let results: unknown[];
    try {
      // What a page's script could do after DOMPurify loaded: neither version sees it.
      Function.prototype.call = () => 'swapped';
      String.prototype.slice = () => 'swapped';
      results = slice.map((f) => f('عنوان المقال', 1, 4));
    } finally {
      Function.prototype.call = call;
      String.prototype.slice = swappedSlice;
    }
    expect(results).toEqual(['نوا', 'نوا']);
    const [a, b] = [[1], [1]];
    expect([push[0]!(a, 2, 3), push[1]!(b, 2, 3)]).toEqual([3, 3]);
    expect(b).toEqual(a);
  });
});
