// The bookkeeping's stored shapes: what round-trips, what stays as it was, and what a value
// that does not fit reads as (never a throw).

import { describe, expect, it } from 'vitest';
import {
  decodePart,
  decodeRow,
  encodePart,
  partFromVersion2,
  partKey,
  rowFromVersion2,
  rowOfKey,
} from './bookkeepingCodec';
import { toHex } from '../crypto/bytes';
import type { PartState } from './syncStore';

const ID = `h${'0123456789abcdef'.repeat(2)}`;
const HASH = 'f0'.repeat(32);

describe('part states', () => {
  it('keys a document id as its 16 bytes; any other id stays a string', () => {
    const key = partKey(ID);
    expect(key).toBeInstanceOf(Uint8Array);
    expect(`h${toHex(key as Uint8Array)}`).toBe(ID);
    for (const other of ['h0123', `H${ID.slice(1)}`, `h${'A'.repeat(32)}`, 'hamish-keys']) {
      expect(partKey(other)).toBe(other);
    }
  });

  it('stores the hash as 32 bytes and no id, and reads the same state back', () => {
    const state: PartState = { docId: ID, rowKey: 'notes/n1', rev: '3-abc', hash: HASH, updatedAt: 9 };
    const stored = encodePart(state);
    expect(stored).toEqual({ rowKey: 'notes/n1', rev: '3-abc', hash: expect.any(Uint8Array), updatedAt: 9 });
    expect((stored.hash as Uint8Array).length).toBe(32);
    expect(decodePart(ID, stored)).toEqual(state);
    const { updatedAt: _updatedAt, ...withoutTime } = state;
    expect(decodePart(ID, encodePart(withoutTime))).toEqual(withoutTime);
  });

  it('keeps the markers as text', () => {
    for (const hash of ['deleted', 'stale']) {
      const state: PartState = { docId: ID, rowKey: 'notes/n1', rev: '2-b', hash };
      expect(encodePart(state).hash).toBe(hash);
      expect(decodePart(ID, encodePart(state))).toEqual(state);
    }
  });

  it('reads a value that is not a part’s as unknown', () => {
    for (const value of [undefined, null, 42, 'text', {}, { rowKey: 'notes/n1', rev: 1, hash: HASH }]) {
      expect(decodePart(ID, value)).toBeUndefined();
    }
    expect(decodePart(ID, { rowKey: 'notes/n1', rev: '1-a', hash: new Uint8Array(5) })).toBeUndefined();
    expect(decodePart(ID, { rowKey: 'notes/n1', rev: '1-a', hash: HASH, updatedAt: 'x' })).toEqual({
      docId: ID,
      rowKey: 'notes/n1',
      rev: '1-a',
      hash: HASH,
    });
  });

  it('converts version 2’s values, and keeps one that is not a part’s as it was', () => {
    const old = { docId: ID, rowKey: 'notes/n1', part: 'row', rev: '1-a', hash: HASH, updatedAt: 4 };
    expect(decodePart(ID, partFromVersion2(old))).toEqual({
      docId: ID,
      rowKey: 'notes/n1',
      rev: '1-a',
      hash: HASH,
      updatedAt: 4,
    });
    expect(partFromVersion2('junk')).toBe('junk');
    expect(partFromVersion2({ docId: ID, hash: 3 })).toEqual({ hash: 3 });
  });
});

describe('row states', () => {
  it('derives the table and key from the rowKey, at its first slash', () => {
    expect(rowOfKey('settings/reader/font')).toEqual({ table: 'settings', key: 'reader/font' });
    expect(decodeRow('notes/n1', 5)).toEqual({ rowKey: 'notes/n1', table: 'notes', key: 'n1', updatedAt: 5 });
    expect(decodeRow('notes/n1', null)).toEqual({ rowKey: 'notes/n1', table: 'notes', key: 'n1', updatedAt: null });
    expect(decodeRow('notes/n1', undefined)).toBeUndefined();
  });

  it('passes over a key that names no synced table', () => {
    for (const rowKey of ['notes', 'windows/w1', '/n1', '']) {
      expect(rowOfKey(rowKey)).toBeNull();
      expect(decodeRow(rowKey, 5)).toBeUndefined();
    }
  });

  it('reads a time that is not one as -1, so the row’s parts are compared again', () => {
    for (const value of ['5', {}, true]) expect(decodeRow('notes/n1', value)?.updatedAt).toBe(-1);
    expect(rowFromVersion2({ rowKey: 'notes/n1', table: 'notes', key: 'n1', updatedAt: 5 })).toBe(5);
    expect(rowFromVersion2({ rowKey: 'notes/n1', updatedAt: null })).toBeNull();
    for (const value of ['junk', null, { updatedAt: 'soon' }]) expect(rowFromVersion2(value)).toBe(-1);
  });
});
