// Inline editing of one sentence: Enter or Ctrl+Enter saves, Esc cancels (Shift+Enter breaks a line).
import { useEffect, useRef, useState } from 'react';
import { useT } from '../../i18n/index.js';
import { codeSignature, hasInlineCodes } from '../../components/InlineCodes.js';

interface Props {
  text: string;
  number: number;
  onSave: (text: string) => void;
  onCancel: () => void;
}

export function SentenceEditor({ text, number, onSave, onCancel }: Props) {
  const { t } = useT();
  const [value, setValue] = useState(text);
  // Inline codes (tags of an imported file) cannot be deleted or typed: such a change is refused.
  const [codesKept, setCodesKept] = useState(true);
  const ref = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    el.focus();
    el.setSelectionRange(el.value.length, el.value.length);
  }, []);
  return (
    <span className="sentence-editor">
      <textarea
        ref={ref}
        className="sentence-textarea"
        value={value}
        rows={Math.min(8, Math.max(2, Math.ceil(value.length / 70)))}
        aria-label={t('pair.edit.label', { n: number })}
        aria-keyshortcuts="Enter Control+Enter Escape"
        onChange={(e) => {
          const next = e.currentTarget.value;
          const keeps = codeSignature(next) === codeSignature(text);
          setCodesKept(keeps);
          if (keeps) setValue(next);
        }}
        onKeyDown={(e) => {
          // Keys typed here belong to the editor, never to the grid around it.
          e.stopPropagation();
          if (e.key === 'Escape') {
            e.preventDefault();
            onCancel();
          } else if (e.key === 'Enter' && !e.shiftKey && !e.altKey) {
            e.preventDefault();
            if (value !== text) onSave(value);
            else onCancel();
          }
        }}
      />
      <span className="hint sentence-editor-hint">{t('pair.edit.hint')}</span>
      {hasInlineCodes(text) ? (
        <span className={codesKept ? 'hint' : 'error-text'} role={codesKept ? undefined : 'alert'}>
          {t('pair.edit.codes')}
        </span>
      ) : null}
    </span>
  );
}
