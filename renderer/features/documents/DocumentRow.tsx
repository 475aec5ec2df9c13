// One row of the documents table. Only the active row's controls are in the Tab order, so Tab
// leaves the table instead of walking through thousands of checkboxes.
import { memo } from 'react';
import type { DocumentSummary } from '../../../shared/api/contract.js';
import { DocFindingsCount } from '../findings/DocFindingsCount.js';
import { useT } from '../../i18n/index.js';
import { formatNumber } from '../../i18n/format.js';
import { ConfidenceMeter } from './ConfidenceMeter.js';
import { LanguageBadge } from './LanguageBadge.js';
import { OverrideSelect } from './OverrideSelect.js';
import { SegmentMixBar } from './SegmentMixBar.js';

export interface RowActions {
  open(id: string): void;
  showForeign(id: string): void;
  setReviewed(id: string, reviewed: boolean): void;
  setOverride(id: string, language: string | null): void;
  activate(id: string): void;
}

interface Props {
  doc: DocumentSummary;
  index: number;
  active: boolean;
  actions: RowActions;
}

export const DocumentRow = memo(function DocumentRow({ doc, index, active, actions }: Props) {
  const { t, i18n } = useT();
  const tab = active ? 0 : -1;
  return (
    <div
      role="row"
      className={`doc-row ${active ? 'is-active' : ''} ${doc.reviewed ? 'is-reviewed' : ''}`}
      aria-rowindex={index + 2}
      aria-selected={active}
      tabIndex={tab}
      data-row-id={doc.id}
      data-testid="document-row"
      onFocus={() => actions.activate(doc.id)}
    >
      <div role="gridcell" className="cell cell-name">
        <button type="button" className="link-button doc-name" tabIndex={tab} title={doc.relPath} aria-label={t('documents.open', { name: doc.name })} onClick={() => actions.open(doc.id)}>
          {doc.name}
        </button>
      </div>
      <div role="gridcell" className="cell cell-language">
        <LanguageBadge doc={doc} />
      </div>
      <div role="gridcell" className="cell cell-confidence">
        <ConfidenceMeter value={doc.confidence} />
      </div>
      <div role="gridcell" className="cell cell-mix">
        <SegmentMixBar doc={doc} tabIndex={tab} onShowForeign={() => actions.showForeign(doc.id)} />
      </div>
      <div role="gridcell" className="cell cell-number">
        {formatNumber(i18n.language, doc.words)}
      </div>
      <div role="gridcell" className="cell cell-number">
        {formatNumber(i18n.language, doc.sentences)}
      </div>
      <div role="gridcell" className="cell cell-number cell-findings">
        <DocFindingsCount doc={doc} tabIndex={tab} />
      </div>
      <div role="gridcell" className="cell cell-reviewed">
        <input
          type="checkbox"
          checked={doc.reviewed}
          tabIndex={tab}
          aria-label={t('documents.reviewed.label', { name: doc.name })}
          onChange={(e) => actions.setReviewed(doc.id, e.currentTarget.checked)}
        />
      </div>
      <div role="gridcell" className="cell cell-override">
        <OverrideSelect doc={doc} tabIndex={tab} onChange={(language) => actions.setOverride(doc.id, language)} />
      </div>
    </div>
  );
});
