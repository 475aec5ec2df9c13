// E: the finding's span rewritten by hand, prefilled with the first suggestion. Enter saves, Esc cancels.
import { useEffect, useId, useRef, useState } from 'react';
import type { FindingView } from '../../../shared/api/contract.js';
import { useT } from '../../i18n/index.js';

interface Props {
  finding: FindingView;
  lang: string | undefined;
  onSave: (text: string) => void;
  onCancel: () => void;
}

export function EditForm({ finding, lang, onSave, onCancel }: Props) {
  const { t } = useT();
  const id = useId();
  const ref = useRef<HTMLTextAreaElement>(null);
  const [text, setText] = useState(finding.suggestions[0] ?? finding.text);
  useEffect(() => {
    ref.current?.focus();
    ref.current?.select();
  }, []);
  return (
    <form
      className="finding-form"
      onSubmit={(e) => {
        e.preventDefault();
        onSave(text);
      }}
    >
      <label className="field" htmlFor={id}>
        <span className="field-label">{t('findings.edit.label', { text: finding.text })}</span>
        <textarea
          id={id}
          ref={ref}
          lang={lang}
          rows={Math.min(6, Math.max(1, Math.ceil(text.length / 40)))}
          value={text}
          data-testid="finding-edit-field"
          onChange={(e) => setText(e.currentTarget.value)}
          onKeyDown={(e) => {
            // Enter saves (Shift+Enter keeps a line break); Esc cancels without leaving the view.
            if (e.key === 'Enter' && !e.shiftKey) {
              e.preventDefault();
              onSave(text);
            } else if (e.key === 'Escape') {
              e.preventDefault();
              onCancel();
            }
          }}
        />
      </label>
      <p className="hint">{t('findings.edit.hint')}</p>
      <div className="dialog-actions">
        <button type="submit" className="button primary">
          {t('findings.edit.save')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('findings.edit.cancel')}
        </button>
      </div>
    </form>
  );
}
