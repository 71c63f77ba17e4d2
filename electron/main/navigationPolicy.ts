// Which navigations of the window's own page are allowed. Everything else is refused by the
// will-navigate handlers (mainWindow.ts, and index.ts for any other web contents).
//
// Electron emits will-navigate for every navigation the page starts itself, and that includes
// `location.reload()`: the "Reload" buttons of the start-up error and of "updated in another
// window" call it. Refusing every will-navigate made those buttons do nothing in the app. A
// reload goes to the page the window already shows, so the one navigation allowed is to the
// app's own index.html (any query and hash) on an origin the window may load from.

/** The page the window loads; other files of the renderer (scripts, images) are never pages. */
const PAGE_PATHS = new Set(['/index.html']);

export function isOwnPage(address: string, origins: readonly string[]): boolean {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return false;
  }
  if (url.username !== '' || url.password !== '' || url.host === '') return false;
  // Not `url.origin`: outside Chromium (which knows app: is a standard scheme) it is "null".
  return origins.includes(`${url.protocol}//${url.host}`) && PAGE_PATHS.has(url.pathname);
}

/** The origins the window's page comes from: app://hamish, and the dev server under `npm run dev`. */
export function pageOrigins(appOrigin: string, devServerUrl: string | undefined): string[] {
  return devServerUrl === undefined ? [appOrigin] : [appOrigin, new URL(devServerUrl).origin];
}
