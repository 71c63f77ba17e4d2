// Serves out/renderer for the whole run and tells the tests where (HAMISH_BASE_URL), with
// tests/fixtures under /fixtures/ on the same origin (pages to save for offline).

import { existsSync } from 'node:fs';
import path from 'node:path';
import { serveDirectory } from '../support/staticServer';

export default async function globalSetup(): Promise<() => Promise<void>> {
  const rendererDir = path.resolve(import.meta.dirname, '../../out/renderer');
  if (!existsSync(path.join(rendererDir, 'index.html'))) {
    throw new Error(`${rendererDir}/index.html is missing: run \`npm run build\` first (npm test does).`);
  }
  const server = await serveDirectory(rendererDir, 0, { '/fixtures/': path.resolve(import.meta.dirname, '../fixtures') });
  process.env['HAMISH_BASE_URL'] = server.origin;
  return () => server.close();
}
