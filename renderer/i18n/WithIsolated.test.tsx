// A title inside a translated message is isolated in a <bdi> and stays text.

import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { VALUE_PLACE, WithIsolated } from './WithIsolated';

describe('WithIsolated', () => {
  it('puts the value in a <bdi> where the placeholder was', () => {
    expect(renderToStaticMarkup(<WithIsolated message={`Added: “${VALUE_PLACE}” 2 images`} value="أسواق حلب" />)).toBe(
      'Added: “<bdi>أسواق حلب</bdi>” 2 images',
    );
  });

  it('keeps markup in the value as text', () => {
    expect(renderToStaticMarkup(<WithIsolated message={`«${VALUE_PLACE}»`} value="<b>x</b>" />)).toBe(
      '«<bdi>&lt;b&gt;x&lt;/b&gt;</bdi>»',
    );
  });

  it('shows a message without the placeholder as it is', () => {
    expect(renderToStaticMarkup(<WithIsolated message="plain" value="x" />)).toBe('plain');
  });
});
