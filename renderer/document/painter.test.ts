// The surface painter over a stand-in of the CSS Custom Highlight API (Node has none; the real
// one is exercised by tests/e2e/highlightPainter.spec.ts and surface.spec.ts): a layer is in
// CSS.highlights exactly while it holds ranges, with its registry priority, and a newer
// painter's layer replaces an older one's without the older one taking it away again.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSurfacePainter } from './painter';
import { PAINT_LAYERS } from './paintLayers';

class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
}

const registry = new Map<string, FakeHighlight>();
const ranges = new Map<number, AbstractRange>();
/** The same stand-in range object for the same number. */
const range = (id: number) => ranges.get(id) ?? ranges.set(id, { id } as unknown as AbstractRange).get(id)!;

beforeEach(() => {
  registry.clear();
  Object.assign(globalThis, { Highlight: FakeHighlight, CSS: { highlights: registry } });
});

afterEach(() => {
  delete (globalThis as { Highlight?: unknown }).Highlight;
  delete (globalThis as { CSS?: unknown }).CSS;
});

describe('createSurfacePainter', () => {
  it('registers a layer while it holds ranges, with the registry priority', () => {
    const painter = createSurfacePainter();
    const find = painter.layer('find');
    expect(registry.has('hamish-find')).toBe(false);
    find.add(range(1));
    find.add(range(2));
    expect(registry.get('hamish-find')?.size).toBe(2);
    expect(registry.get('hamish-find')?.priority).toBe(PAINT_LAYERS.find.priority);
    find.delete(range(1));
    expect(registry.has('hamish-find')).toBe(true);
    find.delete(range(2));
    expect(registry.has('hamish-find')).toBe(false);
    find.set([range(3)]);
    expect([...registry.get('hamish-find')!]).toEqual([range(3)]);
    find.set([]);
    expect(registry.has('hamish-find')).toBe(false);
  });

  it('gives the same layer object for the same id, and clears all its layers', () => {
    const painter = createSurfacePainter();
    expect(painter.layer('yellow')).toBe(painter.layer('yellow'));
    painter.layer('yellow').add(range(1));
    painter.layer('note').add(range(1));
    expect([...registry.keys()].sort()).toEqual(['hamish-note', 'hamish-yellow']);
    painter.clear();
    expect(registry.size).toBe(0);
  });

  it('lets a newer painter take over a name, and the older one does not remove it', () => {
    const older = createSurfacePainter();
    older.layer('searchHit').add(range(1));
    const newer = createSurfacePainter();
    newer.layer('searchHit').add(range(2));
    expect([...registry.get('hamish-search-hit')!]).toEqual([range(2)]);
    older.clear();
    expect([...registry.get('hamish-search-hit')!]).toEqual([range(2)]);
  });
});
