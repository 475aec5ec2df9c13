// Severity, status and document filters and the sort order (category is chosen with the counts).
import { useId } from 'react';
import { useT } from '../../i18n/index.js';
import { useWorkbench } from '../../state/use-workbench.js';
import { SEVERITIES, STATUSES, type FindingFilters, type FindingSort } from './finding-query.js';
import { severityLabel, statusLabel } from './finding-labels.js';

interface Props {
  filters: FindingFilters;
  sort: FindingSort;
  onFilters: (f: FindingFilters) => void;
  onSort: (s: FindingSort) => void;
}

export function FindingsFilters({ filters, sort, onFilters, onSort }: Props) {
  const { t } = useT();
  const docs = useWorkbench((s) => s.snapshot?.documents) ?? [];
  const ids = { severity: useId(), status: useId(), doc: useId(), sort: useId() };
  return (
    <div className="findings-filters">
      <label className="field" htmlFor={ids.status}>
        <span className="field-label">{t('findings.filters.status')}</span>
        <select
          id={ids.status}
          data-testid="findings-status-filter"
          value={filters.status ?? ''}
          onChange={(e) => onFilters({ ...filters, status: (e.currentTarget.value || null) as FindingFilters['status'] })}
        >
          <option value="">{t('findings.filters.allStatuses')}</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {statusLabel(t, s)}
            </option>
          ))}
          <option value="done">{statusLabel(t, 'done')}</option>
        </select>
      </label>
      <label className="field" htmlFor={ids.severity}>
        <span className="field-label">{t('findings.filters.severity')}</span>
        <select
          id={ids.severity}
          value={filters.severity ?? ''}
          onChange={(e) => onFilters({ ...filters, severity: (e.currentTarget.value || null) as FindingFilters['severity'] })}
        >
          <option value="">{t('findings.filters.allSeverities')}</option>
          {SEVERITIES.map((s) => (
            <option key={s} value={s}>
              {severityLabel(t, s)}
            </option>
          ))}
        </select>
      </label>
      <label className="field" htmlFor={ids.doc}>
        <span className="field-label">{t('findings.filters.document')}</span>
        <select id={ids.doc} value={filters.docId ?? ''} onChange={(e) => onFilters({ ...filters, docId: e.currentTarget.value || null })}>
          <option value="">{t('findings.filters.allDocuments')}</option>
          {docs.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}
            </option>
          ))}
        </select>
      </label>
      <label className="field" htmlFor={ids.sort}>
        <span className="field-label">{t('findings.sort.label')}</span>
        <select id={ids.sort} value={sort} onChange={(e) => onSort(e.currentTarget.value === 'severity' ? 'severity' : 'position')}>
          <option value="position">{t('findings.sort.position')}</option>
          <option value="severity">{t('findings.sort.severity')}</option>
        </select>
      </label>
    </div>
  );
}
