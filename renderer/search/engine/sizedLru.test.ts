import { describe, expect, it } from 'vitest';
import { SizedLru } from './sizedLru';

describe('SizedLru', () => {
  it('pushes out the least recently used first, telling of each, and keeps what was just set', () => {
    const evicted: string[] = [];
    const lru = new SizedLru<string>(
      6,
      (value) => value.length,
      (key) => evicted.push(key),
    );
    lru.set('a', 'xx');
    lru.set('b', 'xx');
    lru.set('c', 'xx');
    expect(lru.get('a')).toBe('xx'); // a is now the most recent
    lru.set('d', 'xx');
    expect(evicted).toEqual(['b']);
    expect(lru.peek('b')).toBeUndefined();
    lru.set('e', 'x'.repeat(10)); // larger than everything: all else goes, it stays
    expect(evicted).toEqual(['b', 'c', 'a', 'd']);
    expect(lru.peek('e')).toHaveLength(10);
  });

  it('counts a replaced or deleted value out without telling of an eviction', () => {
    const evicted: string[] = [];
    const lru = new SizedLru<string>(
      4,
      (value) => value.length,
      (key) => evicted.push(key),
    );
    lru.set('a', 'xxxx');
    lru.set('a', 'xx');
    lru.set('b', 'xx');
    lru.delete('a');
    lru.set('c', 'xx');
    expect(evicted).toEqual([]);
    expect([lru.peek('b'), lru.peek('c')]).toEqual(['xx', 'xx']);
  });
});
