// Pure filtering and sorting of the documents table, kept out of components so it is unit-tested.
import type { DocumentSummary } from '../../../shared/api/contract.js';

export const SORT_COLUMNS = ['name', 'language', 'confidence', 'mix', 'words', 'sentences', 'findings', 'reviewed', 'override'] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];
export type SortDirection = 'asc' | 'desc';
export interface SortState {
  column: SortColumn;
  direction: SortDirection;
}

export interface DocumentFilters {
  /** Case- and accent-insensitive part of the name or relative path. */
  query: string;
  /** Language in effect, or null for all. */
  language: string | null;
  notReviewed: boolean;
}

export const NO_FILTERS: DocumentFilters = { query: '', language: null, notReviewed: false };
export const DEFAULT_SORT: SortState = { column: 'name', direction: 'asc' };
export const LOW_CONFIDENCE_SORT: SortState = { column: 'confidence', direction: 'asc' };
/** Below this the confidence bar is marked "low" (with text, not only colour). */
export const LOW_CONFIDENCE = 0.6;

export function hasFilters(f: DocumentFilters): boolean {
  return f.query.trim() !== '' || f.language !== null || f.notReviewed;
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

export function filterDocuments(docs: readonly DocumentSummary[], f: DocumentFilters): DocumentSummary[] {
  const q = fold(f.query.trim());
  return docs.filter(
    (d) =>
      (q === '' || fold(d.name).includes(q) || fold(d.relPath).includes(q)) &&
      (f.language === null || d.language === f.language) &&
      (!f.notReviewed || !d.reviewed),
  );
}

/** Share of the document's characters whose segment language differs from the document's (0..1). */
export function foreignShare(d: DocumentSummary): number {
  let total = 0;
  let foreign = 0;
  for (const [lang, chars] of Object.entries(d.segmentMix)) {
    total += chars;
    if (lang !== d.language) foreign += chars;
  }
  return total === 0 ? 0 : foreign / total;
}

type Key = (d: DocumentSummary) => number | string;
// Findings are not part of the summary: their counts come in from the findings panel's data.
const KEYS: Record<Exclude<SortColumn, 'findings'>, Key> = {
  name: (d) => d.name,
  language: (d) => d.language,
  confidence: (d) => d.confidence,
  mix: (d) => d.foreignSegments + foreignShare(d),
  words: (d) => d.words,
  sentences: (d) => d.sentences,
  reviewed: (d) => (d.reviewed ? 1 : 0),
  override: (d) => d.override ?? '',
};

/** Stable sort; ties fall back to the name so the order never jumps between renders. */
export function sortDocuments(
  docs: readonly DocumentSummary[],
  sort: SortState,
  locale: string,
  openFindings: ReadonlyMap<string, number> = new Map(),
): DocumentSummary[] {
  const collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
  const key: Key = sort.column === 'findings' ? (d) => openFindings.get(d.id) ?? 0 : KEYS[sort.column];
  const sign = sort.direction === 'asc' ? 1 : -1;
  const compare = (a: number | string, b: number | string) => (typeof a === 'number' && typeof b === 'number' ? a - b : collator.compare(String(a), String(b)));
  return [...docs].sort((a, b) => sign * compare(key(a), key(b)) || collator.compare(a.name, b.name));
}

/** Next sort state when a column header is activated: same column flips, a new one starts ascending. */
export function nextSort(current: SortState, column: SortColumn): SortState {
  if (current.column === column) return { column, direction: current.direction === 'asc' ? 'desc' : 'asc' };
  return { column, direction: 'asc' };
}

export interface LanguageCount {
  code: string;
  count: number;
}

/** Languages in effect across documents, most frequent first. */
export function languageCounts(docs: readonly DocumentSummary[]): LanguageCount[] {
  const counts = new Map<string, number>();
  for (const d of docs) counts.set(d.language, (counts.get(d.language) ?? 0) + 1);
  return [...counts].map(([code, count]) => ({ code, count })).sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
}
