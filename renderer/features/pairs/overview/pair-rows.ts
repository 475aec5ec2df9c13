// The Pairs overview's rows: filtered and sorted from the same list the counts come from.
import type { PairSummary } from '../../../../shared/api/contract.js';

export type PairSortColumn = 'names' | 'kind' | 'score' | 'status' | 'beads' | 'doubtful' | 'findings';
export interface PairSort {
  column: PairSortColumn;
  direction: 'asc' | 'desc';
}
export interface PairFilters {
  status: PairSummary['status'] | null;
  kind: PairSummary['kind'] | null;
  query: string;
}
export const NO_PAIR_FILTERS: PairFilters = { status: null, kind: null, query: '' };
export const DEFAULT_PAIR_SORT: PairSort = { column: 'score', direction: 'desc' };

export interface PairRow {
  pair: PairSummary;
  /** Open findings in the two documents; null while one of them has not been checked (never a false 0). */
  findings: number | null;
}

const STATUS_ORDER: Record<PairSummary['status'], number> = { confirmed: 0, suggested: 1, rejected: 2 };

/** `unchecked`: documents the checks have not read (all of them while the findings are not loaded). */
export function pairRows(pairs: readonly PairSummary[], openByDoc: ReadonlyMap<string, number>, unchecked: ReadonlySet<string> | 'all' = new Set()): PairRow[] {
  const known = (id: string) => unchecked !== 'all' && !unchecked.has(id);
  return pairs.map((pair) => ({
    pair,
    findings: known(pair.a) && known(pair.b) ? (openByDoc.get(pair.a) ?? 0) + (openByDoc.get(pair.b) ?? 0) : null,
  }));
}

export function filterPairRows(rows: readonly PairRow[], f: PairFilters): PairRow[] {
  const q = f.query.trim().toLocaleLowerCase();
  return rows.filter(
    ({ pair }) =>
      (!f.status || pair.status === f.status) && (!f.kind || pair.kind === f.kind) && (!q || `${pair.aName} ${pair.bName}`.toLocaleLowerCase().includes(q)),
  );
}

export function sortPairRows(rows: readonly PairRow[], s: PairSort, locale: string): PairRow[] {
  const collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
  const key = (r: PairRow): number | string => {
    switch (s.column) {
      case 'names':
        return `${r.pair.aName}\u0000${r.pair.bName}`;
      case 'kind':
        return r.pair.kind;
      case 'score':
        return r.pair.score;
      case 'status':
        return STATUS_ORDER[r.pair.status];
      case 'beads':
        return r.pair.aligned?.beads ?? -1;
      case 'doubtful':
        return r.pair.aligned?.doubtful ?? -1;
      case 'findings':
        return r.findings ?? -1;
    }
  };
  const dir = s.direction === 'asc' ? 1 : -1;
  return [...rows].sort((x, y) => {
    const a = key(x);
    const b = key(y);
    const c = typeof a === 'number' && typeof b === 'number' ? a - b : collator.compare(String(a), String(b));
    return c * dir || collator.compare(x.pair.aName, y.pair.aName);
  });
}

export function nextPairSort(s: PairSort, column: PairSortColumn): PairSort {
  if (s.column !== column) return { column, direction: column === 'names' || column === 'kind' || column === 'status' ? 'asc' : 'desc' };
  return { column, direction: s.direction === 'asc' ? 'desc' : 'asc' };
}

/** Counts by status, from the same rows the list shows. */
export function statusCounts(rows: readonly PairRow[]): Record<PairSummary['status'], number> {
  const out = { suggested: 0, confirmed: 0, rejected: 0 };
  for (const r of rows) out[r.pair.status]++;
  return out;
}
