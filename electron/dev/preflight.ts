// What `npm start` and `npm run dev` check before they launch Electron from node_modules, as
// pure functions of facts gathered by startPreflight.ts (so a unit test can give any machine's).
//
// 1. Ubuntu 24.04 and later restrict unprivileged user namespaces through AppArmor
//    (kernel.apparmor_restrict_unprivileged_userns = 1). Chromium's sandbox then needs its setuid
//    helper, and node_modules/electron/dist/chrome-sandbox is not setuid (npm cannot make it so),
//    so Electron aborts with "The SUID sandbox helper binary was found, but is not configured
//    correctly" (setuid_sandbox_host.cc; electron/electron#42510). The installed deb does not
//    have this problem: it ships an AppArmor profile (SECURITY.md, "The OS sandbox on Linux").
// 2. Electron's installer (the `electron` package, @electron/get, @electron-internal/extract-zip),
//    which `npm start` runs to download Electron the first time, declares Node 22.12 or newer;
//    everything else here (build, lint, tests) runs on Node 20.19+.

export interface SandboxFacts {
  readonly platform: NodeJS.Platform;
  /** Contents of /proc/sys/kernel/apparmor_restrict_unprivileged_userns, or null when absent. */
  readonly restrictUnprivilegedUserns: string | null;
  /** The development Electron's sandbox helper, or null when there is none yet. */
  readonly sandboxHelper: { readonly path: string; readonly uid: number; readonly mode: number } | null;
  readonly electronBinary: string;
  /** Whether an AppArmor profile in /etc/apparmor.d names the development Electron binary. */
  readonly electronHasAppArmorProfile: boolean;
}

/** Whether Electron from node_modules would abort for want of a usable sandbox. */
export function sandboxWillAbort(facts: SandboxFacts): boolean {
  if (facts.platform !== 'linux' || facts.restrictUnprivilegedUserns?.trim() !== '1') return false;
  if (facts.sandboxHelper === null || facts.electronHasAppArmorProfile) return false;
  const setuidRoot = facts.sandboxHelper.uid === 0 && (facts.sandboxHelper.mode & 0o4000) !== 0;
  return !setuidRoot;
}

/** The two remedies, with this checkout's paths filled in. */
export function sandboxAdvice(facts: SandboxFacts): string {
  const helper = facts.sandboxHelper?.path ?? 'node_modules/electron/dist/chrome-sandbox';
  return [
    'npm start: Electron will probably stop at once with "The SUID sandbox helper binary was found, but is not',
    'configured correctly". This system (Ubuntu 24.04 or later) restricts unprivileged user namespaces through',
    "AppArmor, so Chromium's sandbox needs its setuid helper, and npm cannot install one. Either:",
    '',
    '  1. make the helper setuid root (again after each `npm ci`, which replaces it):',
    `       sudo chown root:root '${helper}' && sudo chmod 4755 '${helper}'`,
    '',
    '  2. or give this Electron an AppArmor profile that allows user namespaces, as the Hamish deb does for',
    '     /opt/Hamish/hamish:',
    `       printf 'abi <abi/4.0>,\\ninclude <tunables/global>\\nprofile hamish-dev-electron "%s" flags=(unconfined) {\\n  userns,\\n}\\n' \\`,
    `         '${facts.electronBinary}' | sudo tee /etc/apparmor.d/hamish-dev-electron`,
    '       sudo apparmor_parser -r /etc/apparmor.d/hamish-dev-electron',
    '',
    'Running with --no-sandbox would start, but without the OS sandbox around pages; do not.',
  ].join('\n');
}

export interface NodeFacts {
  readonly nodeVersion: string;
  /** Whether the Electron binary is already downloaded (install-electron is then a no-op). */
  readonly electronInstalled: boolean;
}

export const ELECTRON_INSTALLER_NODE = [22, 12] as const;

function atLeast(version: string, [major, minor]: readonly [number, number]): boolean {
  const [actualMajor = 0, actualMinor = 0] = version.replace(/^v/, '').split('.').map(Number);
  return actualMajor > major || (actualMajor === major && actualMinor >= minor);
}

/** A note when the download that is about to run declares a newer Node than this one; else null. */
export function nodeAdvice(facts: NodeFacts): string | null {
  if (facts.electronInstalled || atLeast(facts.nodeVersion, ELECTRON_INSTALLER_NODE)) return null;
  return [
    `npm start: Electron is not downloaded yet, and its installer (the electron package, @electron/get and`,
    `@electron-internal/extract-zip) declares Node ${ELECTRON_INSTALLER_NODE.join('.')} or newer; this is Node ${facts.nodeVersion}.`,
    'If the download below fails, run `npm start` once with Node 22.12+. Building and the tests need only',
    'Node 20.19+, and the app itself runs on the Node built into Electron, not on this one.',
  ].join('\n');
}
