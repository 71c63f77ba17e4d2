// The text surface: what the reader gives everything that draws on or points into an article
// (highlights, find, the search hit, note markers, progress, and later margin notes and
// review). One offset map, one painter, and the reader's own sense of place — provided through
// a React context to consumers that app/ mounts inside the reader, so none of them reaches
// for the DOM on its own or needs the reader's internals.

import { createContext, useContext } from 'react';
import type { ArticleDoc } from '../article/types';
import type { SurfacePainter } from './painter';
import type { ReadingPosition } from './readingPosition';
import type { TextMap } from './textMap';

export interface TextSpan {
  readonly start: number;
  readonly end: number;
}

export interface TextSurface {
  readonly doc: ArticleDoc;
  /** The article's canonical text: every offset points into it. */
  readonly canonical: string;
  /** Offsets ⇄ DOM over the current rendering (document/textMap.ts). */
  readonly map: TextMap;
  /** The element holding the rendered blocks. */
  readonly body: HTMLElement;
  /** The one painter of this rendering, with the shared priorities (document/paintLayers.ts). */
  readonly painter: SurfacePainter;
  /** Scrolls so the block holding `offset` starts at the top of the text area. */
  goTo(offset: number): void;
  /** Brings [start, end) into view, in the middle of the text area when it was off screen. */
  reveal(start: number, end: number): void;
  /** The canonical span on screen now: the first visible block's start to the last one's end. */
  visibleRange(): TextSpan;
  /** Where the reader is, as last measured while scrolling (null before the first measurement). */
  readingPosition(): ReadingPosition | null;
  /** Top of the text area in client pixels: below the reader's toolbar. */
  textTop(): number;
  /** Where a consumer may put its toolbar controls (a portal target); null until rendered. */
  readonly toolbar: HTMLElement | null;
}

export const SurfaceContext = createContext<TextSurface | null>(null);

/** The surface of the article this component is mounted in; null until it is rendered. */
export function useSurface(): TextSurface | null {
  return useContext(SurfaceContext);
}
