// Which Chromium the tests drive: $CHROMIUM_PATH, else Debian's /usr/bin/chromium, else
// Playwright's own (never downloaded by us). The flags keep Chromium from phoning home, which
// on these machines would only produce refused connections.

import { existsSync } from 'node:fs';

export function chromiumExecutable(): string | undefined {
  const candidates = [process.env['CHROMIUM_PATH'], '/usr/bin/chromium'];
  return candidates.find(
    (candidate): candidate is string => candidate !== undefined && candidate !== '' && existsSync(candidate),
  );
}

export const CHROMIUM_ARGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--disable-gpu',
];
