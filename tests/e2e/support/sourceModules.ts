// Serves the renderer's own TypeScript modules to a page under /__src/, transpiled on the fly,
// so a browser test can import a pure DOM module (e.g. renderer/reader/textMap.ts) and try it
// against the DOM the real app rendered. Same origin, so the app's CSP allows the import.

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import ts from 'typescript';

const repoRoot = path.resolve(import.meta.dirname, '../../..');
export const SOURCE_PREFIX = '/__src/';

export async function serveSourceModules(page: Page, baseUrl: string): Promise<void> {
  await page.route(`${baseUrl}${SOURCE_PREFIX}**`, async (route) => {
    const relative = decodeURIComponent(new URL(route.request().url()).pathname.slice(SOURCE_PREFIX.length));
    const file = path.resolve(repoRoot, relative.endsWith('.ts') ? relative : `${relative}.ts`);
    if (!file.startsWith(path.join(repoRoot, 'renderer') + path.sep)) return route.fulfill({ status: 403 });
    const source = await readFile(file, 'utf8');
    const { outputText } = ts.transpileModule(source, {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
      fileName: file,
    });
    await route.fulfill({ contentType: 'text/javascript; charset=utf-8', body: outputText });
  });
}
