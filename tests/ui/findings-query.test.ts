// Filtering, sorting, counting and stepping through findings (the panel's pure helpers).
import type { Category } from '../../shared/checks/types.js';
import { describe, expect, it } from 'vitest';
import {
  categoryCounts,
  DEFAULT_FINDING_FILTERS,
  filterFindings,
  openCountByDoc,
  sortFindings,
  stepFinding,
  successor,
  type FindingFilters,
} from '../../renderer/features/findings/finding-query.js';
import { finding } from './findings-fixtures.js';

const ALL: FindingFilters = { category: null, severity: null, status: null, docId: null };

const a1 = finding({ docId: 'd_a', docName: 'a.txt', start: 50, severity: 'info', category: 'spelling' });
const a2 = finding({ docId: 'd_a', docName: 'a.txt', start: 10, severity: 'error', category: 'name-translation' });
const b1 = finding({ docId: 'd_b', docName: 'b.txt', start: 5, severity: 'warning', category: 'quotes', status: 'accepted' });
const b2 = finding({ docId: 'd_b', docName: 'b.txt', start: 7, severity: 'error', category: 'quotes', status: 'rejected' });
const b3 = finding({ docId: 'd_b', docName: 'b.txt', start: 9, severity: 'warning', category: 'newfangled' as Category, status: 'edited' }); // from a newer engine
const list = [a1, a2, b1, b2, b3];
const ids = (xs: { id: string }[]) => xs.map((x) => x.id);

describe('filterFindings', () => {
  it('starts with the open findings only', () => {
    expect(ids(filterFindings(list, DEFAULT_FINDING_FILTERS))).toEqual(ids([a1, a2]));
  });
  it('filters by category, severity, document and status together', () => {
    expect(ids(filterFindings(list, { ...ALL, category: 'quotes' }))).toEqual(ids([b1, b2]));
    expect(ids(filterFindings(list, { ...ALL, severity: 'error' }))).toEqual(ids([a2, b2]));
    expect(ids(filterFindings(list, { ...ALL, docId: 'd_b', severity: 'warning' }))).toEqual(ids([b1, b3]));
    expect(ids(filterFindings(list, { ...ALL, status: 'rejected' }))).toEqual(ids([b2]));
  });
  it('"done" means accepted or edited', () => {
    expect(ids(filterFindings(list, { ...ALL, status: 'done' }))).toEqual(ids([b1, b3]));
  });
});

describe('sortFindings', () => {
  it('by position: document name, then offset', () => {
    expect(ids(sortFindings(list, 'position'))).toEqual(ids([a2, a1, b1, b2, b3]));
  });
  it('by severity: errors first, position within a severity', () => {
    expect(ids(sortFindings(list, 'severity'))).toEqual(ids([a2, b2, b1, b3, a1]));
  });
  it('does not change its input', () => {
    const copy = [...list];
    sortFindings(list, 'severity');
    expect(list).toEqual(copy);
  });
});

describe('categoryCounts', () => {
  it('counts open and total per category, known categories in their fixed order, unknown last', () => {
    expect(categoryCounts(list, DEFAULT_FINDING_FILTERS)).toEqual([
      { category: 'name-translation', open: 1, total: 1 },
      { category: 'quotes', open: 0, total: 2 },
      { category: 'spelling', open: 1, total: 1 },
      { category: 'newfangled', open: 0, total: 1 },
    ]);
  });
  it('follows the other filters (document, severity) but not category or status', () => {
    expect(categoryCounts(list, { ...DEFAULT_FINDING_FILTERS, category: 'spelling', docId: 'd_b' })).toEqual([
      { category: 'quotes', open: 0, total: 2 },
      { category: 'newfangled', open: 0, total: 1 },
    ]);
  });
});

describe('openCountByDoc', () => {
  it('counts only open findings', () => {
    expect([...openCountByDoc(list)]).toEqual([['d_a', 2]]);
  });
});

describe('stepFinding (J / K)', () => {
  const shown = [a2, a1, b1];
  it('starts at the first (J) or the last (K) when nothing is selected', () => {
    expect(stepFinding(shown, null, 1)).toBe(a2);
    expect(stepFinding(shown, null, -1)).toBe(b1);
  });
  it('moves and stops at the ends', () => {
    expect(stepFinding(shown, a2.id, 1)).toBe(a1);
    expect(stepFinding(shown, a1.id, -1)).toBe(a2);
    expect(stepFinding(shown, b1.id, 1)).toBe(b1);
    expect(stepFinding(shown, a2.id, -1)).toBe(a2);
  });
  it('has nothing to move to in an empty list', () => {
    expect(stepFinding([], null, 1)).toBeNull();
  });
});

describe('successor (after a decision)', () => {
  it('keeps the finding when it is still listed', () => {
    expect(successor([a2, a1], [a2, a1], a1.id)).toBe(a1);
  });
  it('takes the next one still listed, else the previous one', () => {
    expect(successor([a2, a1, b1], [a2, b1], a1.id)).toBe(b1);
    expect(successor([a2, a1, b1], [a2, a1], b1.id)).toBe(a1);
    expect(successor([a2], [], a2.id)).toBeNull();
  });
});
