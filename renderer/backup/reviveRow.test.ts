import { describe, expect, it } from 'vitest';
import { reviveRow } from './reviveRow';

describe('reviveRow', () => {
  it('leaves rows without type notes alone', () => {
    const row = { id: 'a', tags: ['x'] };
    expect(reviveRow(row)).toEqual({ ok: true, value: row });
  });

  it('accepts the array note typeson puts on every list, and drops $types', () => {
    expect(
      reviveRow({
        id: 'a',
        tags: [],
        doc: { blocks: [{ marks: [] }] },
        $types: {
          tags: 'arrayNonindexKeys',
          'doc.blocks': 'arrayNonindexKeys',
          'doc.blocks.0.marks': 'arrayNonindexKeys',
        },
      }),
    ).toEqual({
      ok: true,
      value: { id: 'a', tags: [], doc: { blocks: [{ marks: [] }] } },
    });
  });

  it('turns "undef" back into undefined, including inside lists and escaped keys', () => {
    const revived = reviveRow({
      a: { 'b.c': 0 },
      list: [0, 1],
      $types: { 'a.b~1c': 'undef', 'list.0': ['undef'], list: 'arrayNonindexKeys' },
    });
    expect(revived.ok).toBe(true);
    const value = (revived as { value: { a: Record<string, unknown>; list: unknown[] } }).value;
    expect(Object.hasOwn(value.a, 'b.c')).toBe(true);
    expect(value.a['b.c']).toBeUndefined();
    expect(value.list).toEqual([undefined, 1]);
  });

  it('turns "blob2" (a stored image) back into a Blob; the row schema decides where one may be', async () => {
    const revived = reviveRow({ id: 'i', blob: { type: 'image/png', data: 'iVBORw==' }, $types: { blob: 'blob2' } });
    expect(revived.ok).toBe(true);
    const blob = (revived as { value: { blob: Blob } }).value.blob;
    expect(blob).toBeInstanceOf(Blob);
    expect(blob.type).toBe('image/png');
    expect([...new Uint8Array(await blob.arrayBuffer())]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  });

  it('refuses types Hamish never stores, notes for missing values, and prototype paths', () => {
    for (const row of [
      { when: 1, $types: { when: 'date' } },
      { data: 'AAAA', $types: { data: 'blob2' } },
      { data: { type: 'image/png', data: '***not base64***' }, $types: { data: 'blob2' } },
      { a: 1, $types: { b: 'undef' } },
      { a: { length: 1, 0: 'x', name: 'y' }, $types: { a: 'arrayNonindexKeys' } },
      { a: 0, $types: { '__proto__.polluted': 'undef' } },
      { a: 0, $types: { '': 'undef' } },
      { a: 0, $types: 'yes' },
      { a: 0, $types: { a: 'undef', 'a.b': '#' } },
    ]) {
      expect(reviveRow(row).ok, JSON.stringify(row)).toBe(false);
    }
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});
