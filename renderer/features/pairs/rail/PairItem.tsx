// One pair in the rail: "000 ⇄ 001 version", its status, and confirm / reject toggles. Long
// names are cut with an ellipsis before the toggles; the full names are in the button's tooltip
// and accessible name.
import { memo } from 'react';
import type { PairSummary } from '../../../../shared/api/contract.js';
import { useT } from '../../../i18n/index.js';
import { formatNumber, formatPercent } from '../../../i18n/format.js';
import { pairKindShort, pairStatusText, shortName } from '../pair-names.js';
import { PairDecisionButtons } from '../PairDecisionButtons.js';

interface Props {
  pair: PairSummary;
  current: boolean;
  onOpen: (id: string) => void;
  onStatus: (id: string, status: PairSummary['status']) => void;
}

export const PairItem = memo(function PairItem({ pair, current, onOpen, onStatus }: Props) {
  const { t, i18n } = useT();
  const a = shortName(pair.aName);
  const b = shortName(pair.bName);
  const names = { a: pair.aName, b: pair.bName };
  const kind = pairKindShort(t, pair.kind);
  const status = pairStatusText(t, pair.status);
  const lng = i18n.language;
  // Why the pair was suggested: its score and what the two documents share (hand-made pairs
  // and older projects have no evidence: nothing is shown).
  const ev = pair.evidence;
  const shared = ev ? [...ev.names.slice(0, 4), ...ev.numbers.slice(0, 2)] : [];
  const details = ev
    ? [
        t('pairs.score', { value: formatPercent(lng, pair.score) }),
        shared.length ? t('pairs.evidence.shared', { items: [...ev.names, ...ev.numbers].join(', ') }) : t('pairs.evidence.none'),
        ...(ev.linkedSentences !== undefined && ev.sentences
          ? [t('pairs.evidence.linked', { linked: formatNumber(lng, ev.linkedSentences), total: formatNumber(lng, ev.sentences) })]
          : []),
        ...(ev.standsOut !== undefined ? [t('pairs.evidence.standsOut', { ratio: formatNumber(lng, ev.standsOut) })] : []),
      ]
    : [];
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
          <span className="pair-name">{a}</span>{' '}
          <span className="pair-arrow" aria-hidden="true">
            ⇄
          </span>{' '}
          <span className="pair-name">{b}</span>
        </span>
        <span className={`pair-kind kind-${pair.kind}`}>{kind}</span>
        <span className={`pair-status status-${pair.status}`}>{status}</span>
        {ev ? (
          <span className="pair-evidence" title={details.join('\n')}>
            <span className="pair-score">{formatPercent(lng, pair.score)}</span>
            {shared.length ? <span className="pair-shared"> · {shared.join(', ')}</span> : null}
            <span className="sr-only">{details.join('. ')}</span>
          </span>
        ) : null}
      </button>
      <span className="pair-decide">
        <PairDecisionButtons status={pair.status} names={names} className="icon-button small" onDecide={(st) => onStatus(pair.id, st)} />
      </span>
    </li>
  );
});
