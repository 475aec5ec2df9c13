// One row of the findings list: severity (shape and word, not colour alone), category, document,
// and the flagged text in a little context. The row is an option of the list box.
import { memo } from 'react';
import type { FindingView } from '../../../shared/api/contract.js';
import { useT } from '../../i18n/index.js';
import { clipContext, showInvisible } from './finding-diff.js';
import { categoryLabel, severityLabel, statusLabel } from './finding-labels.js';

interface Props {
  finding: FindingView;
  selected: boolean;
  lang: string | undefined;
  onSelect: (id: string) => void;
}

export const FindingItem = memo(function FindingItem({ finding: f, selected, lang, onSelect }: Props) {
  const { t } = useT();
  const ctx = clipContext(f.context, 24);
  return (
    <div
      role="option"
      id={`finding-${f.id}`}
      aria-selected={selected}
      tabIndex={selected ? 0 : -1}
      className={`finding-item severity-${f.severity} status-${f.status} ${selected ? 'is-selected' : ''}`}
      data-finding-id={f.id}
      data-testid="finding-item"
      onClick={() => onSelect(f.id)}
    >
      <span className="finding-item-head">
        <span className={`severity-mark severity-${f.severity}`} aria-hidden="true" />
        <span className="sr-only">{severityLabel(t, f.severity)}</span>
        <span className="finding-category">{categoryLabel(t, f.category)}</span>
        <span className="finding-doc">{f.docName}</span>
        {f.status !== 'open' ? <span className={`status-badge status-${f.status}`}>{statusLabel(t, f.status)}</span> : null}
      </span>
      <span className="finding-item-text" lang={lang}>
        <span className="diff-context">{ctx.before}</span>
        <mark className="finding-span">{showInvisible(f.text)}</mark>
        <span className="diff-context">{ctx.after}</span>
      </span>
    </div>
  );
});
