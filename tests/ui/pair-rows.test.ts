// The Pairs overview's findings column: a pair with a document the checks have not read has no
// count (never a false "0"); sorting puts those rows below every counted one.
import { describe, expect, it } from 'vitest';
import type { PairSummary } from '../../shared/api/contract.js';
import { pairRows, sortPairRows } from '../../renderer/features/pairs/overview/pair-rows.js';

const pair = (id: string, a: string, b: string): PairSummary => ({
  id,
  a,
  b,
  aName: `${a}.txt`,
  bName: `${b}.txt`,
  score: 0.5,
  kind: 'translation',
  status: 'suggested',
  origin: 'auto',
  aligned: null,
});

describe('pairs overview rows', () => {
  const pairs = [pair('p_1', 'd_a', 'd_b'), pair('p_2', 'd_c', 'd_d'), pair('p_3', 'd_e', 'd_f')];
  const open = new Map([
    ['d_a', 2],
    ['d_b', 1],
    ['d_c', 4],
  ]);

  it('counts the open findings of both documents; a pair with an unchecked document has none', () => {
    const rows = pairRows(pairs, open, new Set(['d_d']));
    expect(rows.map((r) => r.findings)).toEqual([3, null, 0]);
  });

  it('while the findings are not loaded, no pair has a count', () => {
    expect(pairRows(pairs, open, 'all').map((r) => r.findings)).toEqual([null, null, null]);
  });

  it('sorted by findings, the unknown counts come last (descending) or first (ascending)', () => {
    const rows = pairRows(pairs, open, new Set(['d_d']));
    expect(sortPairRows(rows, { column: 'findings', direction: 'desc' }, 'en').map((r) => r.pair.id)).toEqual(['p_1', 'p_3', 'p_2']);
    expect(sortPairRows(rows, { column: 'findings', direction: 'asc' }, 'en').map((r) => r.pair.id)).toEqual(['p_2', 'p_3', 'p_1']);
  });
});
