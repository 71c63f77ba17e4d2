// @vitest-environment jsdom
// The marks drawn from the anchors make the reader keep room beside the text, and the column,
// centred, moves without changing size: nothing reports that move but the marks' own drawing.
// The anchors are measured again once React has drawn them, however late that comes after the
// frame that measured (under load the commit came after a fixed follow-up frame, and a marker
// stayed 14 px off its column after a reload: marginNotes.spec, narrow window).

import { act, useRef } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { HighlightRow, NoteRow } from '../../db/types';
import type { TextSurface } from '../../document/surface';
import { mountTestRoot } from '../../../tests/support/reactRoot';
import type { PlacedHighlight } from '../placeHighlights';
import { useNoteAnchors } from './useNoteAnchors';

const testRoot = mountTestRoot();

/** Frames run only when the test says, so it decides what comes before React's commit. */
let frames: FrameRequestCallback[] = [];
function runFrames() {
  for (let round = 0; round < 10 && frames.length > 0; round += 1) for (const callback of frames.splice(0)) callback(0);
}

const WIDTH = 800;
const ROOM = 28;
const COLUMN = 600;

function rect(left: number, right: number, top = 0, height = 0): DOMRect {
  return { left, right, top, height, width: right - left, bottom: top + height, x: left, y: top } as DOMRect;
}

/** The column is centred in what the reader leaves; a drawn marker makes it keep ROOM at its end. */
function columnRect(): DOMRect {
  const room = testRoot.container.querySelector('.marker') === null ? 0 : ROOM;
  const left = (WIDTH - room - COLUMN) / 2;
  return rect(left, left + COLUMN);
}

const surface = {
  map: { blockCount: 1, rangeFor: () => ({ getClientRects: () => [rect(100, 300, 50, 20)] }) },
  body: { getBoundingClientRect: columnRect },
  visibleRange: () => ({ start: 0, end: 1000 }),
} as unknown as TextSurface;
const places: PlacedHighlight[] = [{ row: { id: 'h1', color: 'yellow' } as HighlightRow, start: 0, end: 10 }];
const notes = new Map([['h1', { text: 'راجع المصدر' } as NoteRow]]);

function Markers() {
  const layer = useRef<HTMLDivElement>(null);
  const { anchors, columnEnd } = useNoteAnchors(surface, places, notes, layer, 'layout');
  return (
    <div ref={layer} data-column-end={columnEnd}>
      {anchors.map((anchor) => (
        <span key={anchor.id} className="marker" />
      ))}
    </div>
  );
}

beforeEach(() => {
  frames = [];
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
  vi.stubGlobal('cancelAnimationFrame', () => {});
  // jsdom has none; the column never changes size here, so it would never call back anyway.
  vi.stubGlobal(
    'ResizeObserver',
    class {
      observe() {}
      disconnect() {}
    },
  );
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue(rect(0, WIDTH));
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('useNoteAnchors', () => {
  it('measures again once the marks are drawn, when React draws them after the frames that measured', async () => {
    act(() => testRoot.root.render(<Markers />));
    // From here React commits in its own task, as in the app, not inside act().
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
    // The first measurement and every frame it asks for, all before React draws the marker.
    runFrames();
    await vi.waitFor(() => expect(testRoot.container.querySelector('.marker')).not.toBeNull(), {
      timeout: 10_000,
    });
    const centred = (WIDTH - COLUMN) / 2 + COLUMN;
    expect(testRoot.container.firstElementChild!.getAttribute('data-column-end')).toBe(String(centred));
    // The marker is drawn and the column has moved by half the room: the anchors follow it.
    await vi.waitFor(
      () => {
        runFrames();
        expect(testRoot.container.firstElementChild!.getAttribute('data-column-end')).toBe(String(centred - ROOM / 2));
      },
      { timeout: 10_000 },
    );
  }, 30_000);
});
