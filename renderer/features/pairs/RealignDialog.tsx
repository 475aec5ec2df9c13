// Asks before realigning: the editor's unconfirmed changes are replaced, confirmed beads are kept.
import { Modal } from '../../components/Modal.js';
import { useT } from '../../i18n/index.js';

export function RealignDialog({ onConfirm, onClose }: { onConfirm: () => void; onClose: () => void }) {
  const { t } = useT();
  return (
    <Modal title={t('pair.realign.title')} closeLabel={t('pair.realign.cancel')} onClose={onClose} className="realign-dialog">
      <p>{t('pair.realign.body')}</p>
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onClose}>
          {t('pair.realign.cancel')}
        </button>
        <button type="button" className="button primary" onClick={onConfirm}>
          {t('pair.realign.confirm')}
        </button>
      </div>
    </Modal>
  );
}
