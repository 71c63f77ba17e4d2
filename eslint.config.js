// Lint, including the layer rules: which side may import what, and inside the renderer which
// folder may import which (see docs/ARCHITECTURE.md, "The import rule"). The per-side tsconfigs
// enforce the process boundaries at the type level too.

import js from '@eslint/js';
import globals from 'globals';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = [
  'fs',
  'path',
  'os',
  'child_process',
  'http',
  'https',
  'net',
  'crypto',
  'url',
  'stream',
  'worker_threads',
  'util',
  'events',
  'buffer',
];
const nodeBuiltinPatterns = [{ group: ['node:*'], message: 'Node built-ins are for the main process only.' }];

// The renderer's import rule, written once: each folder of renderer/ and the folders it may
// import besides its own. Feature folders never import each other; app/ (with startup/ and
// main.tsx) composes them and is the only place that may import anything. A folder missing
// from this table is refused everywhere until it is given a row.
const FOUNDATION = ['shared', 'text', 'article', 'validation', 'perf'];
const SERVICES = ['db', 'platform', 'i18n', 'images', 'exports', 'commands'];
const SURFACE = ['document'];
const FEATURES = ['library', 'reader', 'highlights', 'notes', 'search', 'import', 'backup', 'settings', 'sync'];
export const RENDERER_LAYERS = {
  // Foundation: primitives with no knowledge of storage or of any view.
  shared: [],
  validation: [],
  perf: [],
  text: ['shared'],
  article: ['shared', 'text'],
  // Services: storage, the platform, languages, stored images, annotation exports, keyboard commands.
  db: FOUNDATION,
  i18n: [...FOUNDATION, 'db'],
  platform: [...FOUNDATION, 'db'],
  images: [...FOUNDATION, 'db', 'platform'],
  exports: [...FOUNDATION, 'db', 'i18n'],
  commands: FOUNDATION,
  // The text surface: offsets, painting and selection over a rendered article.
  document: FOUNDATION,
  // Features: what a user sees and does.
  ...Object.fromEntries(FEATURES.map((feature) => [feature, [...FOUNDATION, ...SERVICES, ...SURFACE]])),
};
export const COMPOSERS = ['app', 'startup'];

function layerZone(folder, allowed) {
  return {
    target: `renderer/${folder}`,
    from: 'renderer',
    except: [folder, ...allowed].map((name) => `./${name}`),
    message:
      allowed.length === 0
        ? `renderer/${folder} imports nothing else from the renderer (docs/ARCHITECTURE.md, "The import rule").`
        : `renderer/${folder} may import only ${allowed.join(', ')} (docs/ARCHITECTURE.md, "The import rule").`,
  };
}

function rendererLayerZones(layers) {
  return Object.entries(layers).map(([folder, allowed]) => layerZone(folder, allowed));
}

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      // Linted by tests/lint/importRule.test.ts as if they were renderer files.
      'tests/fixtures/lint/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'The renderer talks to the Platform interface, never to Electron.' },
            {
              name: 'zod',
              message: "Import { z } from renderer/validation/zod: it turns off zod's eval, which the CSP forbids.",
            },
            ...NODE_BUILTINS.map((name) => ({ name, message: 'Node built-ins are for the main process only.' })),
          ],
          patterns: [
            ...nodeBuiltinPatterns,
            {
              group: ['**/electron/main/**', '**/electron/preload/**'],
              message: 'The renderer may import only electron/common.',
            },
          ],
        },
      ],
    },
  },
  {
    // The renderer's import rule (RENDERER_LAYERS above). Unresolved imports are errors here, so
    // the rule can never pass by failing to resolve a path. Unit tests beside the code may set up
    // their data with any renderer module (an import test's library, a backup's articles).
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/**/*.test.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })] },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: rendererLayerZones(RENDERER_LAYERS) }],
      'import-x/no-unresolved': ['error', { ignore: ['\\?raw$'] }],
    },
  },
  {
    // The search analyzer and engine are pure: they run in a worker, in Node tests and in the
    // benchmarks, so no UI, no database and no Electron (see docs/search.md).
    files: ['renderer/text/analyzer/**/*.ts', 'renderer/search/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron', 'react', 'react-dom', 'react-i18next', 'dexie', 'dexie-react-hooks', ...NODE_BUILTINS],
          patterns: [
            ...nodeBuiltinPatterns,
            {
              group: [
                '**/db/HamishDb',
                '**/db/openDatabase',
                '**/worker/**',
                '**/client/**',
                '**/ui/**',
                '**/electron/main/**',
                '**/electron/preload/**',
              ],
              message: 'The analyzer and engine are pure modules.',
            },
          ],
        },
      ],
    },
  },
  {
    // Renderer unit tests run in Node and may read fixtures from disk; they still may not reach into main.
    files: ['renderer/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/electron/main/**', '**/electron/preload/**'],
              message: 'Tests of the renderer may import only electron/common.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/common/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron', 'react', 'dexie', ...NODE_BUILTINS],
          patterns: [
            ...nodeBuiltinPatterns,
            {
              group: ['**/main/**', '**/preload/**', '**/renderer/**'],
              message: 'The contract imports nothing platform-specific.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/main/**', '**/renderer/**'], message: 'The preload may import only electron/common.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/main/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [{ group: ['**/renderer/**', '**/preload/**'], message: 'Main may import only electron/common.' }],
        },
      ],
    },
  },
  {
    files: ['tests/**/*.{ts,mjs}', 'eslint.config.js', 'electron/electron.vite.config.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: { 'no-console': 'off' },
  },
  {
    // page.waitForFunction calls its predicate without awaiting it: a promise is a truthy
    // answer, so an async predicate (or one asking the test harness, whose calls are async)
    // returns at once and waits for nothing. Poll from the test instead (expect.poll, a loop).
    files: ['tests/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='waitForFunction'] > :function[async=true]",
          message: 'waitForFunction does not await an async predicate: poll from the test instead.',
        },
        {
          selector: "CallExpression[callee.property.name='waitForFunction'] > :function Identifier[name='hamishTest']",
          message: "waitForFunction does not await the harness's async calls: poll from the test instead.",
        },
      ],
    },
  },
);
