import { describe, expect, it } from 'vitest';
import type { DecodedPart } from './partCodec';
import { resolveLeaves, type Leaf } from './resolveLeaves';

function noteVersion(text: string, updatedAt: number, extra: Record<string, unknown> = {}): DecodedPart {
  return {
    table: 'notes',
    key: 'n1',
    part: 'row',
    updatedAt,
    fields: { id: 'n1', articleId: 'a1', highlightId: 'h1', text, createdAt: 1, deletedAt: null, ...extra },
    binary: null,
  };
}

function highlightVersion(color: string, updatedAt: number): DecodedPart {
  return { table: 'highlights', key: 'h1', part: 'row', updatedAt, fields: { id: 'h1', color, deletedAt: null }, binary: null };
}

describe('resolveLeaves', () => {
  it('keeps the newest highlight whichever order the leaves come in, and closes the others', () => {
    const leaves: Leaf[] = [
      { rev: '2-a', part: highlightVersion('green', 20) },
      { rev: '2-b', part: highlightVersion('pink', 30) },
    ];
    for (const order of [leaves, [...leaves].reverse()]) {
      const result = resolveLeaves(order, '2-a');
      expect(result.resolved.fields['color']).toBe('pink');
      expect(result.keepRev).toBe('2-a');
      expect(result.rewrite).toBe(true);
      expect(result.close).toEqual(['2-b']);
    }
    const onWinner = resolveLeaves(leaves, '2-b');
    expect(onWinner).toMatchObject({ keepRev: '2-b', rewrite: false, close: ['2-a'] });
  });

  it('breaks a tie in updatedAt the same way on every device', () => {
    const a: Leaf = { rev: '2-a', part: highlightVersion('green', 20) };
    const b: Leaf = { rev: '2-b', part: highlightVersion('blue', 20) };
    expect(resolveLeaves([a, b], '2-a').resolved.fields['color']).toBe(resolveLeaves([b, a], '2-b').resolved.fields['color']);
  });

  it('keeps both texts of a note edited on two devices: the newer wins, the other waits beside it', () => {
    const result = resolveLeaves(
      [
        { rev: '3-a', part: noteVersion('نص الجهاز الأول', 100) },
        { rev: '3-b', part: noteVersion('text from the second device', 200) },
      ],
      '3-a',
    );
    expect(result.resolved.fields['text']).toBe('text from the second device');
    expect(result.resolved.fields['otherVersions']).toEqual([{ text: 'نص الجهاز الأول', updatedAt: 100 }]);
    expect(result.rewrite).toBe(true);

    // Both devices resolving at once write the same version twice; the next round closes one without change.
    const again = resolveLeaves(
      [
        { rev: '4-x', part: result.resolved },
        { rev: '4-y', part: result.resolved },
      ],
      '4-y',
    );
    expect(again).toMatchObject({ keepRev: '4-y', rewrite: false, close: ['4-x'] });
  });

  it('merges the versions three devices left, and adds nothing for identical texts or deletions', () => {
    const result = resolveLeaves(
      [
        { rev: '2-a', part: noteVersion('one', 10, { otherVersions: [{ text: 'older', updatedAt: 5 }] }) },
        { rev: '2-b', part: noteVersion('two', 30) },
        { rev: '2-c', part: noteVersion('two', 20) },
        { rev: '2-d', part: noteVersion('deleted text', 25, { deletedAt: 25 }) },
      ],
      '2-a',
    );
    expect(result.resolved.fields['text']).toBe('two');
    expect(result.resolved.fields['otherVersions']).toEqual([
      { text: 'older', updatedAt: 5 },
      { text: 'one', updatedAt: 10 },
    ]);
    expect(result.close.sort()).toEqual(['2-b', '2-c', '2-d']);
  });

  it('lets a newer deletion win over an older edit, and a newer edit over an older deletion', () => {
    const edit = noteVersion('edited', 10);
    const deletion = noteVersion('old', 20, { deletedAt: 20 });
    expect(resolveLeaves([{ rev: '2-a', part: edit }, { rev: '2-b', part: deletion }], '2-a').resolved.fields['deletedAt']).toBe(20);
    const laterEdit = noteVersion('edited later', 30);
    expect(
      resolveLeaves([{ rev: '2-a', part: laterEdit }, { rev: '2-b', part: deletion }], '2-b').resolved.fields['deletedAt'],
    ).toBeNull();
  });

  it('adds nothing for a leaf another leaf was written on top of (the same resolution, edited further)', () => {
    const resolved = noteVersion('two', 30, { otherVersions: [{ text: 'one', updatedAt: 10 }] });
    const merged = { ...noteVersion('two\n\none', 40), basis: 'hash-of-resolved' };
    const result = resolveLeaves(
      [
        { rev: '4-a', part: resolved, hash: 'hash-of-resolved' },
        { rev: '5-b', part: merged, hash: 'hash-of-merged' },
      ],
      '4-a',
    );
    expect(result.resolved.fields['text']).toBe('two\n\none');
    expect(result.resolved.fields['otherVersions']).toBeUndefined();
  });
});
