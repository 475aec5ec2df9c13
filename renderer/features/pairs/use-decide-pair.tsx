// Confirm / reject a pair. Rejecting a pair the editor confirmed asks first (one click on ✕ beside
// ✓ must not undo a decision); the change itself is an undoable history record.
import { useCallback, useState, type ReactNode } from 'react';
import type { PairSummary } from '../../../shared/api/contract.js';
import { Modal } from '../../components/Modal.js';
import { useT } from '../../i18n/index.js';
import { useStore } from '../../state/use-workbench.js';

export function useDecidePair(): { decide: (pair: PairSummary, status: PairSummary['status']) => void; dialog: ReactNode } {
  const { t } = useT();
  const store = useStore();
  const [asking, setAsking] = useState<PairSummary | null>(null);
  const decide = useCallback(
    (pair: PairSummary, status: PairSummary['status']) => {
      if (pair.status === 'confirmed' && status === 'rejected') setAsking(pair);
      else void store.setPairStatus(pair.id, status);
    },
    [store],
  );
  const dialog = asking ? (
    <Modal title={t('pairs.rejectConfirmed.title')} closeLabel={t('pairs.rejectConfirmed.keep')} onClose={() => setAsking(null)} className="reject-pair-dialog">
      <p>{t('pairs.rejectConfirmed.body', { a: asking.aName, b: asking.bName })}</p>
      <div className="dialog-actions">
        <button type="button" className="button" onClick={() => setAsking(null)} data-testid="reject-pair-keep">
          {t('pairs.rejectConfirmed.keep')}
        </button>
        <button
          type="button"
          className="button danger"
          data-testid="reject-pair-confirm"
          onClick={() => {
            const id = asking.id;
            setAsking(null);
            void store.setPairStatus(id, 'rejected');
          }}
        >
          {t('pairs.rejectConfirmed.reject')}
        </button>
      </div>
    </Modal>
  ) : null;
  return { decide, dialog };
}
