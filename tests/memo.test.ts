import { describe, expect, it } from 'vitest';
import { keptFor } from '../src/memo.js';

describe('keptFor', () => {
  it('makes the value of an owner and key once, and keeps owners and keys apart', () => {
    const cache = new WeakMap<object, Map<string, string>>();
    const made: string[] = [];
    const make = (_owner: object, key: string) => { made.push(key); return `${key}!`; };
    const [a, b] = [{}, {}];
    expect(keptFor(cache, a, 'en', make)).toBe('en!');
    expect(keptFor(cache, a, 'en', make)).toBe('en!');
    expect(keptFor(cache, a, 'fr', make)).toBe('fr!');
    expect(keptFor(cache, b, 'en', make)).toBe('en!');
    expect(made).toEqual(['en', 'fr', 'en']);
  });
});
