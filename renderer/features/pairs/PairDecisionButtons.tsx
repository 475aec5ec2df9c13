// Confirm / reject toggles of one pair (the rail and the Pairs overview): pressing the active one
// returns the pair to "suggested". The caller decides what a status change does (and whether a
// confirmed pair asks before it is rejected).
import type { PairSummary } from '../../../shared/api/contract.js';
import { useT } from '../../i18n/index.js';

export function PairDecisionButtons(p: {
  status: PairSummary['status'];
  /** Interpolation values naming the pair ({ a, b }) for the buttons' labels. */
  names: Record<string, string>;
  className: string;
  onDecide: (status: PairSummary['status']) => void;
  rejectTestId?: string;
}) {
  const { t } = useT();
  const toggle = (s: PairSummary['status']) => p.onDecide(p.status === s ? 'suggested' : s);
  return (
    <>
      <button
        type="button"
        className={p.className}
        aria-pressed={p.status === 'confirmed'}
        aria-label={t('pairs.confirm', p.names)}
        title={t('pairs.confirm', p.names)}
        onClick={() => toggle('confirmed')}
      >
        <span aria-hidden="true">✓</span>
      </button>
      <button
        type="button"
        className={p.className}
        aria-pressed={p.status === 'rejected'}
        aria-label={t('pairs.reject', p.names)}
        title={t('pairs.reject', p.names)}
        onClick={() => toggle('rejected')}
        {...(p.rejectTestId ? { 'data-testid': p.rejectTestId } : {})}
      >
        <span aria-hidden="true">✕</span>
      </button>
    </>
  );
}
