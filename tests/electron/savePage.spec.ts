// Saving a page in the real app: Electron's net, the capture sessions and the pinning proxy
// (captureNetwork.ts), which no other suite can run. Real servers on 127.0.0.1. Here every one of
// them is on this computer, so the page itself needs the user's confirmation (typed as
// `localhost`); the other server stands for a service on this computer that the page's images
// and redirects point at, and it must get no request, whatever the spelling.

import { expect, test } from '@playwright/test';
import { startLoopbackServer, type LoopbackServer } from '../../electron/main/captureTestSupport';
import { readRows } from '../e2e/support/highlightRows';
import { launchHamish, type Launched } from './launch';

const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
const PARAGRAPH =
  'قال الرئيس في مؤتمر صحفي عقده اليوم إن الحكومة ستعمل على تحسين الأوضاع الاقتصادية للمواطنين في الأشهر المقبلة، وإن الخطة تشمل دعم الصناعات الصغيرة.';

let site: LoopbackServer;
let internal: LoopbackServer;
const internalHits: string[] = [];
const siteHits: string[] = [];
let launched: Launched | null = null;

function article(internalPort: number): string {
  return `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>مقالة محلية</title></head>
<body><article><h1>مقالة محلية</h1>
${Array.from({ length: 6 }, () => `<p>${PARAGRAPH}</p>`).join('\n')}
<figure><img src="/photo.png" alt="صورة من الموقع"></figure>
<figure><img src="http://127.0.0.1:${internalPort}/a.png" alt="أ"></figure>
<figure><img src="http://[::1]:${internalPort}/b.png" alt="ب"></figure>
<figure><img src="http://2130706433:${internalPort}/c.png" alt="ج"></figure>
<figure><img src="http://169.254.169.254/latest/meta-data/d.png" alt="د"></figure>
<figure><img src="/redirect-inside.png" alt="هـ"></figure>
</article></body></html>`;
}

test.beforeAll(async () => {
  internal = await startLoopbackServer((req, res) => {
    internalHits.push(req.url ?? '');
    res.writeHead(200, { 'Content-Type': 'image/png' }).end(PNG);
  });
  site = await startLoopbackServer((req, res) => {
    siteHits.push(req.url ?? '');
    if (req.url === '/article.html')
      return res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(article(internal.port));
    if (req.url === '/photo.png') return res.writeHead(200, { 'Content-Type': 'image/png' }).end(PNG);
    if (req.url === '/redirect-inside.png')
      return res.writeHead(302, { Location: `http://127.0.0.1:${internal.port}/e.png` }).end();
    if (req.url === '/to-inside')
      return res.writeHead(302, { Location: `http://127.0.0.1:${internal.port}/page.html` }).end();
    res.writeHead(404).end();
  });
});

test.afterEach(async () => {
  await launched?.app.close();
  launched = null;
});

test.afterAll(async () => {
  await Promise.all([site.close(), internal.close()]);
});

test('a page on this computer is saved only after "Save the page", with its own image and nothing from elsewhere', async () => {
  launched = await launchHamish();
  const { page, hamish } = launched;
  const address = `http://localhost:${site.port}/article.html`;
  await hamish.saveWebPage(address);
  const dialog = page.getByRole('dialog', { name: 'Save a page from your own network?' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(`localhost:${site.port}`);
  await dialog.getByRole('button', { name: 'Save the page' }).click();
  await expect(hamish.importJob(address)).toContainText('Added: “مقالة محلية”');
  await expect(hamish.importJob(address)).toContainText('5 images could not be saved.');
  expect(await readRows(page, 'images')).toHaveLength(1);
  expect(internalHits).toEqual([]);
});

test('declining stores nothing, and the page itself was never asked', async () => {
  launched = await launchHamish();
  siteHits.length = 0;
  const { page, hamish } = launched;
  const address = `http://localhost:${site.port}/article.html`;
  await hamish.saveWebPage(address);
  const dialog = page.getByRole('dialog', { name: 'Save a page from your own network?' });
  await dialog.getByRole('button', { name: 'Don’t save' }).click();
  await expect(hamish.importJob(address)).toHaveAttribute('data-status', 'cancelled');
  expect(await readRows(page, 'images')).toHaveLength(0);
  // Refused by its address before any request, so not even the page was fetched.
  expect(siteHits).toEqual([]);
});

test('a confirmed page that redirects to another service on this computer is not followed', async () => {
  launched = await launchHamish();
  const { page, hamish } = launched;
  const address = `http://localhost:${site.port}/to-inside`;
  await hamish.saveWebPage(address);
  await page
    .getByRole('dialog', { name: 'Save a page from your own network?' })
    .getByRole('button', { name: 'Save the page' })
    .click();
  await expect(hamish.importJob(address)).toHaveAttribute('data-status', 'failed');
  expect(internalHits).toEqual([]);
});
