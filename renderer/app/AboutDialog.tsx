// "About", opened from the native Help menu in Electron.
import { Modal } from '../components/Modal.js';
import { useT } from '../i18n/index.js';

export function AboutDialog({ onClose }: { onClose: () => void }) {
  const { t } = useT();
  return (
    <Modal title={t('about.title')} closeLabel={t('about.close')} onClose={onClose}>
      <p>{t('about.body')}</p>
    </Modal>
  );
}
