// Left rail: how many documents there are, the pairs (and unpaired documents), and the filters
// that narrow the documents table.
import { useId } from 'react';
import { useT } from '../i18n/index.js';
import { languageName } from '../i18n/language-names.js';
import { useWorkbench } from '../state/use-workbench.js';
import { PairsSection } from '../features/pairs/rail/PairsSection.js';
import {
  DEFAULT_SORT,
  filterDocuments,
  hasFilters,
  languageCounts,
  LOW_CONFIDENCE_SORT,
  NO_FILTERS,
  type DocumentFilters,
  type SortState,
} from '../features/documents/document-query.js';

export const NAME_FILTER_ID = 'document-name-filter';

interface Props {
  filters: DocumentFilters;
  onFilters: (f: DocumentFilters) => void;
  sort: SortState;
  onSort: (s: SortState) => void;
  currentPair: string | null;
  onOpenPair: (id: string) => void;
  onOpenDocument: (id: string) => void;
}

export function LeftRail({ filters, onFilters, sort, onSort, currentPair, onOpenPair, onOpenDocument }: Props) {
  const { t, i18n } = useT();
  const docs = useWorkbench((s) => s.snapshot?.documents) ?? [];
  const languageId = useId();
  const shown = hasFilters(filters) ? filterDocuments(docs, filters).length : docs.length;
  const lowFirst = sort.column === LOW_CONFIDENCE_SORT.column && sort.direction === LOW_CONFIDENCE_SORT.direction;

  return (
    <nav id="left-rail" className="left-rail" aria-label={t('rail.label')}>
      <h2 className="rail-heading">
        {t('rail.documents')} <span className="count-badge">{docs.length}</span>
      </h2>
      <p className="hint" role="status">
        {hasFilters(filters) ? t('rail.shown', { shown, total: docs.length }) : t('rail.documentsCount', { count: docs.length })}
      </p>

      <PairsSection currentPair={currentPair} onOpenPair={onOpenPair} onOpenDocument={onOpenDocument} />

      <h3 className="rail-subheading">{t('rail.filters')}</h3>
      <label className="field">
        <span className="field-label">{t('rail.nameFilter')}</span>
        <input
          id={NAME_FILTER_ID}
          type="search"
          value={filters.query}
          placeholder={t('rail.nameFilterPlaceholder')}
          aria-keyshortcuts="Control+F"
          onChange={(e) => onFilters({ ...filters, query: e.currentTarget.value })}
        />
      </label>
      <label className="field" htmlFor={languageId}>
        <span className="field-label">{t('rail.language')}</span>
        <select id={languageId} value={filters.language ?? ''} onChange={(e) => onFilters({ ...filters, language: e.currentTarget.value || null })}>
          <option value="">{t('rail.allLanguages')}</option>
          {languageCounts(docs).map(({ code, count }) => (
            <option key={code} value={code}>
              {t('rail.languageOption', { language: languageName(t, i18n.language, code), count })}
            </option>
          ))}
        </select>
      </label>
      <label className="check-field">
        <input type="checkbox" checked={filters.notReviewed} onChange={(e) => onFilters({ ...filters, notReviewed: e.currentTarget.checked })} />
        {t('rail.notReviewed')}
      </label>
      <label className="check-field">
        <input type="checkbox" checked={lowFirst} onChange={(e) => onSort(e.currentTarget.checked ? LOW_CONFIDENCE_SORT : DEFAULT_SORT)} />
        {t('rail.lowConfidenceFirst')}
      </label>
      {hasFilters(filters) ? (
        <button type="button" className="button small" onClick={() => onFilters(NO_FILTERS)}>
          {t('rail.clearFilters')}
        </button>
      ) : null}
    </nav>
  );
}
