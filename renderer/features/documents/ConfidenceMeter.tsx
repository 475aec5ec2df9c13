// Detection confidence: a native <meter> plus the number, so it reads without colour.
import { useT } from '../../i18n/index.js';
import { formatPercent } from '../../i18n/format.js';
import { LOW_CONFIDENCE } from './document-query.js';

export function ConfidenceMeter({ value }: { value: number }) {
  const { t, i18n } = useT();
  const shown = formatPercent(i18n.language, value);
  const low = value < LOW_CONFIDENCE;
  const label = low ? t('documents.confidence.low', { value: shown }) : t('documents.confidence.label', { value: shown });
  return (
    <span className={`confidence ${low ? 'is-low' : ''}`} title={label}>
      <meter min={0} max={1} low={LOW_CONFIDENCE} optimum={1} value={value} aria-label={label} />
      <span className="confidence-number" aria-hidden="true">
        {low ? <span className="low-mark">!</span> : null}
        {shown}
      </span>
    </span>
  );
}
