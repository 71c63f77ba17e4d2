// Lint, including the layer rules: which side may import what (see docs/ARCHITECTURE.md).
// The per-side tsconfigs enforce the same boundaries at the type level.

import js from '@eslint/js';
import globals from 'globals';
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

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
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
    // The search analyzer and engine are pure: they run in a worker, in Node tests and in the
    // benchmarks, so no UI, no database and no Electron (see docs/search.md).
    files: ['renderer/search/analyzer/**/*.ts', 'renderer/search/engine/**/*.ts'],
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
);
