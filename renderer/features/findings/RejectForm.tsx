// R: reject, with an optional reason and "never raise this check on this text again".
import { useEffect, useId, useRef, useState } from 'react';
import type { FindingView } from '../../../shared/api/contract.js';
import { useT } from '../../i18n/index.js';

interface Props {
  finding: FindingView;
  onReject: (reason: string, ignorePattern: boolean) => void;
  onCancel: () => void;
}

export function RejectForm({ finding, onReject, onCancel }: Props) {
  const { t } = useT();
  const id = useId();
  const ref = useRef<HTMLInputElement>(null);
  const [reason, setReason] = useState('');
  const [ignore, setIgnore] = useState(false);
  useEffect(() => ref.current?.focus(), []);
  return (
    <form
      className="finding-form"
      onSubmit={(e) => {
        e.preventDefault();
        onReject(reason, ignore);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onCancel();
        }
      }}
    >
      <label className="field" htmlFor={id}>
        <span className="field-label">{t('findings.reject.reason')}</span>
        <input
          id={id}
          ref={ref}
          type="text"
          maxLength={500}
          value={reason}
          placeholder={t('findings.reject.reasonPlaceholder')}
          onChange={(e) => setReason(e.currentTarget.value)}
        />
      </label>
      <label className="check-field">
        <input type="checkbox" checked={ignore} onChange={(e) => setIgnore(e.currentTarget.checked)} />
        {t('findings.reject.ignore', { text: finding.text })}
      </label>
      <div className="dialog-actions">
        <button type="submit" className="button primary">
          {t('findings.reject.confirm')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('findings.reject.cancel')}
        </button>
      </div>
    </form>
  );
}
