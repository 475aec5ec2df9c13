// A hand fix in the Document view: select text (original view), "Replace selection…", type the
// new text. The core may then offer the same fix elsewhere (shown by the offer dialog).
import { useEffect, useId, useRef, useState } from 'react';
import { Modal } from '../../components/Modal.js';
import { useT } from '../../i18n/index.js';
import { selectionOffsets } from './selection-offsets.js';
import { useFindingsStore } from './use-findings.js';

function useDocSelection(): { start: number; end: number } | null {
  const [span, setSpan] = useState<{ start: number; end: number } | null>(null);
  useEffect(() => {
    const onChange = () => {
      const sel = document.getSelection();
      const inText = sel?.anchorNode?.parentElement?.closest('.doc-text') ?? null;
      const next = inText ? selectionOffsets(sel) : null;
      // A click on the button collapses nothing, but keep the last span while the dialog is open.
      setSpan((old) => (next === null && old !== null && document.querySelector('dialog[open]') ? old : next));
    };
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, []);
  return span;
}

export function FixSelection({ docId, text, lang }: { docId: string; text: string; lang: string | undefined }) {
  const { t } = useT();
  const store = useFindingsStore();
  const span = useDocSelection();
  const [editing, setEditing] = useState<{ start: number; end: number } | null>(null);
  const [value, setValue] = useState('');
  const fieldId = useId();
  const field = useRef<HTMLInputElement>(null);
  // The dialog focuses its first control when it opens; the field should have it.
  useEffect(() => {
    if (!editing) return;
    const frame = requestAnimationFrame(() => field.current?.select());
    return () => cancelAnimationFrame(frame);
  }, [editing]);
  const before = editing ? text.slice(editing.start, editing.end) : '';

  return (
    <>
      <button
        type="button"
        className="button small"
        disabled={!span}
        title={span ? undefined : t('findings.fixSelection.hint')}
        data-testid="fix-selection"
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => {
          if (!span) return;
          setEditing(span);
          setValue(text.slice(span.start, span.end));
        }}
      >
        {t('findings.fixSelection.button')}
      </button>
      {editing ? (
        <Modal title={t('findings.fixSelection.title')} closeLabel={t('findings.edit.cancel')} onClose={() => setEditing(null)}>
          <form
            className="finding-form"
            onSubmit={(e) => {
              e.preventDefault();
              const span = editing;
              setEditing(null);
              void store.fixText(docId, span.start, span.end, value);
            }}
          >
            <label className="field" htmlFor={fieldId}>
              <span className="field-label">{t('findings.edit.label', { text: before })}</span>
              <input
                id={fieldId}
                ref={field}
                type="text"
                lang={lang}
                value={value}
                data-testid="fix-selection-field"
                onChange={(e) => setValue(e.currentTarget.value)}
              />
            </label>
            <div className="dialog-actions">
              <button type="submit" className="button primary" disabled={value === before}>
                {t('findings.edit.save')}
              </button>
              <button type="button" className="button" onClick={() => setEditing(null)}>
                {t('findings.edit.cancel')}
              </button>
            </div>
          </form>
        </Modal>
      ) : null}
    </>
  );
}
