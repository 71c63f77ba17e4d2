// Serves out/renderer for the whole run and tells the tests where (HAMISH_BASE_URL), with the
// test harness built and served beside it on the same origin, and tests/fixtures under
// /fixtures (pages to save for offline).

import { existsSync } from 'node:fs';
import path from 'node:path';
import { buildTestHarness, HARNESS_PATH } from '../support/buildHarness';
import { serveDirectory } from '../support/staticServer';

export default async function globalSetup(): Promise<() => Promise<void>> {
  const rendererDir = path.resolve(import.meta.dirname, '../../out/renderer');
  if (!existsSync(path.join(rendererDir, 'index.html'))) {
    throw new Error(`${rendererDir}/index.html is missing: run \`npm run build\` first (npm test does).`);
  }
  const harnessDir = await buildTestHarness();
  const server = await serveDirectory(rendererDir, 0, {
    [HARNESS_PATH]: harnessDir,
    '/fixtures': path.resolve(import.meta.dirname, '../fixtures'),
  });
  process.env['HAMISH_BASE_URL'] = server.origin;
  return () => server.close();
}
