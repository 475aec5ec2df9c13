// "Columns ▾": the optional columns of the documents table, each shown or hidden by the editor
// (the key columns cannot be hidden). A disclosure, so it works by keyboard without a popup library.
import { useT } from '../../i18n/index.js';
import { COLUMNS, KEY_COLUMNS, columnLabel, type ColumnPrefs } from './columns.js';
import type { SortColumn } from './document-query.js';

export function ColumnsMenu({
  columns,
  prefs,
  onShown,
}: {
  columns: readonly SortColumn[];
  prefs: ColumnPrefs;
  onShown: (c: SortColumn, shown: boolean) => void;
}) {
  const { t } = useT();
  const shown = new Set(columns);
  return (
    <details className="columns-menu">
      <summary className="button" data-testid="columns-menu">
        {t('documents.columnsMenu.button')}
      </summary>
      <div className="columns-menu-body" role="group" aria-label={t('documents.columnsMenu.title')}>
        <p className="hint">{t('documents.columnsMenu.hint')}</p>
        {COLUMNS.filter((c) => !KEY_COLUMNS.has(c)).map((c) => (
          <label key={c} className="check-field">
            <input type="checkbox" checked={shown.has(c)} onChange={(e) => onShown(c, e.currentTarget.checked)} />
            {columnLabel(t, c)}
            {prefs[c] === undefined ? <span className="hint">{t('documents.columnsMenu.auto')}</span> : null}
          </label>
        ))}
      </div>
    </details>
  );
}
