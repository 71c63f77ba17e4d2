// One build for the three parts: main (ESM, Node target), preload (CommonJS, for the
// sandbox) and the renderer (static files with relative paths, so `out/renderer/index.html`
// works from app://, from any static server and in a plain Chromium tab).

import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { extractionFrame } from './build/extractionFrame';
import { RENDERER_MINIFY } from './build/rendererMinify';
import { CONTENT_SECURITY_POLICY } from './common/csp';

const root = resolve(import.meta.dirname, '..');

/**
 * Writes the CSP into the built index.html as well, so the renderer is locked down even when
 * a plain static server without our headers serves it. Not in dev: Vite's dev preamble is inline.
 */
function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'hamish:csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/** The interface's faces (Noto Sans Arabic and Noto Sans, regular and semibold), as built. */
const INTERFACE_FONT = /^assets\/noto-sans-(?:arabic-arabic|latin)-(?:400|600)-normal-[\w-]+\.woff2$/;

/**
 * Preloads the interface's fonts from index.html. Otherwise the browser asks for them only when
 * the first layout finds text set in them, they arrive after that layout, and the first frames
 * are laid out twice: with a fallback face, then again with the real one.
 */
function preloadInterfaceFonts(): Plugin {
  return {
    name: 'hamish:preload-interface-fonts',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (_html, { bundle }) =>
        Object.keys(bundle ?? {})
          .filter((fileName) => INTERFACE_FONT.test(fileName))
          .map((fileName) => ({
            tag: 'link',
            attrs: { rel: 'preload', href: `./${fileName}`, as: 'font', type: 'font/woff2', crossorigin: '' },
            injectTo: 'head' as const,
          })),
    },
  };
}

/**
 * Builds startup/earlyRead.ts as an entry of its own and runs it from index.html ahead of the
 * app's entry. Vite joins every module script of an HTML page into one entry, which would put
 * the early read behind the compile of the whole app chunk — the very wait it exists to fill.
 * The app's entry imports the same chunk, so the module is evaluated once.
 */
function earlyReadEntry(): Plugin {
  return {
    name: 'hamish:early-read-entry',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html, { bundle }) => {
        const chunk = Object.values(bundle ?? {}).find(
          (output) => output.type === 'chunk' && output.isEntry && output.name === 'earlyRead',
        );
        const appEntry = html.search(/<script type="module"[^>]*src="\.\/assets\/index-/);
        if (chunk === undefined || appEntry < 0)
          throw new Error('hamish:early-read-entry: the early read or the app entry is missing from the build');
        return `${html.slice(0, appEntry)}<script type="module" crossorigin src="./${chunk.fileName}"></script>\n    ${html.slice(appEntry)}`;
      },
    },
  };
}

export default defineConfig({
  main: {
    build: {
      outDir: resolve(root, 'out/main'),
      // Bundle zod and friends so the packaged app needs no node_modules.
      externalizeDeps: false,
      lib: { entry: resolve(root, 'electron/main/index.ts') },
    },
  },
  preload: {
    build: {
      outDir: resolve(root, 'out/preload'),
      externalizeDeps: false,
      rolldownOptions: {
        input: resolve(root, 'electron/preload/index.ts'),
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    base: './',
    plugins: [
      react(),
      contentSecurityPolicyMeta(),
      preloadInterfaceFonts(),
      earlyReadEntry(),
      extractionFrame(resolve(root, 'renderer/import/extraction/frame.ts')),
    ],
    server: { fs: { allow: [root] } },
    worker: { rolldownOptions: { output: { minify: RENDERER_MINIFY } } },
    build: {
      outDir: resolve(root, 'out/renderer'),
      minify: true,
      rolldownOptions: {
        input: {
          index: resolve(root, 'renderer/index.html'),
          earlyRead: resolve(root, 'renderer/startup/earlyRead.ts'),
        },
        output: { minify: RENDERER_MINIFY },
      },
    },
  },
});
