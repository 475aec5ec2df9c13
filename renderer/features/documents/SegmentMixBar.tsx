// A thin stacked bar of segment languages (en / fr / other / und) and the count of foreign segments.
// SVG geometry goes in attributes, which the CSP allows (inline style would not be).
import type { DocumentSummary } from '../../../shared/api/contract.js';
import { useT } from '../../i18n/index.js';
import { formatPercent } from '../../i18n/format.js';
import { languageName } from '../../i18n/language-names.js';
import { mixParts } from './segment-mix.js';

interface Props {
  doc: DocumentSummary;
  /** Opens the list of foreign segments; absent when there are none (no dead button). */
  onShowForeign?: () => void;
  tabIndex: number;
}

export function SegmentMixBar({ doc, onShowForeign, tabIndex }: Props) {
  const { t, i18n } = useT();
  const parts = mixParts(doc.segmentMix);
  const summary = t('documents.mix.summary', {
    parts: parts
      .map((p) => t('documents.mix.part', { language: languageName(t, i18n.language, p.band), percent: formatPercent(i18n.language, p.share) }))
      .join(', '),
  });
  const foreign = doc.foreignSegments > 0 ? t('documents.mix.foreign', { count: doc.foreignSegments }) : t('documents.mix.noForeign');

  let x = 0;
  const bar = (
    <svg className="mix-bar" viewBox="0 0 100 6" preserveAspectRatio="none" aria-hidden="true" focusable="false">
      {parts.map((p) => {
        const rect = <rect key={p.band} className={`band-${p.band}`} x={x} y={0} width={p.share * 100} height={6} />;
        x += p.share * 100;
        return rect;
      })}
    </svg>
  );
  const count = (
    <span className={`foreign-count ${doc.foreignSegments > 0 ? 'has-foreign' : ''}`} aria-hidden="true">
      {doc.foreignSegments}
    </span>
  );

  if (!onShowForeign || doc.foreignSegments === 0) {
    return (
      <span className="mix" role="img" aria-label={`${summary}. ${foreign}`} title={`${summary}\n${foreign}`}>
        {bar}
        {count}
      </span>
    );
  }
  return (
    <button
      type="button"
      className="mix mix-button"
      tabIndex={tabIndex}
      aria-label={`${summary}. ${foreign}. ${t('documents.mix.show')}`}
      title={`${summary}\n${foreign}`}
      aria-haspopup="dialog"
      onClick={onShowForeign}
    >
      {bar}
      {count}
    </button>
  );
}
