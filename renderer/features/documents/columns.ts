// Column order of the documents table; the CSS grid template in documents.css follows the same order.
import type { TFunction } from 'i18next';
import type { SortColumn } from './document-query.js';

export const COLUMNS: readonly SortColumn[] = ['name', 'language', 'confidence', 'mix', 'words', 'sentences', 'findings', 'reviewed', 'override'];

/** Always shown, whatever the width: what an editor decides on. */
export const KEY_COLUMNS: ReadonlySet<SortColumn> = new Set(['name', 'language', 'confidence', 'findings', 'reviewed']);

/** Grid track and its minimum width (rem) per column: the template is built from the shown ones. */
const TRACKS: Record<SortColumn, { track: string; min: number }> = {
  name: { track: 'minmax(9rem, 2.2fr)', min: 9 },
  language: { track: '5.5rem', min: 5.5 },
  confidence: { track: '9rem', min: 9 },
  mix: { track: 'minmax(7rem, 1.3fr)', min: 7 },
  words: { track: '5rem', min: 5 },
  sentences: { track: '6rem', min: 6 },
  findings: { track: '6.5rem', min: 6.5 },
  reviewed: { track: '6rem', min: 6 },
  override: { track: '11rem', min: 11 },
};

/** The editor's choice per optional column (absent: automatic). */
export type ColumnPrefs = Partial<Record<SortColumn, boolean>>;

/** Optional columns, the first to show when there is room. */
const OPTIONAL_ORDER: readonly SortColumn[] = ['words', 'sentences', 'mix', 'override'];

/**
 * The columns shown: key columns always; the others as the editor chose, else while they fit
 * (a narrow table drops optional columns rather than cut headers off).
 */
export function visibleColumns(widthRem: number, prefs: ColumnPrefs): SortColumn[] {
  const shown = new Set<SortColumn>([...KEY_COLUMNS, ...OPTIONAL_ORDER.filter((c) => prefs[c] === true)]);
  // One rem of slack for borders and the vertical scrollbar.
  let used = [...shown].reduce((n, c) => n + TRACKS[c].min, 0) + 1;
  for (const c of OPTIONAL_ORDER) {
    if (prefs[c] !== undefined || shown.has(c)) continue;
    if (used + TRACKS[c].min > widthRem) break;
    shown.add(c);
    used += TRACKS[c].min;
  }
  return COLUMNS.filter((c) => shown.has(c));
}

export function gridTemplate(columns: readonly SortColumn[]): { template: string; minRem: number } {
  return { template: columns.map((c) => TRACKS[c].track).join(' '), minRem: columns.reduce((n, c) => n + TRACKS[c].min, 0) };
}

export function columnLabel(t: TFunction, c: SortColumn): string {
  switch (c) {
    case 'name':
      return t('documents.columns.name');
    case 'language':
      return t('documents.columns.language');
    case 'confidence':
      return t('documents.columns.confidence');
    case 'mix':
      return t('documents.columns.mix');
    case 'words':
      return t('documents.columns.words');
    case 'sentences':
      return t('documents.columns.sentences');
    case 'findings':
      return t('findings.column');
    case 'reviewed':
      return t('documents.columns.reviewed');
    case 'override':
      return t('documents.columns.override');
  }
}
