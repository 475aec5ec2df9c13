// The main views reachable from the view switcher. Later stages add pairs, glossary and export
// here: one entry (id + label) and a case in MainView.
import type { TFunction } from 'i18next';

export type Route = { view: 'documents' } | { view: 'document'; id: string; focusSegment?: number | undefined };

export interface ViewEntry {
  id: 'documents';
  label: (t: TFunction) => string;
  /** Routes that belong to this view (for the "current" marker). */
  owns: (r: Route) => boolean;
}

export const VIEWS: readonly ViewEntry[] = [
  { id: 'documents', label: (t) => t('views.documents'), owns: (r) => r.view === 'documents' || r.view === 'document' },
];
