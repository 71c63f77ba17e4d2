// `npm run audit:electron`: Electronegativity over the Electron sources (main, preload and the
// shared contract), written as SARIF to out/audit/electronegativity.sarif. Advisory: the tool
// is unmaintained and knows nothing of IPC sender checks (those have their own tests, see
// SECURITY.md), so findings are printed for review and do not fail the command — but the tool
// failing to run does.

import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
const output = path.join(root, 'out/audit/electronegativity.sarif');
const electronVersion = (
  JSON.parse(readFileSync(path.join(root, 'node_modules/electron/package.json'), 'utf8')) as { version: string }
).version;

interface Sarif {
  runs: {
    results: {
      ruleId: string;
      message: { text: string };
      locations: { physicalLocation: { artifactLocation: { uri: string } } }[];
    }[];
  }[];
}

mkdirSync(path.dirname(output), { recursive: true });
const run = spawnSync(
  process.execPath,
  [
    path.join(root, 'node_modules/@doyensec/electronegativity/dist/index.js'),
    '--input',
    path.join(root, 'electron'),
    '--output',
    output,
    '--relative',
    '--electron-version',
    electronVersion,
  ],
  { stdio: ['ignore', 'ignore', 'inherit'] },
);

let sarif: Sarif;
try {
  sarif = JSON.parse(readFileSync(output, 'utf8')) as Sarif;
} catch {
  console.error(`audit:electron: Electronegativity did not write ${output} (exit ${run.status}).`);
  process.exit(1);
}
const results = sarif.runs.flatMap((entry) => entry.results);
for (const result of results) {
  console.log(
    `${result.ruleId}  ${result.locations[0]?.physicalLocation.artifactLocation.uri ?? ''}  ${result.message.text}`,
  );
}
console.log(
  `audit:electron: ${results.length} advisory finding(s) for Electron ${electronVersion}; SARIF in ${path.relative(root, output)}. Review them against SECURITY.md.`,
);
