// The renderer's import rule (eslint.config.js, RENDERER_LAYERS) at work on the fixtures in
// tests/fixtures/lint: each fixture names the path it is linted as and the rule it must break
// (or "nothing"), and is linted by ESLint with the project's own configuration. The tests' rule
// against waitForFunction with an async predicate has a fixture there too.

import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- eslint.config.js is plain JavaScript without declarations.
import { COMPOSERS, RENDERER_LAYERS } from '../../eslint.config.js';

const root = path.resolve(import.meta.dirname, '../..');
const fixtures = path.join(root, 'tests/fixtures/lint');
// ESLint loads the configuration and resolves imports from disk: slow on a busy machine.
const TIMEOUT_MS = 120_000;

interface Fixture {
  name: string;
  code: string;
  lintAs: string;
  expected: string | null;
}

async function readFixtures(): Promise<Fixture[]> {
  const names = (await readdir(fixtures)).filter((name) => name.endsWith('.ts')).sort();
  return Promise.all(
    names.map(async (name) => {
      const code = await readFile(path.join(fixtures, name), 'utf8');
      const lintAs = /^\/\/ lint-as: (\S+)$/m.exec(code)?.[1];
      const expected = /^\/\/ expect: (\S+)$/m.exec(code)?.[1];
      if (lintAs === undefined || expected === undefined) throw new Error(`${name} lacks its lint-as or expect line`);
      return { name, code, lintAs, expected: expected === 'nothing' ? null : expected };
    }),
  );
}

describe('the renderer import rule', () => {
  const eslint = new ESLint({ cwd: root });

  it(
    'rejects what each fixture says it must, and only that',
    async () => {
      const all = await readFixtures();
      expect(all.length).toBeGreaterThanOrEqual(4);
      expect(all.some((fixture) => fixture.expected === 'import-x/no-restricted-paths')).toBe(true);
      for (const fixture of all) {
        const [result] = await eslint.lintText(fixture.code, { filePath: path.join(root, fixture.lintAs) });
        const rules = result!.messages.map((message) => message.ruleId ?? message.message);
        expect({ fixture: fixture.name, rules }).toEqual({
          fixture: fixture.name,
          rules: fixture.expected === null ? [] : [fixture.expected],
        });
      }
    },
    TIMEOUT_MS,
  );

  it(
    'names the rule and the allowed folders in its message',
    async () => {
      const code = await readFile(path.join(fixtures, 'featureImportsFeature.ts'), 'utf8');
      const [result] = await eslint.lintText(code, {
        filePath: path.join(root, 'renderer/highlights/layeringFixture.ts'),
      });
      expect(result!.messages[0]?.message).toContain('renderer/highlights may import only');
      expect(result!.messages[0]?.message).toContain('docs/ARCHITECTURE.md');
    },
    TIMEOUT_MS,
  );

  it('has a row for every folder of the renderer', async () => {
    const entries = await readdir(path.join(root, 'renderer'), { withFileTypes: true });
    const folders = entries
      .filter((entry) => entry.isDirectory() && entry.name !== 'styles')
      .map((entry) => entry.name);
    const known = new Set([...Object.keys(RENDERER_LAYERS as Record<string, string[]>), ...(COMPOSERS as string[])]);
    expect(folders.filter((folder) => !known.has(folder))).toEqual([]);
  });
});
