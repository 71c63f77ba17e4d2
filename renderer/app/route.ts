// The app's routes live in the URL hash, which works the same from app://, from a static
// server and from a file opened in a tab.

export type Route = { view: 'library' } | { view: 'reader'; articleId: string };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '');
  const reader = /^\/read\/([^/?#]+)$/.exec(path);
  if (reader !== null) {
    try {
      return { view: 'reader', articleId: decodeURIComponent(reader[1]!) };
    } catch {
      return { view: 'library' };
    }
  }
  return { view: 'library' };
}

export function hrefFor(route: Route): string {
  return route.view === 'reader' ? `#/read/${encodeURIComponent(route.articleId)}` : '#/';
}
