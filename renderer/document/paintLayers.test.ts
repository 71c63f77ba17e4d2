// The paint registry and the stylesheet agree: every layer has its ::highlight rule and every
// rule a layer, and the order of what is drawn on top is the one the product wants.

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_COLORS } from '../shared/highlightColors';
import { PAINT_LAYERS, type PaintLayerId } from './paintLayers';

const styles = path.resolve(import.meta.dirname, '../styles/app.css');

describe('PAINT_LAYERS', () => {
  it('has a ::highlight rule in app.css for every layer, and no rule without a layer', async () => {
    const css = await readFile(styles, 'utf8');
    const styled = [...css.matchAll(/::highlight\(([\w-]+)\)/g)].map((match) => match[1]).sort();
    expect(styled).toEqual(
      Object.values(PAINT_LAYERS)
        .map((layer) => layer.name)
        .sort(),
    );
  });

  it('draws colours (in their order) under the marks, and what the user looks for on top', () => {
    const priority = (id: PaintLayerId) => PAINT_LAYERS[id].priority;
    const order: PaintLayerId[] = [...HIGHLIGHT_COLORS, 'note', 'selected', 'searchHit', 'find', 'findCurrent'];
    for (let i = 1; i < order.length; i += 1)
      expect(priority(order[i]!), order[i]).toBeGreaterThan(priority(order[i - 1]!));
    expect(new Set(Object.values(PAINT_LAYERS).map((layer) => layer.name)).size).toBe(order.length);
  });
});
