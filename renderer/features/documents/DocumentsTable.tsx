// The documents grid: virtualised rows (thousands of documents stay fast) with keyboard navigation —
// ↑/↓/Home/End/PageUp/PageDown move, Space toggles "reviewed", Enter opens.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { DocumentSummary } from '../../../shared/api/contract.js';
import { usePixelStyle } from '../../components/use-pixel-style.js';
import { useRememberedScroll } from '../../app/scroll-memory.js';
import { useT } from '../../i18n/index.js';
import { useStore } from '../../state/use-workbench.js';
import { gridTemplate } from './columns.js';
import { DocumentRow, type RowActions } from './DocumentRow.js';
import { DocumentsTableHeader } from './DocumentsTableHeader.js';
import type { SortColumn, SortState } from './document-query.js';

/** Must match .doc-row height in documents.css. */
export const ROW_HEIGHT = 44;

interface Props {
  docs: readonly DocumentSummary[];
  sort: SortState;
  onSort: (c: SortColumn) => void;
  onOpen: (id: string) => void;
  onShowForeign: (id: string) => void;
  columns: readonly SortColumn[];
}

export function DocumentsTable({ docs, sort, onSort, onOpen, onShowForeign, columns }: Props) {
  const { t } = useT();
  const store = useStore();
  const scrollRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLDivElement>(null);
  const [activeId, setActiveId] = useState<string | null>(null);
  const focusPending = useRef(false);

  const virtualizer = useVirtualizer({
    count: docs.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    getItemKey: (i) => docs[i]?.id ?? i,
  });
  const items = virtualizer.getVirtualItems();
  // A reload comes back to the same rows.
  useRememberedScroll(scrollRef, 'documents', docs.length > 0);
  // Rows flow normally inside the canvas; padding stands in for the rows scrolled out of view.
  const padTop = items[0]?.start ?? 0;
  const padBottom = Math.max(0, virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0));
  usePixelStyle(canvasRef, 'padding-top', padTop);
  usePixelStyle(canvasRef, 'padding-bottom', padBottom);

  // The grid template follows the columns shown (CSSOM, as the CSP forbids style attributes).
  const gridRef = useRef<HTMLDivElement>(null);
  const { template, minRem } = gridTemplate(columns);
  useLayoutEffect(() => {
    gridRef.current?.style.setProperty('--columns', template);
    gridRef.current?.style.setProperty('--grid-min', `${minRem}rem`);
  }, [template, minRem]);

  const activeIndex = Math.max(
    0,
    docs.findIndex((d) => d.id === activeId),
  );

  const actions = useMemo<RowActions>(
    () => ({
      open: onOpen,
      showForeign: onShowForeign,
      setReviewed: (id, reviewed) => void store.setReviewed(id, reviewed),
      setOverride: (id, language) => void store.setOverride(id, language),
      activate: setActiveId,
    }),
    [onOpen, onShowForeign, store],
  );

  const moveTo = useCallback(
    (index: number) => {
      const i = Math.min(docs.length - 1, Math.max(0, index));
      const doc = docs[i];
      if (!doc) return;
      focusPending.current = true;
      setActiveId(doc.id);
      virtualizer.scrollToIndex(i, { align: 'auto' });
    },
    [docs, virtualizer],
  );

  // Focus follows the active row once it is rendered (it may have just scrolled into existence).
  useEffect(() => {
    if (!focusPending.current || !activeId) return;
    const row = scrollRef.current?.querySelector<HTMLElement>(`[data-row-id="${CSS.escape(activeId)}"]`);
    if (row) {
      focusPending.current = false;
      row.focus({ preventScroll: true });
    }
  });

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const row = e.target as HTMLElement;
    // Keys typed inside a row's own controls (select, checkbox) belong to those controls.
    if (row.getAttribute('role') !== 'row' || e.ctrlKey || e.metaKey || e.altKey) return;
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? ROW_HEIGHT) / ROW_HEIGHT) - 1);
    const doc = docs[activeIndex];
    const moves: Record<string, number> = {
      ArrowDown: activeIndex + 1,
      ArrowUp: activeIndex - 1,
      Home: 0,
      End: docs.length - 1,
      PageDown: activeIndex + page,
      PageUp: activeIndex - page,
    };
    if (e.key in moves) moveTo(moves[e.key]!);
    else if (e.key === ' ' && doc) void store.setReviewed(doc.id, !doc.reviewed);
    else if (e.key === 'Enter' && doc) onOpen(doc.id);
    else return;
    e.preventDefault();
  };

  return (
    <div role="grid" ref={gridRef} className="doc-grid" aria-label={t('documents.tableLabel')} aria-rowcount={docs.length + 1} aria-colcount={columns.length}>
      <DocumentsTableHeader sort={sort} onSort={onSort} columns={columns} />
      <div role="rowgroup" className="doc-grid-body" ref={scrollRef} onKeyDown={onKeyDown}>
        <div ref={canvasRef} className="doc-grid-canvas">
          {items.map((item) => {
            const doc = docs[item.index]!;
            return <DocumentRow key={doc.id} doc={doc} index={item.index} active={item.index === activeIndex} actions={actions} columns={columns} />;
          })}
        </div>
      </div>
    </div>
  );
}
