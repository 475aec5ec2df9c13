// One pair in the rail: "000 ⇄ 001 version", its status, and confirm / reject toggles. Long
// names are cut with an ellipsis before the toggles; the full names are in the button's tooltip
// and accessible name.
import { memo } from 'react';
import type { PairSummary } from '../../../../shared/api/contract.js';
import { useT } from '../../../i18n/index.js';
import { pairKindShort, pairStatusText, shortName } from '../pair-names.js';

interface Props {
  pair: PairSummary;
  current: boolean;
  onOpen: (id: string) => void;
  onStatus: (id: string, status: PairSummary['status']) => void;
}

export const PairItem = memo(function PairItem({ pair, current, onOpen, onStatus }: Props) {
  const { t } = useT();
  const a = shortName(pair.aName);
  const b = shortName(pair.bName);
  const names = { a: pair.aName, b: pair.bName };
  const kind = pairKindShort(t, pair.kind);
  const status = pairStatusText(t, pair.status);
  const toggle = (s: PairSummary['status']) => onStatus(pair.id, pair.status === s ? 'suggested' : s);
  return (
    <li className={`pair-item is-${pair.status} ${current ? 'is-current' : ''}`}>
      <button
        type="button"
        className="pair-open"
        aria-current={current ? 'page' : undefined}
        aria-label={t('pairs.open', { ...names, kind, status })}
        title={t('pairs.item', { ...names, kind, status })}
        onClick={() => onOpen(pair.id)}
      >
        <span className="pair-names">
          <span className="pair-name">{a}</span> <span className="pair-arrow" aria-hidden="true">⇄</span> <span className="pair-name">{b}</span>
        </span>
        <span className={`pair-kind kind-${pair.kind}`}>{kind}</span>
        <span className={`pair-status status-${pair.status}`}>{status}</span>
      </button>
      <span className="pair-decide">
        <button type="button" className="icon-button small" aria-pressed={pair.status === 'confirmed'} aria-label={t('pairs.confirm', names)} title={t('pairs.confirm', names)} onClick={() => toggle('confirmed')}>
          <span aria-hidden="true">✓</span>
        </button>
        <button type="button" className="icon-button small" aria-pressed={pair.status === 'rejected'} aria-label={t('pairs.reject', names)} title={t('pairs.reject', names)} onClick={() => toggle('rejected')}>
          <span aria-hidden="true">✕</span>
        </button>
      </span>
    </li>
  );
});
