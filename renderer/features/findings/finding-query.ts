// Pure filtering, sorting and counting of findings for the panel (unit-tested, no React).
import type { FindingStatus, FindingView } from '../../../shared/api/contract.js';

/** The check engine's fixed vocabulary, in the order the panel lists them (one list, in shared/). */
import { CATEGORIES, type Category } from '../../../shared/checks/types.js';
export { CATEGORIES, type Category };

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = FindingView['severity'];
export const STATUSES: readonly FindingStatus[] = ['open', 'accepted', 'edited', 'rejected'];

export type FindingSort = 'position' | 'severity';

export interface FindingFilters {
  category: string | null;
  severity: Severity | null;
  /** 'done' = accepted or edited (fixed either way). */
  status: FindingStatus | 'done' | null;
  docId: string | null;
}

/** What the panel starts with: the work still to do. */
export const DEFAULT_FINDING_FILTERS: FindingFilters = { category: null, severity: null, status: 'open', docId: null };

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function matchesStatus(f: FindingView, status: FindingFilters['status']): boolean {
  if (status === null) return true;
  if (status === 'done') return f.status === 'accepted' || f.status === 'edited';
  return f.status === status;
}

export function filterFindings(findings: readonly FindingView[], filters: FindingFilters): FindingView[] {
  return findings.filter(
    (f) =>
      (filters.category === null || f.category === filters.category) &&
      (filters.severity === null || f.severity === filters.severity) &&
      (filters.docId === null || f.docId === filters.docId) &&
      matchesStatus(f, filters.status),
  );
}

const byPosition = (a: FindingView, b: FindingView) => (a.docName < b.docName ? -1 : a.docName > b.docName ? 1 : 0) || a.start - b.start || a.end - b.end;

/** Position: document name, then offset. Severity: errors first, position within a severity. Stable. */
export function sortFindings(findings: readonly FindingView[], sort: FindingSort): FindingView[] {
  const out = [...findings];
  if (sort === 'severity') out.sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || byPosition(a, b));
  else out.sort(byPosition);
  return out;
}

export interface CategoryCount {
  category: string;
  open: number;
  total: number;
}

/**
 * Counts per category over the findings the other filters let through (so the numbers next to a
 * category say what choosing it would show). Known categories come first in their fixed order.
 */
export function categoryCounts(findings: readonly FindingView[], filters: FindingFilters): CategoryCount[] {
  const counts = new Map<string, CategoryCount>();
  for (const f of filterFindings(findings, { ...filters, category: null, status: null })) {
    const c = counts.get(f.category) ?? { category: f.category, open: 0, total: 0 };
    c.total++;
    if (f.status === 'open') c.open++;
    counts.set(f.category, c);
  }
  const rank = (c: string) => {
    const i = (CATEGORIES as readonly string[]).indexOf(c);
    return i < 0 ? CATEGORIES.length : i;
  };
  return [...counts.values()].sort((a, b) => rank(a.category) - rank(b.category) || a.category.localeCompare(b.category));
}

/** Open findings per document (the documents table's findings column). */
export function openCountByDoc(findings: readonly FindingView[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const f of findings) if (f.status === 'open') out.set(f.docId, (out.get(f.docId) ?? 0) + 1);
  return out;
}

/** The finding J/K moves to: next/previous in the shown order, clamped; the first when none is selected. */
export function stepFinding(list: readonly FindingView[], currentId: string | null, step: 1 | -1): FindingView | null {
  if (list.length === 0) return null;
  const i = currentId === null ? -1 : list.findIndex((f) => f.id === currentId);
  if (i < 0) return step === 1 ? list[0]! : list[list.length - 1]!;
  return list[Math.min(list.length - 1, Math.max(0, i + step))]!;
}

/**
 * After a decision the finding may leave the filtered list (e.g. "open" only): the one that took its
 * place is selected, so A, A, A walks down the list.
 */
export function successor(before: readonly FindingView[], after: readonly FindingView[], id: string): FindingView | null {
  if (after.some((f) => f.id === id)) return after.find((f) => f.id === id) ?? null;
  const i = before.findIndex((f) => f.id === id);
  if (i < 0) return after[0] ?? null;
  const stillThere = new Set(after.map((f) => f.id));
  for (let j = i + 1; j < before.length; j++) if (stillThere.has(before[j]!.id)) return after.find((f) => f.id === before[j]!.id) ?? null;
  for (let j = i - 1; j >= 0; j--) if (stillThere.has(before[j]!.id)) return after.find((f) => f.id === before[j]!.id) ?? null;
  return null;
}

/**
 * Why the list is empty, never "nothing to fix" for a document the checks have not read: filtered
 * to an unchecked document, or with unchecked documents left, the count is unknown, not 0.
 */
export function emptyListReason(
  data: { findings: readonly unknown[]; unchecked?: readonly string[]; checkedAt: string | null } | null,
  filters: FindingFilters,
): { reason: 'filtered' | 'unchecked' | 'neverRun' | 'none'; count: number } {
  const unchecked = data?.unchecked ?? [];
  if (filters.docId !== null && unchecked.includes(filters.docId)) return { reason: 'unchecked', count: 1 };
  if ((data?.findings.length ?? 0) > 0) return { reason: 'filtered', count: 0 };
  if (unchecked.length > 0) return { reason: 'unchecked', count: unchecked.length };
  return { reason: data?.checkedAt == null ? 'neverRun' : 'none', count: 0 };
}
