import { describe, expect, it } from 'vitest';
import { nodeAdvice, sandboxAdvice, sandboxWillAbort, type SandboxFacts } from './preflight';

const ubuntu2404: SandboxFacts = {
  platform: 'linux',
  restrictUnprivilegedUserns: '1\n',
  sandboxHelper: { path: '/src/hamish/node_modules/electron/dist/chrome-sandbox', uid: 1000, mode: 0o100755 },
  electronBinary: '/src/hamish/node_modules/electron/dist/electron',
  electronHasAppArmorProfile: false,
};

describe('sandboxWillAbort', () => {
  it('foresees the abort on Ubuntu 24.04+: namespaces restricted, helper not setuid root, no profile', () => {
    expect(sandboxWillAbort(ubuntu2404)).toBe(true);
  });

  it('is quiet once either remedy is in place', () => {
    const setuid = { ...ubuntu2404.sandboxHelper!, uid: 0, mode: 0o104755 };
    expect(sandboxWillAbort({ ...ubuntu2404, sandboxHelper: setuid })).toBe(false);
    expect(sandboxWillAbort({ ...ubuntu2404, electronHasAppArmorProfile: true })).toBe(false);
  });

  it('a helper that is setuid but not owned by root, or root-owned without setuid, does not count', () => {
    expect(sandboxWillAbort({ ...ubuntu2404, sandboxHelper: { ...ubuntu2404.sandboxHelper!, mode: 0o104755 } })).toBe(
      true,
    );
    expect(sandboxWillAbort({ ...ubuntu2404, sandboxHelper: { ...ubuntu2404.sandboxHelper!, uid: 0 } })).toBe(true);
  });

  it('is quiet where user namespaces are not restricted, off Linux, and before Electron is downloaded', () => {
    expect(sandboxWillAbort({ ...ubuntu2404, restrictUnprivilegedUserns: '0' })).toBe(false);
    expect(sandboxWillAbort({ ...ubuntu2404, restrictUnprivilegedUserns: null })).toBe(false);
    expect(sandboxWillAbort({ ...ubuntu2404, platform: 'darwin' })).toBe(false);
    expect(sandboxWillAbort({ ...ubuntu2404, sandboxHelper: null })).toBe(false);
  });
});

describe('sandboxAdvice', () => {
  it("names both remedies with this checkout's paths", () => {
    const advice = sandboxAdvice(ubuntu2404);
    expect(advice).toContain(
      "sudo chown root:root '/src/hamish/node_modules/electron/dist/chrome-sandbox' && sudo chmod 4755 '/src/hamish/node_modules/electron/dist/chrome-sandbox'",
    );
    expect(advice).toContain(
      "'/src/hamish/node_modules/electron/dist/electron' | sudo tee /etc/apparmor.d/hamish-dev-electron",
    );
    expect(advice).toContain('userns');
  });
});

describe('nodeAdvice', () => {
  it("speaks up only when Electron's installer is about to run on a Node older than it declares", () => {
    expect(nodeAdvice({ nodeVersion: 'v20.19.0', electronInstalled: false })).toContain('Node 22.12 or newer');
    expect(nodeAdvice({ nodeVersion: 'v22.11.9', electronInstalled: false })).not.toBeNull();
    expect(nodeAdvice({ nodeVersion: 'v20.19.0', electronInstalled: true })).toBeNull();
    expect(nodeAdvice({ nodeVersion: 'v22.12.0', electronInstalled: false })).toBeNull();
    expect(nodeAdvice({ nodeVersion: 'v24.1.0', electronInstalled: false })).toBeNull();
  });
});
