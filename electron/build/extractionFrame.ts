// Builds the extraction frame (renderer/import/extraction/frame.ts): its page, extraction.html,
// and its script, one classic (IIFE) script with everything it needs. Not a module script: the
// frame is sandboxed without `allow-same-origin`, so its origin is opaque, and module scripts
// (and the chunks they import) are fetched with CORS, which a plain static server, app:// and
// the browser tests' server do not answer for an opaque origin. A classic script from the
// page's own server needs nothing of the kind.

import { createHash } from 'node:crypto';
import { build, type Plugin, type Rolldown } from 'vite';
import { EXTRACTION_FRAME_PATH, EXTRACTION_FRAME_POLICY } from '../common/csp';
import { purifyCalls } from './purifyCalls';
import { purifyShadowRoots } from './purifyShadowRoots';
import { readabilityAddresses } from './readabilityAddresses';
import { readabilityLengths } from './readabilityLengths';
import { readabilityLog } from './readabilityLog';
import { readabilityPageCopy } from './readabilityPageCopy';
import { readabilityText } from './readabilityText';
import { readabilityVisibility } from './readabilityVisibility';
import { RENDERER_MINIFY } from './rendererMinify';

/** The frame's page: its policy as a meta tag too (for servers that send no header), and its script. */
export function extractionFramePage(scriptPath: string, policy = EXTRACTION_FRAME_POLICY): string {
  return `<!doctype html>
<html>
  <head>
    <meta charset="utf-8" />
    <meta http-equiv="Content-Security-Policy" content="${policy}" />
    <title>Hamish extraction</title>
    <script src="${scriptPath}"></script>
  </head>
  <body></body>
</html>
`;
}

/**
 * The frame's script asks to be compiled whole as it loads (Chromium's per-file explicit compile
 * hint, on by default since Chromium 136; Electron 45 runs 140): the frame loads while the user
 * picks a file, and its functions are then compiled on the thread that streams the script,
 * instead of one by one on the frame's own thread during the first conversion, where that was
 * 30–40 ms of the 1 MB import (traces of the import, docs/journal/2026-12-07-import-1mb.md).
 * Nearly all of the script runs on every HTML conversion; what does not (Markdown) is small.
 */
export const COMPILE_ALL_ON_LOAD = '//# allFunctionsCalledOnLoad';

/** The frame's script, bundled and minified as the renderer is, its compile hint first. */
export async function buildExtractionScript(entry: string, minify: boolean): Promise<string> {
  const output = (await build({
    configFile: false,
    logLevel: 'warn',
    // Readability and DOMPurify run only here: Readability's debug line that serializes the whole
    // article is built only when debugging, the article's text it returns is read only when
    // asked for, addresses already absolute are not resolved again, text lengths are found
    // without reading whole texts again, inline styles are read only where there are some, and
    // the page is copied instead of serialized; DOMPurify calls its built-ins without copying
    // their arguments and does not walk an imported node for shadow roots (readabilityLog.ts,
    // readabilityText.ts, readabilityAddresses.ts, readabilityLengths.ts, readabilityVisibility.ts,
    // readabilityPageCopy.ts, purifyCalls.ts, purifyShadowRoots.ts).
    plugins: [
      readabilityLog(),
      readabilityText(),
      readabilityAddresses(),
      readabilityLengths(),
      readabilityVisibility(),
      readabilityPageCopy(),
      purifyCalls(),
      purifyShadowRoots(),
    ],
    define: { 'process.env.NODE_ENV': JSON.stringify(minify ? 'production' : 'development') },
    build: {
      write: false,
      emptyOutDir: false,
      copyPublicDir: false,
      minify,
      lib: { entry, formats: ['iife'], name: 'hamishExtraction', fileName: () => 'extraction.js' },
      rolldownOptions: { output: { minify: minify ? RENDERER_MINIFY : false } },
    },
  })) as Rolldown.RolldownOutput | Rolldown.RolldownOutput[];
  const outputs = Array.isArray(output) ? output : [output];
  const chunk = outputs.flatMap((result) => result.output).find((item) => item.type === 'chunk');
  if (chunk === undefined || chunk.type !== 'chunk') throw new Error('hamish:extraction-frame: no script was built');
  return `${COMPILE_ALL_ON_LOAD}\n${chunk.code}`;
}

/**
 * Adds the frame's page and script to the renderer's build, and serves them from the dev
 * server. `entry` is the frame's script (renderer/import/extraction/frame.ts).
 */
export function extractionFrame(entry: string): Plugin {
  return {
    name: 'hamish:extraction-frame',
    async generateBundle() {
      const code = await buildExtractionScript(entry, true);
      const hash = createHash('sha256').update(code).digest('hex').slice(0, 8);
      const scriptName = `assets/extraction-${hash}.js`;
      this.emitFile({ type: 'asset', fileName: scriptName, source: code });
      this.emitFile({
        type: 'asset',
        fileName: EXTRACTION_FRAME_PATH.slice(1),
        source: extractionFramePage(`./${scriptName}`),
      });
    },
    configureServer(server) {
      // In development the script is built when the frame asks for it, from the current sources.
      server.middlewares.use((request, response, next) => {
        const path = (request.url ?? '').split('?')[0];
        if (path === EXTRACTION_FRAME_PATH) {
          response.setHeader('Content-Type', 'text/html; charset=utf-8');
          response.end(extractionFramePage('./@hamish/extraction.js', devPolicy(server.resolvedUrls?.local[0])));
        } else if (path === '/@hamish/extraction.js') {
          buildExtractionScript(entry, false).then(
            (code) => {
              response.setHeader('Content-Type', 'text/javascript; charset=utf-8');
              response.end(code);
            },
            (error: unknown) => next(error),
          );
        } else next();
      });
    },
  };
}

function devPolicy(devServerUrl: string | undefined): string {
  if (devServerUrl === undefined) return EXTRACTION_FRAME_POLICY;
  const origin = new URL(devServerUrl).origin;
  return EXTRACTION_FRAME_POLICY.replace("script-src 'self'", `script-src 'self' ${origin}`);
}
