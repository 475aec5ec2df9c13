// "Make a pair": choose the two documents (left column, right column) and create the pair.
import { useId, useState } from 'react';
import type { DocumentSummary } from '../../../../shared/api/contract.js';
import { Modal } from '../../../components/Modal.js';
import { useT } from '../../../i18n/index.js';

interface Props {
  docs: readonly DocumentSummary[];
  onCreate: (a: string, b: string) => void;
  onClose: () => void;
}

export function MakePairDialog({ docs, onCreate, onClose }: Props) {
  const { t } = useT();
  const [a, setA] = useState('');
  const [b, setB] = useState('');
  const firstId = useId();
  const secondId = useId();
  const same = a !== '' && a === b;
  const picker = (id: string, label: string, value: string, set: (v: string) => void) => (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <select id={id} value={value} onChange={(e) => set(e.currentTarget.value)}>
        <option value="">{t('pairs.make.choose')}</option>
        {docs.map((d) => (
          <option key={d.id} value={d.id}>
            {d.name} ({d.language})
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <Modal title={t('pairs.make.title')} closeLabel={t('pairs.make.cancel')} onClose={onClose} className="make-pair-dialog">
      <p className="hint">{t('pairs.make.hint')}</p>
      {picker(firstId, t('pairs.make.first'), a, setA)}
      {picker(secondId, t('pairs.make.second'), b, setB)}
      {same ? (
        <p className="error-text" role="alert">
          {t('pairs.make.same')}
        </p>
      ) : null}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onClose}>
          {t('pairs.make.cancel')}
        </button>
        <button type="button" className="button primary" disabled={!a || !b || same} onClick={() => onCreate(a, b)}>
          {t('pairs.make.create')}
        </button>
      </div>
    </Modal>
  );
}
