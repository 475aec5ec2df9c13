// Asks before realigning: the editor's unconfirmed changes are replaced, confirmed beads are kept.
// The editor may add a bilingual dictionary (hunalign's text format) for this realignment.
import { useState } from 'react';
import { Modal } from '../../components/Modal.js';
import { useT } from '../../i18n/index.js';

export function RealignDialog({ onConfirm, onClose }: { onConfirm: (dictionary?: string) => void; onClose: () => void }) {
  const { t } = useT();
  const [dictionary, setDictionary] = useState<string | undefined>(undefined);
  return (
    <Modal title={t('pair.realign.title')} closeLabel={t('pair.realign.cancel')} onClose={onClose} className="realign-dialog">
      <p>{t('pair.realign.body')}</p>
      <label className="field">
        <span>{t('pair.realign.dictionary')}</span>
        <input
          type="file"
          accept=".txt,.dic,text/plain"
          aria-describedby="realign-dictionary-hint"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            if (!file) setDictionary(undefined);
            else void file.text().then(setDictionary);
          }}
        />
      </label>
      <p className="hint" id="realign-dictionary-hint">
        {t('pair.realign.dictionaryHint')}
      </p>
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onClose}>
          {t('pair.realign.cancel')}
        </button>
        <button type="button" className="button primary" onClick={() => onConfirm(dictionary)}>
          {t('pair.realign.confirm')}
        </button>
      </div>
    </Modal>
  );
}
