import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build, type Rolldown } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RENDERER_MINIFY } from './rendererMinify';

// DOMPurify's own `unapply`, as its ES build ships it: the loop Babel writes for rest parameters.
const UNAPPLY = `
export function unapply(func) {
  return function (thisArg) {
    for (var _len = arguments.length, args = new Array(_len > 1 ? _len - 1 : 0), _key = 1; _key < _len; _key++) args[_key - 1] = arguments[_key];
    return Reflect.apply(func, thisArg, args);
  };
}`;

/** `UNAPPLY` built as the renderer is, with `minify` as the output's minify option. */
async function minified(minify: typeof RENDERER_MINIFY | true): Promise<string> {
  const output = (await build({
    configFile: false,
    logLevel: 'silent',
    root: folder,
    build: {
      write: false,
      minify: true,
      lib: { entry: path.join(folder, 'unapply.js'), formats: ['es'], fileName: 'unapply' },
      rolldownOptions: { output: { minify } },
    },
  })) as Rolldown.RolldownOutput[];
  const chunk = output[0]!.output[0];
  return chunk.code;
}

let folder = '';
beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'hamish-minify-'));
  await writeFile(path.join(folder, 'unapply.js'), UNAPPLY);
});
afterAll(() => rm(folder, { recursive: true, force: true }));

describe('the renderer minifier', () => {
  it('keeps the argument-copy loop that V8 runs fast', async () => {
    const code = await minified(RENDERER_MINIFY);
    expect(code).not.toContain('[...arguments]');
    expect(code).toMatch(/arguments\.length/);
    expect(code.length).toBeLessThan(UNAPPLY.length);
    const { unapply } = (await import(`data:text/javascript,${encodeURIComponent(code)}`)) as {
      unapply: (f: (...a: number[]) => number) => (t: unknown, ...a: number[]) => number;
    };
    expect(unapply((a, b) => a + b)(null, 2, 3)).toBe(5);
  });

  it('is needed: the default compress pass still rewrites the loop to [...arguments].slice', async () => {
    // When this fails, oxc no longer rewrites the loop and compress may be turned back on.
    expect(await minified(true)).toContain('[...arguments].slice(1)');
  });
});
