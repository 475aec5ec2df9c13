// The editable terms of an entry: one row per term (language, text, status, note), add and remove.
import { useT } from '../../i18n/index.js';
import { TERM_STATUSES, type TermRow } from './glossary-model.js';
import { termStatusLabel } from './glossary-labels.js';

interface Props {
  rows: TermRow[];
  onRows: (rows: TermRow[]) => void;
}

export function TermRowsEditor({ rows, onRows }: Props) {
  const { t } = useT();
  const set = (i: number, patch: Partial<TermRow>) => onRows(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <fieldset className="term-rows">
      <legend>{t('glossary.editor.terms')}</legend>
      <p className="hint">{t('glossary.editor.termsHint')}</p>
      {rows.map((r, i) => (
        <div key={i} className="term-row">
          <input
            type="text"
            className="term-lang"
            value={r.lang}
            maxLength={3}
            aria-label={t('glossary.editor.language', { n: i + 1 })}
            placeholder={t('glossary.editor.languagePlaceholder')}
            onChange={(e) => set(i, { lang: e.currentTarget.value })}
          />
          <input
            type="text"
            className="term-text-input"
            value={r.text}
            aria-label={t('glossary.editor.text', { n: i + 1 })}
            onChange={(e) => set(i, { text: e.currentTarget.value })}
          />
          <select
            value={r.status}
            aria-label={t('glossary.editor.status', { n: i + 1 })}
            onChange={(e) => set(i, { status: e.currentTarget.value as TermRow['status'] })}
          >
            {TERM_STATUSES.map((s) => (
              <option key={s} value={s}>
                {termStatusLabel(t, s)}
              </option>
            ))}
          </select>
          <input
            type="text"
            className="term-note"
            value={r.note}
            aria-label={t('glossary.editor.note', { n: i + 1 })}
            placeholder={t('glossary.editor.notePlaceholder')}
            onChange={(e) => set(i, { note: e.currentTarget.value })}
          />
          <button
            type="button"
            className="icon-button"
            aria-label={t('glossary.editor.removeTerm', { n: i + 1 })}
            title={t('glossary.editor.removeTerm', { n: i + 1 })}
            onClick={() => onRows(rows.filter((_, j) => j !== i))}
          >
            <span aria-hidden="true">×</span>
          </button>
        </div>
      ))}
      <button
        type="button"
        className="button small"
        onClick={() => onRows([...rows, { lang: rows.at(-1)?.lang ?? 'en', text: '', status: 'preferred', note: '' }])}
      >
        {t('glossary.editor.addTerm')}
      </button>
    </fieldset>
  );
}
