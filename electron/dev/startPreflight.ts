// Run by `npm start` and `npm run dev` before Electron: gathers the facts preflight.ts judges and
// prints its advice. It never stops the start (a fact it cannot see, such as an AppArmor profile
// elsewhere, may make the advice moot); Electron's own error follows if the advice was right.

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { nodeAdvice, sandboxAdvice, sandboxWillAbort, type SandboxFacts } from './preflight';

function readOrNull(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

const electronDir = path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
const distDir = process.env['ELECTRON_OVERRIDE_DIST_PATH'] || path.join(electronDir, 'dist');
const executable = readOrNull(path.join(electronDir, 'path.txt'))?.trim() ?? 'electron';
const electronBinary = path.join(distDir, executable);
const electronInstalled = existsSync(electronBinary);

function sandboxHelper(): SandboxFacts['sandboxHelper'] {
  const helper = path.join(distDir, 'chrome-sandbox');
  try {
    const { uid, mode } = statSync(helper);
    return { path: helper, uid, mode };
  } catch {
    return null;
  }
}

function hasAppArmorProfileFor(binary: string): boolean {
  try {
    return readdirSync('/etc/apparmor.d', { withFileTypes: true })
      .filter((entry) => entry.isFile())
      .some((entry) => readOrNull(path.join('/etc/apparmor.d', entry.name))?.includes(binary) ?? false);
  } catch {
    return false;
  }
}

const node = nodeAdvice({ nodeVersion: process.version, electronInstalled });
if (node !== null) console.warn(`${node}\n`);

if (process.platform === 'linux' && electronInstalled) {
  const facts: SandboxFacts = {
    platform: process.platform,
    restrictUnprivilegedUserns: readOrNull('/proc/sys/kernel/apparmor_restrict_unprivileged_userns'),
    sandboxHelper: sandboxHelper(),
    electronBinary,
    electronHasAppArmorProfile: hasAppArmorProfileFor(electronBinary),
  };
  if (sandboxWillAbort(facts)) console.warn(`${sandboxAdvice(facts)}\n`);
}
