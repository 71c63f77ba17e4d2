import { describe, expect, it } from 'vitest';
import { stackTops } from './stackNotes';

describe('stackTops', () => {
  it('leaves notes where their passages are when they do not meet', () => {
    expect(stackTops([0, 100, 300], [30, 30, 30], 8)).toEqual([0, 100, 300]);
  });

  it('moves a note that would overlap the one above just below it, and the next ones after it', () => {
    expect(stackTops([0, 10, 20, 200], [30, 50, 30, 30], 8)).toEqual([0, 38, 96, 200]);
  });

  it('keeps a note on the same line as another below it', () => {
    expect(stackTops([50, 50], [20, 20], 4)).toEqual([50, 74]);
  });

  it('gives nothing for no notes', () => {
    expect(stackTops([], [], 8)).toEqual([]);
  });
});
