// The Documents view: import actions and results, then the table (or what to do when it is empty).
import { useCallback, useMemo, useRef, useState } from 'react';
import { EmptyState } from '../../components/EmptyState.js';
import { useOpenFindingsByDoc } from '../findings/index.js';
import { useT } from '../../i18n/index.js';
import { useWorkbench } from '../../state/use-workbench.js';
import { ImportButtons } from '../import/index.js';
import { ImportResult } from '../import/index.js';
import { RejectedFilesPanel } from '../import/index.js';
import { DocumentsTable } from './DocumentsTable.js';
import { filterDocuments, hasFilters, sortDocuments, type DocumentFilters, type SortColumn, type SortState } from './document-query.js';
import { ForeignSegmentsDialog } from './ForeignSegmentsDialog.js';
import { ColumnsMenu } from './ColumnsMenu.js';
import { useColumns } from './use-columns.js';

interface Props {
  filters: DocumentFilters;
  sort: SortState;
  onSort: (c: SortColumn) => void;
  onOpen: (id: string, focusSegment?: number) => void;
}

export function DocumentsView({ filters, sort, onSort, onOpen }: Props) {
  const { t, i18n } = useT();
  const all = useWorkbench((s) => s.snapshot?.documents);
  const [foreignOf, setForeignOf] = useState<string | null>(null);
  const openFindings = useOpenFindingsByDoc();
  const docs = useMemo(
    () => sortDocuments(filterDocuments(all ?? [], filters), sort, i18n.language, openFindings),
    [all, filters, sort, i18n.language, openFindings],
  );
  const open = useCallback((id: string) => onOpen(id), [onOpen]);
  const sectionRef = useRef<HTMLElement>(null);
  const { columns, prefs, setShown } = useColumns(sectionRef);

  let content;
  if (!all || all.length === 0) {
    content = (
      <EmptyState title={t('documents.empty.title')} body={t('documents.empty.body')}>
        <ImportButtons primary />
      </EmptyState>
    );
  } else if (docs.length === 0 && hasFilters(filters)) {
    content = <EmptyState title={t('documents.empty.filteredTitle')} body={t('documents.empty.filteredBody')} />;
  } else {
    content = <DocumentsTable docs={docs} sort={sort} onSort={onSort} onOpen={open} onShowForeign={setForeignOf} columns={columns} />;
  }

  return (
    <section className="documents-view" aria-labelledby="documents-title" ref={sectionRef}>
      {/* The view tab already names the view on screen; the heading is for screen-reader navigation. */}
      <h1 id="documents-title" className="sr-only">
        {t('documents.title')}
      </h1>
      <div className="view-toolbar">
        <RejectedFilesPanel />
        <div className="view-toolbar-spacer" />
        {all && all.length > 0 ? <ColumnsMenu columns={columns} prefs={prefs} onShown={setShown} /> : null}
        {all && all.length > 0 ? <ImportButtons /> : null}
      </div>
      <ImportResult />
      {content}
      {foreignOf ? (
        <ForeignSegmentsDialog
          id={foreignOf}
          onClose={() => setForeignOf(null)}
          onJump={(id, segment) => {
            setForeignOf(null);
            onOpen(id, segment);
          }}
        />
      ) : null}
    </section>
  );
}
