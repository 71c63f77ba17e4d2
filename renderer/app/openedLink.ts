// Where a hamish:// link the app was asked to open leads: the article, at the highlight's range
// (the search-hit painter reveals it). Main has already parsed the link strictly; a malformed
// one leads nowhere and is reported. An article that is not (or no longer) in the library gets
// the reader's own "no longer in your library" message.

import type { OpenedLink } from '../../electron/common/hamishLink';
import { hrefFor } from '../shared/route';

export function hrefForOpenedLink(link: OpenedLink): string | null {
  if (!link.ok) return null;
  const { articleId, at } = link.target;
  return hrefFor(at === undefined ? { view: 'reader', articleId } : { view: 'reader', articleId, at });
}
