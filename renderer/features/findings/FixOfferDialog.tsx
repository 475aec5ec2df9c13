// After a hand fix: "You changed X to Y here. Apply the same fix at these N other places?"
import { Modal } from '../../components/Modal.js';
import { useT } from '../../i18n/index.js';
import type { FixOffer } from './findings-store.js';
import { useFindingsStore } from './use-findings.js';
import { OccurrenceList, occurrenceKey, useChosenOccurrences } from './OccurrenceList.js';

export function FixOfferDialog({ offer }: { offer: FixOffer }) {
  const { t } = useT();
  const store = useFindingsStore();
  const { chosen, onToggle } = useChosenOccurrences(offer.occurrences);
  const picked = offer.occurrences.filter((o) => chosen.has(occurrenceKey(o)));
  return (
    <Modal title={t('findings.offer.title')} closeLabel={t('findings.offer.dismiss')} onClose={() => store.dismissOffer()} className="fix-offer-dialog">
      <p className="modal-subtitle">{t('findings.offer.body', { from: offer.from, to: offer.to, count: offer.occurrences.length })}</p>
      <OccurrenceList occurrences={offer.occurrences} to={offer.to} chosen={chosen} onToggle={onToggle} />
      <div className="dialog-actions">
        <button
          type="button"
          className="button primary"
          disabled={picked.length === 0}
          onClick={() => void store.applyOffer(offer, picked)}
          data-testid="offer-apply"
        >
          {t('findings.offer.apply', { count: picked.length })}
        </button>
        <button type="button" className="button" onClick={() => store.dismissOffer()}>
          {t('findings.offer.dismiss')}
        </button>
      </div>
    </Modal>
  );
}
