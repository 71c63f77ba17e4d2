// What the corpus check watches in every page and frame of a browser context while it imports:
// scripts that ran (the dialog functions every XSS vector calls, and any dialog that opened),
// requests that left 127.0.0.1, and Content Security Policy violations — reported by the
// `securitypolicyviolation` event and, as a second witness, by the console, where Chromium
// logs each refusal. The extraction frame is sandboxed in a process of its own; Playwright's
// init scripts and bindings reach it as they reach any frame.

import type { BrowserContext } from '@playwright/test';

export interface Observations {
  readonly scripts: string[];
  readonly remoteRequests: string[];
  readonly cspReports: string[];
  readonly cspConsole: string[];
}

export async function observe(context: BrowserContext, origin: string): Promise<Observations> {
  const seen: Observations = { scripts: [], remoteRequests: [], cspReports: [], cspConsole: [] };
  await context.exposeBinding('__corpusReport', (_source, kind: string, detail: string) => {
    if (kind === 'script') seen.scripts.push(detail);
    else seen.cspReports.push(detail);
  });
  await context.addInitScript(() => {
    const report = (kind: string, detail: string) => {
      try {
        void (window as unknown as { __corpusReport(kind: string, detail: string): Promise<void> }).__corpusReport(
          kind,
          detail,
        );
      } catch {
        // The binding is missing only if the frame was torn down meanwhile.
      }
    };
    for (const name of ['alert', 'confirm', 'prompt', 'print']) {
      Object.defineProperty(window, name, {
        configurable: false,
        writable: false,
        value: (...args: unknown[]) => report('script', `${name}(${String(args[0])}) in ${location.href}`),
      });
    }
    document.addEventListener(
      'securitypolicyviolation',
      (event) =>
        report(
          'csp',
          `${event.violatedDirective} ${event.blockedURI} in ${event.documentURI} (${event.sample.slice(0, 80)})`,
        ),
      true,
    );
  });
  context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(`${origin}/`) && !url.startsWith('data:') && !url.startsWith('blob:'))
      seen.remoteRequests.push(url);
  });
  context.on('page', (page) => {
    page.on('dialog', (dialog) => {
      seen.scripts.push(`dialog ${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss().catch(() => undefined);
    });
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) seen.cspConsole.push(message.text().slice(0, 200));
    });
  });
  return seen;
}
