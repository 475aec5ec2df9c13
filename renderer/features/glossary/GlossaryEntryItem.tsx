// One glossary entry: kind, headword, the terms per language with their status, note; edit, delete.
import type { GlossaryEntryView } from '../../../shared/api/contract.js';
import { useT } from '../../i18n/index.js';
import { entryTitle, type TermStatus } from './glossary-model.js';
import { kindLabel, languageLabel, termStatusLabel } from './glossary-labels.js';

interface Props {
  entry: GlossaryEntryView;
  onEdit: () => void;
  onDelete: () => void;
}

export function GlossaryEntryItem({ entry, onEdit, onDelete }: Props) {
  const { t } = useT();
  const title = entryTitle(entry);
  return (
    <li className="glossary-entry" data-testid="glossary-entry">
      <div className="glossary-entry-head">
        <span className={`kind-badge kind-${entry.kind}`}>{kindLabel(t, entry.kind)}</span>
        <h3 className="glossary-title">{title}</h3>
        {entry.doNotTranslate ? <span className="dnt-badge">{t('glossary.doNotTranslate')}</span> : null}
        {entry.person ? <span className="hint">{t('glossary.personOf', { person: entry.person })}</span> : null}
        <span className="view-toolbar-spacer" />
        <button type="button" className="button small" aria-label={t('glossary.editEntry', { title })} onClick={onEdit}>
          {t('glossary.edit')}
        </button>
        <button type="button" className="button small" aria-label={t('glossary.deleteEntry', { title })} onClick={onDelete}>
          {t('glossary.delete')}
        </button>
      </div>
      <dl className="glossary-terms">
        {Object.entries(entry.terms).map(([lang, terms]) => (
          <div key={lang} className="glossary-lang">
            <dt>{languageLabel(t, lang)}</dt>
            <dd>
              {terms.map((term, i) => (
                <span key={i} className={`term term-${term.status}`} lang={lang === '*' ? undefined : lang}>
                  <span className="term-text">{term.text}</span>
                  <span className="term-status">{termStatusLabel(t, term.status as TermStatus)}</span>
                </span>
              ))}
            </dd>
          </div>
        ))}
      </dl>
      {entry.note ? <p className="hint glossary-note">{entry.note}</p> : null}
    </li>
  );
}
