import { describe, expect, it } from 'vitest';
import { base64Length, planBatches } from '../../renderer/features/import/upload-batches.js';

describe('planBatches', () => {
  it('packs files up to the byte budget and the file count', () => {
    expect(planBatches([3, 3, 3], 8, 10)).toEqual([[0, 1], [2]]);
    expect(planBatches([1, 1, 1, 1, 1], 1000, 2)).toEqual([[0, 1], [2, 3], [4]]);
  });
  it('sends an oversized file alone rather than never', () => {
    expect(planBatches([30, 3], 8, 10)).toEqual([[0], [1]]);
    expect(planBatches([])).toEqual([]);
  });
  it('base64 grows by 4/3, rounded up to whole quads', () => {
    expect([0, 1, 3, 4].map(base64Length)).toEqual([0, 4, 4, 8]);
  });
});
