// Column headers: each one a button that sorts by it; aria-sort tells screen readers the order.
import { useT } from '../../i18n/index.js';
import { columnLabel } from './columns.js';
import type { SortColumn, SortState } from './document-query.js';

export function DocumentsTableHeader({ sort, onSort, columns }: { sort: SortState; onSort: (c: SortColumn) => void; columns: readonly SortColumn[] }) {
  const { t } = useT();
  return (
    <div role="rowgroup" className="doc-grid-head">
      <div role="row" className="doc-row doc-row-head" aria-rowindex={1}>
        {columns.map((c) => {
          const label = columnLabel(t, c);
          const sorted = sort.column === c;
          const state = sorted ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none';
          const title = !sorted
            ? t('documents.sortBy', { column: label })
            : sort.direction === 'asc'
              ? t('documents.sortedAscending', { column: label })
              : t('documents.sortedDescending', { column: label });
          return (
            <div key={c} role="columnheader" aria-sort={state} className={`cell cell-head head-${c}`}>
              <button type="button" className="sort-button" title={title} onClick={() => onSort(c)} data-testid={`sort-${c}`}>
                {label}
                <span className="sort-mark" aria-hidden="true">
                  {sorted ? (sort.direction === 'asc' ? '▲' : '▼') : ''}
                </span>
              </button>
            </div>
          );
        })}
      </div>
    </div>
  );
}
