// Performance marks the benchmarks read (tests/bench). Cheap enough to leave on: one mark
// per article opened.

export const ARTICLE_PAINTED_MARK = 'hamish:article-painted';

/** Marks the first frame painted after an article's content was committed to the DOM. */
export function markArticlePainted(): void {
  requestAnimationFrame(() => {
    // The callback runs before the frame's paint; the next task runs after it.
    setTimeout(() => performance.mark(ARTICLE_PAINTED_MARK), 0);
  });
}

export const LIBRARY_PAINTED_MARK = 'hamish:library-painted';

/** Marks the first frame painted after the library list was committed to the DOM. */
export function markLibraryPainted(): void {
  requestAnimationFrame(() => {
    setTimeout(() => performance.mark(LIBRARY_PAINTED_MARK), 0);
  });
}
