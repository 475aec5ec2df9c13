// Shared assertion: every sentence in exactly one bead, in order; confidences in [0, 1].
import { expect } from 'vitest';
import type { Bead } from '../../shared/align/index.js';

export function checkInvariants(beads: Bead[], n: number, m: number): void {
  let i = 0,
    j = 0;
  for (const b of beads) {
    expect(b.src.length + b.tgt.length).toBeGreaterThan(0);
    for (const x of b.src) expect(x).toBe(i++);
    for (const y of b.tgt) expect(y).toBe(j++);
    expect(b.confidence).toBeGreaterThanOrEqual(0);
    expect(b.confidence).toBeLessThanOrEqual(1);
    expect(Number.isFinite(b.confidence)).toBe(true);
  }
  expect(i).toBe(n);
  expect(j).toBe(m);
}
