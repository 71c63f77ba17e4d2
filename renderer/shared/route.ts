// The app's routes live in the URL hash, which works the same from app://, from a static
// server and from a file opened in a tab.

/** A range of the article's canonical text to reveal, e.g. a search hit: `#/read/<id>?at=<start>-<end>`. */
export interface RevealRange {
  start: number;
  end: number;
}

export type Route = { view: 'library' } | { view: 'notes' } | { view: 'reader'; articleId: string; at?: RevealRange };

function parseAt(query: string | undefined): RevealRange | undefined {
  const match = /^(\d{1,9})-(\d{1,9})$/.exec(new URLSearchParams(query ?? '').get('at') ?? '');
  if (match === null) return undefined;
  const start = Number(match[1]);
  const end = Number(match[2]);
  return start <= end ? { start, end } : undefined;
}

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '');
  if (path === '/notes') return { view: 'notes' };
  const reader = /^\/read\/([^/?#]+)(?:\?([^#]*))?$/.exec(path);
  if (reader !== null) {
    try {
      const articleId = decodeURIComponent(reader[1]!);
      const at = parseAt(reader[2]);
      return at === undefined ? { view: 'reader', articleId } : { view: 'reader', articleId, at };
    } catch {
      // A malformed address (bad percent-encoding) opens the library, as an unknown one does.
      return { view: 'library' };
    }
  }
  return { view: 'library' };
}

export function hrefFor(route: Route): string {
  if (route.view === 'notes') return '#/notes';
  if (route.view !== 'reader') return '#/';
  const at = route.at === undefined ? '' : `?at=${route.at.start}-${route.at.end}`;
  return `#/read/${encodeURIComponent(route.articleId)}${at}`;
}
