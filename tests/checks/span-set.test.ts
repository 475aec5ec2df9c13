// DisjointSpans answers "overlaps an earlier span?" exactly as a scan of every span does,
// including empty spans and spans touching at their ends.
import { describe, expect, it } from 'vitest';
import { DisjointSpans } from '../../shared/checks/util/span-set.js';

describe('DisjointSpans', () => {
  it('agrees with the linear scan on random sequences of questions and additions', () => {
    let seed = 12345;
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) >>> 0;
      return seed % n;
    };
    for (let round = 0; round < 200; round++) {
      const set = new DisjointSpans();
      const naive: Array<[number, number]> = [];
      let added = 0;
      for (let q = 0; q < 80; q++) {
        const s = rnd(100);
        const e = s + (rnd(4) === 0 ? 0 : rnd(8));
        const want = naive.some(([a, b]) => s < b && e > a);
        expect(set.overlaps(s, e)).toBe(want);
        if (!want) {
          set.add(s, e);
          naive.push([s, e]);
          added++;
        }
      }
      expect(added).toBeGreaterThan(1);
    }
  });
});
