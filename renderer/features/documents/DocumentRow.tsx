// One row of the documents table. Only the active row's controls are in the Tab order, so Tab
// leaves the table instead of walking through thousands of checkboxes.
import { memo } from 'react';
import type { DocumentSummary } from '../../../shared/api/contract.js';
import { DocFindingsCount } from '../findings/index.js';
import { useT } from '../../i18n/index.js';
import { formatNumber } from '../../i18n/format.js';
import { ConfidenceMeter } from './ConfidenceMeter.js';
import { LanguageBadge } from './LanguageBadge.js';
import { OverrideSelect } from './OverrideSelect.js';
import { SegmentMixBar } from './SegmentMixBar.js';
import type { SortColumn } from './document-query.js';

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
  /** The columns shown, in order (see columns.ts). */
  columns: readonly SortColumn[];
}

export const DocumentRow = memo(function DocumentRow({ doc, index, active, actions, columns }: Props) {
  const { t, i18n } = useT();
  const tab = active ? 0 : -1;
  const shown = new Set(columns);
  // Columns not shown (narrow window) still say their values, on the name's tooltip.
  const hiddenFacts = [
    shown.has('words') ? null : t('documents.facts.words', { count: doc.words }),
    shown.has('sentences') ? null : t('documents.facts.sentences', { count: doc.sentences }),
  ].filter((x): x is string => x !== null);
  const cell = (c: SortColumn) => {
    switch (c) {
      case 'name':
        return (
          <div key={c} role="gridcell" className="cell cell-name">
            <button
              type="button"
              className="link-button doc-name"
              tabIndex={tab}
              title={[doc.relPath, ...hiddenFacts].join(' · ')}
              aria-label={t('documents.open', { name: doc.name })}
              onClick={() => actions.open(doc.id)}
            >
              {doc.name}
            </button>
          </div>
        );
      case 'language':
        return (
          <div key={c} role="gridcell" className="cell cell-language">
            <LanguageBadge doc={doc} />
          </div>
        );
      case 'confidence':
        return (
          <div key={c} role="gridcell" className="cell cell-confidence">
            <ConfidenceMeter value={doc.confidence} />
          </div>
        );
      case 'mix':
        return (
          <div key={c} role="gridcell" className="cell cell-mix">
            <SegmentMixBar doc={doc} tabIndex={tab} onShowForeign={() => actions.showForeign(doc.id)} />
          </div>
        );
      case 'words':
        return (
          <div key={c} role="gridcell" className="cell cell-number">
            {formatNumber(i18n.language, doc.words)}
          </div>
        );
      case 'sentences':
        return (
          <div key={c} role="gridcell" className="cell cell-number">
            {formatNumber(i18n.language, doc.sentences)}
          </div>
        );
      case 'findings':
        return (
          <div key={c} role="gridcell" className="cell cell-number cell-findings">
            <DocFindingsCount doc={doc} tabIndex={tab} />
          </div>
        );
      case 'reviewed':
        return (
          <div key={c} role="gridcell" className="cell cell-reviewed">
            <input
              type="checkbox"
              checked={doc.reviewed}
              tabIndex={tab}
              aria-label={t('documents.reviewed.label', { name: doc.name })}
              onChange={(e) => actions.setReviewed(doc.id, e.currentTarget.checked)}
            />
          </div>
        );
      case 'override':
        return (
          <div key={c} role="gridcell" className="cell cell-override">
            <OverrideSelect doc={doc} tabIndex={tab} onChange={(language) => actions.setOverride(doc.id, language)} />
          </div>
        );
    }
  };
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
      {columns.map(cell)}
    </div>
  );
});
