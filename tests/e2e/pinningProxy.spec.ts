// The pinning proxy with Chromium's own network stack, the one Electron's `net` uses when the app
// saves a page (captureNetwork.ts): Chromium is given the proxy as its app session is
// (`socks5://127.0.0.1:<port>`, bypass rules `<-loopback>`), and loads pages through it.
// It shows what the design rests on: Chromium sends the host *name* to the proxy (a name no DNS
// knows still loads), sends 127.0.0.1 and localhost through it too, and so reaches nothing on
// this computer that the proxy refuses. Real servers on 127.0.0.1; one stands for the internet.

import { chromium, expect, test, type Browser } from '@playwright/test';
import {
  internetStandIn,
  startLoopbackServer,
  tableLookup,
  type LoopbackServer,
} from '../../electron/main/captureTestSupport';
import { PINNED_SESSION_PROXY } from '../../electron/main/proxyResolution';
import { startPinningProxy, type PinningProxy } from '../../electron/main/pinningProxy';
import { CHROMIUM_ARGS, chromiumExecutable } from '../support/chromium';

let site: LoopbackServer;
let internal: LoopbackServer;
let sitePort = 0;
let internalPort = 0;
const internalHits: string[] = [];
const lookups: string[] = [];
let proxy: PinningProxy;
let browser: Browser;

test.beforeAll(async () => {
  site = await startLoopbackServer((req, res) => {
    if (req.url === '/to-internal') return res.writeHead(302, { Location: `http://127.0.0.1:${internalPort}/` }).end();
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end('<h1>from the site</h1>');
  });
  internal = await startLoopbackServer((req, res) => {
    internalHits.push(req.url ?? '');
    res.writeHead(200, { 'Content-Type': 'text/html' }).end('<h1>router admin</h1>');
  });
  sitePort = site.port;
  internalPort = internal.port;
  const answers: Record<string, string[]> = {
    'site.hamish.test': ['127.0.0.1'],
    'inside.hamish.test': ['127.0.0.1'],
    localhost: ['127.0.0.1'],
  };
  proxy = await startPinningProxy({
    lookup: tableLookup((hostname) => {
      lookups.push(hostname);
      return answers[hostname];
    }),
    classify: internetStandIn(() => sitePort),
  });
  const executablePath = chromiumExecutable();
  // The switches, not Playwright's `proxy` option (which adds rules of its own): the same rules
  // the app gives its capture session (captureNetwork.ts: PINNED_SESSION_PROXY).
  browser = await chromium.launch({
    args: [
      ...CHROMIUM_ARGS,
      `--proxy-server=${proxy.proxyRules}`,
      `--proxy-bypass-list=${PINNED_SESSION_PROXY.proxyBypassRules}`,
    ],
    ...(executablePath !== undefined ? { executablePath } : {}),
  });
});

test.afterAll(async () => {
  await browser?.close();
  await proxy?.close();
  await Promise.all([site?.close(), internal?.close()]);
});

test('Chromium hands the proxy the host name, and a site on the internet loads', async () => {
  const page = await browser.newPage();
  await page.goto(`http://site.hamish.test:${sitePort}/`);
  await expect(page.getByRole('heading')).toHaveText('from the site');
  expect(lookups).toContain('site.hamish.test');
  await page.close();
});

test('nothing on this computer is reached: by address, as localhost, by a name, or through a redirect', async () => {
  const page = await browser.newPage();
  for (const address of [
    `http://127.0.0.1:${internalPort}/by-address`,
    `http://localhost:${internalPort}/as-localhost`,
    `http://[::1]:${internalPort}/as-ipv6`,
    `http://inside.hamish.test:${internalPort}/by-name`,
    `http://site.hamish.test:${sitePort}/to-internal`,
  ]) {
    const failure = await page.goto(address).then(
      () => null,
      (error: Error) => error.message,
    );
    expect(failure, address).toMatch(/ERR_(SOCKS|PROXY|TUNNEL|CONNECTION)/);
  }
  expect(internalHits).toEqual([]);
  await page.close();
});
