// "Apply to all N": the preview of every open finding the same fix settles, all checked; the
// chosen ones are fixed in one action (one undo step).
import { useState } from 'react';
import type { FindingView, FixOccurrence } from '../../../shared/api/contract.js';
import { Modal } from '../../components/Modal.js';
import { useT } from '../../i18n/index.js';
import { useFindingsStore } from './use-findings.js';
import { OccurrenceList, occurrenceKey, useChosenOccurrences } from './OccurrenceList.js';

interface Props {
  finding: FindingView;
  suggestion: number;
  occurrences: readonly FixOccurrence[];
  onClose: (applied: number | null) => void;
}

export function ApplyToAllDialog({ finding, suggestion, occurrences, onClose }: Props) {
  const { t } = useT();
  const store = useFindingsStore();
  const to = finding.suggestions[suggestion] ?? '';
  const own = occurrences.find((o) => o.findingId === finding.id);
  const { chosen, onToggle } = useChosenOccurrences(occurrences);
  const [busy, setBusy] = useState(false);
  const picked = occurrences.filter((o) => o === own || chosen.has(occurrenceKey(o)));

  const apply = async () => {
    setBusy(true);
    const ids = picked.map((o) => o.findingId).filter((id): id is string => id !== null);
    const r = await store.applyToAll(finding, suggestion, ids);
    onClose(r ? picked.length : null);
  };

  return (
    <Modal
      title={to === '' ? t('findings.applyAll.titleExclude', { text: finding.text }) : t('findings.applyAll.title', { to })}
      closeLabel={t('findings.applyAll.cancel')}
      onClose={() => onClose(null)}
      className="apply-all-dialog"
    >
      <p className="modal-subtitle">{t('findings.applyAll.body', { count: occurrences.length })}</p>
      <OccurrenceList occurrences={occurrences} to={to} chosen={chosen} lockedKey={own ? occurrenceKey(own) : undefined} onToggle={onToggle} />
      <div className="dialog-actions">
        <button type="button" className="button primary" disabled={busy || picked.length === 0} onClick={() => void apply()} data-testid="apply-all-confirm">
          {t('findings.applyAll.apply', { count: picked.length })}
        </button>
        <button type="button" className="button" onClick={() => onClose(null)}>
          {t('findings.applyAll.cancel')}
        </button>
      </div>
    </Modal>
  );
}
