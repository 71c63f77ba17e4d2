// The reader with what app/ mounts in it: the highlights layer (highlights/) and, when the route
// asks for it, the search hit (search/reveal/). They reach the article's text through the
// surface the reader provides (document/surface.ts); none of them imports another.

import type { ReactNode } from 'react';
import { HighlightLayer } from '../highlights/HighlightLayer';
import { ReaderView } from '../reader/ReaderView';
import { SearchHitPainter } from '../search/reveal/SearchHitPainter';
import type { RevealRange } from '../shared/route';

export function ReaderScreen({ articleId, at }: { articleId: string; at: RevealRange | undefined }): ReactNode {
  return (
    <ReaderView
      articleId={articleId}
      consumers={(article) => (
        <>
          <HighlightLayer article={article} />
          {at !== undefined && <SearchHitPainter at={at} />}
        </>
      )}
    />
  );
}
