// The open pair: its two documents, what the highlighting means, and how far the review is.
import { useMemo } from 'react';
import type { AlignmentView } from '../../../shared/api/contract.js';
import { useT } from '../../i18n/index.js';
import { isDoubtful } from './doubtful.js';
import { pairKindLong, pairStatusText } from './pair-names.js';

export function PairHeader({ view }: { view: AlignmentView }) {
  const { t } = useT();
  const { confirmed, doubtful } = useMemo(() => {
    let c = 0;
    let d = 0;
    for (const b of view.beads) {
      if (b.confirmed) c++;
      if (isDoubtful(b)) d++;
    }
    return { confirmed: c, doubtful: d };
  }, [view.beads]);
  return (
    <header className="pair-header">
      <h1 className="pair-title">{t('pair.title', { a: view.src.name, b: view.tgt.name })}</h1>
      <span className={`pair-kind kind-${view.pair.kind}`}>{pairKindLong(t, view.pair.kind)}</span>
      <span className={`pair-status status-${view.pair.status}`}>{pairStatusText(t, view.pair.status)}</span>
      <span className="hint" data-testid="pair-stats">
        {t('pair.statsBeads', { count: view.beads.length })} · {t('pair.statsConfirmed', { count: confirmed })} · {t('pair.statsDoubtful', { count: doubtful })}
      </span>
      <span className="hint pair-mode">{view.pair.kind === 'version' ? t('pair.mode.version') : t('pair.mode.translation')}</span>
    </header>
  );
}
