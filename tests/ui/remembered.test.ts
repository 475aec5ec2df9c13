import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recall, remember } from '../../renderer/state/remembered.js';

// A Map-backed localStorage for Node.
beforeEach(() => {
  const m = new Map<string, string>();
  (globalThis as { localStorage?: unknown }).localStorage = {
    getItem: (k: string) => m.get(k) ?? null,
    setItem: (k: string, v: string) => void m.set(k, v),
    removeItem: (k: string) => void m.delete(k),
  };
});
afterEach(() => {
  delete (globalThis as { localStorage?: unknown }).localStorage;
});

describe('remembered choices', () => {
  it('come back as saved, over the defaults', () => {
    remember('x', { formats: ['tmx'], scope: 'all', extra: 'a' });
    expect(recall('x', { formats: ['tmx', 'tsv'], scope: 'confirmed', min: '50' })).toEqual({ formats: ['tmx'], scope: 'all', min: '50', extra: 'a' });
  });
  it('a damaged or mistyped value falls back to the default', () => {
    localStorage.setItem('bitext.y', '{not json');
    expect(recall('y', { a: 1 })).toEqual({ a: 1 });
    remember('z', { a: 'one', b: [1], c: { deep: true } });
    expect(recall('z', { a: 1, b: 'x' })).toEqual({ a: 1, b: 'x' });
  });
});
