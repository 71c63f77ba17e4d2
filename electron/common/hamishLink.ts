// hamish:// links, as the Markdown export writes them (`hamish://read/<article id>` with an
// optional `?at=<start>-<end>`), parsed strictly: the operating system hands us whatever text
// a page or another program put in a link, so anything but exactly this shape is refused.

import { err, ok, type Result } from './result';

export const HAMISH_LINK_SCHEME = 'hamish';

export interface HamishLinkTarget {
  readonly articleId: string;
  /** The highlight's range in the article's canonical text. */
  readonly at?: { readonly start: number; readonly end: number };
}

/** What main sends the renderer for each link it was asked to open. */
export type OpenedLink = { readonly ok: true; readonly target: HamishLinkTarget } | { readonly ok: false };

const MAX_LINK_LENGTH = 512;
/** Article ids are UUIDs (crypto.randomUUID); older or imported ones are short ASCII words. */
const ARTICLE_ID = /^[A-Za-z0-9_-]{1,128}$/;
const RANGE = /^(\d{1,9})-(\d{1,9})$/;

export function parseHamishLink(text: string): Result<HamishLinkTarget, 'malformed'> {
  if (text.length > MAX_LINK_LENGTH) return err('malformed');
  const match = /^hamish:\/\/read\/([^/?#]+)(?:\?at=([^&#]*))?$/i.exec(text);
  if (match === null) return err('malformed');
  let articleId: string;
  try {
    articleId = decodeURIComponent(match[1]!);
  } catch {
    return err('malformed');
  }
  if (!ARTICLE_ID.test(articleId)) return err('malformed');
  if (match[2] === undefined) return ok({ articleId });
  const range = RANGE.exec(match[2]);
  if (range === null) return err('malformed');
  const start = Number(range[1]);
  const end = Number(range[2]);
  return start < end ? ok({ articleId, at: { start, end } }) : err('malformed');
}
