import { describe, expect, it } from 'vitest';
import { BrokenAnswerError, checkAnswer } from './checkAnswer';

const DB = 'http://127.0.0.1:5984/hamish';
const bytes = (value: unknown) => new TextEncoder().encode(typeof value === 'string' ? value : JSON.stringify(value));
const doc = (start: number, ids: string[], id = 'h1') => ({
  _id: id,
  _rev: `${start}-${ids[0]}`,
  _revisions: { start, ids },
});

describe('checkAnswer', () => {
  it('takes revision trees that agree with themselves, from _bulk_get and from GET with open_revs', () => {
    const bulk = { results: [{ id: 'h1', docs: [{ ok: doc(2, ['b', 'a']) }, { missing: '3-c' }] }] };
    expect(() => checkAnswer(`${DB}/_bulk_get?revs=true`, bytes(bulk), 200)).not.toThrow();
    const open = [{ ok: doc(2, ['b', 'a']) }, { missing: '1-z' }];
    expect(() =>
      checkAnswer(`${DB}/h1?revs=true&open_revs=${encodeURIComponent('["2-b"]')}`, bytes(open), 200),
    ).not.toThrow();
  });

  it('refuses a tree whose generation, head or ids disagree, or a document under another id, by either route', () => {
    const broken = [
      { ...doc(2, ['b', 'a']), _revisions: { start: 9, ids: ['b', 'a'] } },
      { ...doc(2, ['b', 'a']), _revisions: { start: 1, ids: ['b', 'a'] } },
      { ...doc(2, ['b', 'a']), _rev: '2-x' },
      doc(2, ['B!', 'a']),
      doc(2, ['b', 'a'], 'h2'),
    ];
    for (const bad of broken) {
      const bulk = { results: [{ id: 'h1', docs: [{ ok: bad }] }] };
      expect(() => checkAnswer(`${DB}/_bulk_get?revs=true`, bytes(bulk), 200)).toThrow(BrokenAnswerError);
      expect(() => checkAnswer(`${DB}/h1?open_revs=all`, bytes([{ ok: bad }]), 200)).toThrow(BrokenAnswerError);
    }
  });

  it('refuses answers that are not JSON or not the expected shape, and leaves other requests and errors alone', () => {
    expect(() => checkAnswer(`${DB}/_bulk_get`, bytes('{"results": ['), 200)).toThrow(BrokenAnswerError);
    expect(() => checkAnswer(`${DB}/_bulk_get`, bytes({ results: 3 }), 200)).toThrow(BrokenAnswerError);
    expect(() => checkAnswer(`${DB}/h1?open_revs=all`, bytes({ ok: doc(1, ['a']) }), 200)).toThrow(BrokenAnswerError);
    expect(() => checkAnswer(`${DB}/_changes`, bytes('not json'), 200)).not.toThrow();
    expect(() => checkAnswer(`${DB}/_bulk_get`, bytes('not json'), 500)).not.toThrow();
  });
});
