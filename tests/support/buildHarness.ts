// Builds the test harness (tests/harness) with Vite into out/test-harness, for the browser
// tests and the benchmarks. It is served beside the app under HARNESS_PATH; electron-builder
// packages only out/main, out/preload and out/renderer, so it never ships.

import path from 'node:path';
import { build } from 'vite';

const root = path.resolve(import.meta.dirname, '../..');
export const HARNESS_DIR = path.join(root, 'out/test-harness');
/** Where the harness is served on the app's origin. */
export const HARNESS_PATH = '/__test-harness__';

export async function buildTestHarness(): Promise<string> {
  await build({
    configFile: false,
    root: path.join(root, 'tests/harness'),
    base: './',
    logLevel: 'warn',
    server: { fs: { allow: [root] } },
    build: { outDir: HARNESS_DIR, emptyOutDir: true, minify: false, sourcemap: true, reportCompressedSize: false },
  });
  return HARNESS_DIR;
}
