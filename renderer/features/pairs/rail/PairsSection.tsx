// The rail's pairs: the list (open, confirm, reject), "suggest pairs", "make a pair", and the
// documents that are in no pair yet.
import { useCallback, useState } from 'react';
import type { PairSummary } from '../../../../shared/api/contract.js';
import { useT } from '../../../i18n/index.js';
import { useStore, useWorkbench } from '../../../state/use-workbench.js';
import { unpairedDocuments } from '../pair-names.js';
import { MakePairDialog } from './MakePairDialog.js';
import { PairItem } from './PairItem.js';
import { useDecidePair } from '../use-decide-pair.js';

interface Props {
  currentPair: string | null;
  onOpenPair: (id: string) => void;
  onOpenDocument: (id: string) => void;
}

const NO_PAIRS: PairSummary[] = [];

export function PairsSection({ currentPair, onOpenPair, onOpenDocument }: Props) {
  const { t } = useT();
  const store = useStore();
  const pairs = useWorkbench((s) => s.snapshot?.pairs) ?? NO_PAIRS;
  const docs = useWorkbench((s) => s.snapshot?.documents);
  const [making, setMaking] = useState(false);
  // A confirmed pair asks before it is rejected (use-decide-pair.tsx).
  const { decide, dialog } = useDecidePair();
  const onStatus = useCallback(
    (id: string, status: PairSummary['status']) => {
      const pair = pairs.find((p) => p.id === id);
      if (pair) decide(pair, status);
    },
    [pairs, decide],
  );
  const unpaired = unpairedDocuments(docs ?? [], pairs);

  return (
    <section className="rail-pairs" aria-labelledby="rail-pairs-heading">
      <h2 id="rail-pairs-heading" className="rail-pairs-heading">
        {t('rail.pairs')} <span className="count-badge">{pairs.length}</span>
      </h2>
      {pairs.length === 0 ? <p className="hint">{t('rail.noPairs')}</p> : null}
      <ul className="pair-list" aria-label={t('rail.pairsCount', { count: pairs.length })}>
        {pairs.map((p) => (
          <PairItem key={p.id} pair={p} current={p.id === currentPair} onOpen={onOpenPair} onStatus={onStatus} />
        ))}
      </ul>
      <div className="rail-actions">
        <button type="button" className="button small" title={t('rail.suggestHint')} onClick={() => void store.suggestPairs()}>
          {t('rail.suggest')}
        </button>
        <button type="button" className="button small" title={t('rail.makePairHint')} onClick={() => setMaking(true)}>
          {t('rail.makePair')}
        </button>
      </div>
      <h3 className="rail-subheading">{t('rail.unpaired')}</h3>
      {/* "Every document is in a pair" is only true when there are documents. */}
      {(docs?.length ?? 0) === 0 ? (
        <p className="hint">{t('rail.unpairedNoDocuments')}</p>
      ) : unpaired.length === 0 ? (
        <p className="hint">{t('rail.unpairedNone')}</p>
      ) : (
        <ul className="unpaired-list">
          {unpaired.map((d) => (
            <li key={d.id}>
              <button
                type="button"
                className="link-button"
                title={d.name}
                aria-label={t('rail.openDocument', { name: d.name })}
                onClick={() => onOpenDocument(d.id)}
              >
                {d.name}
              </button>
            </li>
          ))}
        </ul>
      )}
      {making ? (
        <MakePairDialog
          docs={docs ?? []}
          onClose={() => setMaking(false)}
          onCreate={(a, b) => {
            setMaking(false);
            void store.createPair(a, b).then((p) => p && onOpenPair(p.id));
          }}
        />
      ) : null}
      {dialog}
    </section>
  );
}
