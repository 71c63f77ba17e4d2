import { describe, expect, it } from 'vitest';
import { piecesOf } from './InlineText';

describe('piecesOf', () => {
  it('cuts at every mark boundary and tells which marks cover each piece', () => {
    const pieces = piecesOf('abcdefgh', [
      { type: 'strong', start: 1, end: 5 },
      { type: 'em', start: 3, end: 7 },
    ]);
    expect(pieces.map((piece) => [piece.start, piece.end, piece.marks.map((mark) => mark.type)])).toEqual([
      [0, 1, []],
      [1, 3, ['strong']],
      [3, 5, ['strong', 'em']],
      [5, 7, ['em']],
      [7, 8, []],
    ]);
  });

  it('clamps marks that reach outside the text', () => {
    const pieces = piecesOf('abc', [{ type: 'code', start: -4, end: 99 }]);
    expect(pieces).toEqual([{ start: 0, end: 3, marks: [{ type: 'code', start: -4, end: 99 }] }]);
  });
});
