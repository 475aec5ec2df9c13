// The main views reachable from the view switcher: one entry (id + label + where it leads) and a
// case in the Workbench's main view.
import type { TFunction } from 'i18next';

export type Route =
  | { view: 'documents' }
  | { view: 'document'; id: string; focusSegment?: number | undefined }
  /** id null: no pair chosen yet (the view says how to choose one). */
  | { view: 'pair'; id: string | null; bead?: number | undefined }
  | { view: 'glossary' }
  | { view: 'search' }
  | { view: 'export' };

export interface ViewEntry {
  id: 'documents' | 'pairs' | 'search' | 'glossary' | 'export';
  label: (t: TFunction) => string;
  /** Routes that belong to this view (for the "current" marker). */
  owns: (r: Route) => boolean;
  /** Where the tab leads; `lastPair` is the pair opened last, if any. */
  target: (lastPair: string | null) => Route;
}

export const VIEWS: readonly ViewEntry[] = [
  { id: 'documents', label: (t) => t('views.documents'), owns: (r) => r.view === 'documents' || r.view === 'document', target: () => ({ view: 'documents' }) },
  // The Pairs tab leads to the overview of every pair (a pair opens from there or the rail).
  { id: 'pairs', label: (t) => t('views.pairs'), owns: (r) => r.view === 'pair', target: () => ({ view: 'pair', id: null }) },
  { id: 'search', label: (t) => t('search.tab'), owns: (r) => r.view === 'search', target: () => ({ view: 'search' }) },
  { id: 'glossary', label: (t) => t('glossary.tab'), owns: (r) => r.view === 'glossary', target: () => ({ view: 'glossary' }) },
  { id: 'export', label: (t) => t('export.tab'), owns: (r) => r.view === 'export', target: () => ({ view: 'export' }) },
];
