// The findings panel's empty list never says "nothing to fix" about a document the checks have
// not read: filtered to such a document, or with such documents left, the count is unknown.
import { describe, expect, it } from 'vitest';
import { DEFAULT_FINDING_FILTERS, emptyListReason } from '../../renderer/features/findings/finding-query.js';

const state = (findings: number, unchecked: string[], checkedAt: string | null = '2026-12-02T06:00:00.000Z') => ({
  findings: Array.from({ length: findings }, () => ({})),
  unchecked,
  checkedAt,
});

describe('why the findings list is empty', () => {
  it('filtered to an unchecked document: not checked (even when other documents have findings)', () => {
    expect(emptyListReason(state(5, ['d_new']), { ...DEFAULT_FINDING_FILTERS, docId: 'd_new' })).toEqual({ reason: 'unchecked', count: 1 });
  });
  it('other filters hide the findings: filtered', () => {
    expect(emptyListReason(state(5, ['d_new']), { ...DEFAULT_FINDING_FILTERS, docId: 'd_old' })).toEqual({ reason: 'filtered', count: 0 });
  });
  it('no findings and documents not checked yet: how many', () => {
    expect(emptyListReason(state(0, ['d_a', 'd_b']), DEFAULT_FINDING_FILTERS)).toEqual({ reason: 'unchecked', count: 2 });
  });
  it('checks never ran, or ran and found nothing', () => {
    expect(emptyListReason(state(0, [], null), DEFAULT_FINDING_FILTERS).reason).toBe('neverRun');
    expect(emptyListReason(state(0, []), DEFAULT_FINDING_FILTERS).reason).toBe('none');
  });
});
