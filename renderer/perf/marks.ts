// Performance marks the benchmarks read (tests/bench). Cheap enough to leave on: one mark
// per article opened, one per find query.

export const ARTICLE_PAINTED_MARK = 'hamish:article-painted';
export const FIND_PAINTED_MARK = 'hamish:find-painted';

/** Marks the first frame painted after the work just committed. */
function markNextPaint(name: string): void {
  requestAnimationFrame(() => {
    // The callback runs before the frame's paint; the next task runs after it.
    setTimeout(() => performance.mark(name), 0);
  });
}

/** Marks the first frame painted after an article's content was committed to the DOM. */
export function markArticlePainted(): void {
  markNextPaint(ARTICLE_PAINTED_MARK);
}

/** Marks the first frame painted after find painted its matches. */
export function markFindPainted(): void {
  markNextPaint(FIND_PAINTED_MARK);
}

export const LIBRARY_PAINTED_MARK = 'hamish:library-painted';

/**
 * Marks the first frame painted after the library list was committed to the DOM, then calls
 * `after` (the library loads its full list only once that frame is out). Returns a cancel.
 */
export function markLibraryPainted(after: () => void = () => {}): () => void {
  let timer = 0;
  const frame = requestAnimationFrame(() => {
    timer = window.setTimeout(() => {
      performance.mark(LIBRARY_PAINTED_MARK);
      after();
    }, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
