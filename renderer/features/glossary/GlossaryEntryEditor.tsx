// Add or edit one entry in a dialog: kind, do-not-translate, person (titles), note, and the terms.
import { useId, useState } from 'react';
import type { GlossaryEntryView } from '../../../shared/api/contract.js';
import { Modal } from '../../components/Modal.js';
import { useT } from '../../i18n/index.js';
import { entryProblems, fromTermRows, KINDS, termRows, type EntryProblem, type GlossaryKind, type TermRow } from './glossary-model.js';
import { kindLabel } from './glossary-labels.js';
import { TermRowsEditor } from './TermRowsEditor.js';

interface Props {
  entry: GlossaryEntryView;
  isNew: boolean;
  onSave: (entry: GlossaryEntryView) => void;
  onClose: () => void;
}

export function GlossaryEntryEditor({ entry, isNew, onSave, onClose }: Props) {
  const { t } = useT();
  const ids = { kind: useId(), person: useId(), note: useId() };
  const [kind, setKind] = useState<GlossaryKind>(entry.kind);
  const [dnt, setDnt] = useState(entry.doNotTranslate ?? false);
  const [person, setPerson] = useState(entry.person ?? '');
  const [note, setNote] = useState(entry.note ?? '');
  const [rows, setRows] = useState<TermRow[]>(() => {
    const r = termRows(entry);
    return r.length ? r : [{ lang: kind === 'name' ? '*' : 'en', text: '', status: 'preferred', note: '' }];
  });
  const [tried, setTried] = useState(false);
  const problems = entryProblems(rows);

  const save = () => {
    setTried(true);
    if (problems.length) return;
    const { doNotTranslate: _d, person: _p, note: _n, ...rest } = entry;
    onSave({
      ...rest,
      kind,
      ...(dnt ? { doNotTranslate: true } : {}),
      ...(person.trim() ? { person: person.trim() } : {}),
      ...(note.trim() ? { note: note.trim() } : {}),
      terms: fromTermRows(rows),
    });
  };

  return (
    <Modal
      title={isNew ? t('glossary.editor.addTitle') : t('glossary.editor.editTitle')}
      closeLabel={t('glossary.editor.cancel')}
      onClose={onClose}
      className="glossary-editor"
    >
      <form
        className="glossary-form"
        onSubmit={(e) => {
          e.preventDefault();
          save();
        }}
      >
        <div className="glossary-form-row">
          <label className="field" htmlFor={ids.kind}>
            <span className="field-label">{t('glossary.editor.kind')}</span>
            <select
              id={ids.kind}
              value={kind}
              onChange={(e) => {
                const next = e.currentTarget.value as GlossaryKind;
                setKind(next);
                // A new entry's "do not translate" follows its kind (names keep their form) until set by hand.
                if (isNew) setDnt(next === 'name');
              }}
            >
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {kindLabel(t, k)}
                </option>
              ))}
            </select>
          </label>
          <label className="check-field">
            <input type="checkbox" checked={dnt} onChange={(e) => setDnt(e.currentTarget.checked)} />
            {t('glossary.doNotTranslate')}
          </label>
        </div>
        {kind === 'title' ? (
          <label className="field" htmlFor={ids.person}>
            <span className="field-label">{t('glossary.editor.person')}</span>
            <input id={ids.person} type="text" value={person} maxLength={200} onChange={(e) => setPerson(e.currentTarget.value)} />
          </label>
        ) : null}
        <TermRowsEditor rows={rows} onRows={setRows} />
        <label className="field" htmlFor={ids.note}>
          <span className="field-label">{t('glossary.editor.entryNote')}</span>
          <input id={ids.note} type="text" value={note} maxLength={2000} onChange={(e) => setNote(e.currentTarget.value)} />
        </label>
        {tried && problems.length ? (
          <ul className="error-text" role="alert">
            {problems.map((p) => (
              <li key={p}>{problemText(t, p)}</li>
            ))}
          </ul>
        ) : null}
        <div className="dialog-actions">
          <button type="submit" className="button primary">
            {t('glossary.editor.save')}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {t('glossary.editor.cancel')}
          </button>
        </div>
      </form>
    </Modal>
  );
}

function problemText(t: ReturnType<typeof useT>['t'], p: EntryProblem): string {
  return p === 'noTerms' ? t('glossary.problems.noTerms') : p === 'badLanguage' ? t('glossary.problems.badLanguage') : t('glossary.problems.noPreferred');
}
